namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>An <see cref="IProgress{T}"/> that records reports synchronously (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class CollectingProgress<T> : IProgress<T>
{
    private readonly List<T> _reports = [];

    public IReadOnlyList<T> Reports => _reports;

    public void Report(T value)
    {
        lock (_reports)
            _reports.Add(value);
    }
}
