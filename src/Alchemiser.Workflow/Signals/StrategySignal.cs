using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Signals;

namespace Alchemiser.Workflow.Signals;

/// <summary>One strategy of the portfolio evaluated as of a date: its allocation, or why it has none.</summary>
/// <param name="Entry">The portfolio entry (file, allocation).</param>
/// <param name="Strategy">The loaded strategy; null when it failed to load.</param>
/// <param name="Diagnostics">Load warnings and errors.</param>
/// <param name="Result">The evaluation; null when it failed to load.</param>
public sealed record StrategySignal(PortfolioEntry Entry, StrategyDefinition? Strategy, IReadOnlyList<Diagnostic> Diagnostics, StrategyResult? Result)
{
    /// <summary>True when the strategy produced an allocation.</summary>
    public bool Succeeded => Result?.Succeeded == true;

    /// <summary>The first error, load or evaluation, formatted as <c>file:line:col: error DSLnnn: …</c>.</summary>
    public Diagnostic? Error => Result?.Error ?? Diagnostics.FirstOrDefault(d => d.IsError);
}
