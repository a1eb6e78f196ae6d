namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>A clock that shows <see cref="Now"/> until told otherwise.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
