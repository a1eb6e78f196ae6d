namespace Alchemiser.Core.Dsl.Loading;

/// <summary>Thrown by <see cref="LoadResult.GetValueOrThrow"/> when asked for a strategy that has load errors.</summary>
public sealed class StrategyLoadException(IReadOnlyList<Diagnostic> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    /// <summary>The load errors.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; } = errors;
}
