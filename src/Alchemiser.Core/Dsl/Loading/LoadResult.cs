using Alchemiser.Core.Dsl.Syntax;

namespace Alchemiser.Core.Dsl.Loading;

/// <summary>The outcome of loading a strategy file: the strategy, or the load errors; warnings in both cases.</summary>
public sealed record LoadResult(StrategyDefinition? Strategy, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the strategy loaded (there may be warnings).</summary>
    public bool Succeeded => Strategy is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The strategy, or an exception listing the errors.</summary>
    /// <exception cref="StrategyLoadException">The file has load errors.</exception>
    public StrategyDefinition GetValueOrThrow() => Strategy ?? throw new StrategyLoadException(Errors.ToList());
}
