using System.Globalization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>One strategy of a run as the reports show it: its evaluation and how it entered the merge.</summary>
/// <param name="Strategy">The portfolio entry.</param>
/// <param name="Evaluated">Its evaluation.</param>
/// <param name="Slice">How it entered the merge; null when the run did not plan.</param>
internal sealed record StrategyView(PortfolioStrategy Strategy, StrategyEvaluated Evaluated, StrategySlice? Slice)
{
    /// <summary>What it contributed.</summary>
    public StrategyState State => Slice?.Use switch
    {
        StrategyUse.HeldByThreshold => StrategyState.Held,
        StrategyUse.ReusedPrevious => StrategyState.ReusedPrevious,
        StrategyUse.Target => StrategyState.Ok,
        _ => Evaluated.Succeeded ? StrategyState.Ok : StrategyState.Failed,
    };

    /// <summary>U_k when it was merged, else W_k; empty when it failed and nothing was merged.</summary>
    public IReadOnlyList<Holding> Weights => Slice?.Weights ?? Evaluated.Weights ?? [];

    /// <summary>θ_k.</summary>
    public double? Threshold => Slice?.Threshold ?? Evaluated.RebalanceThreshold;

    /// <summary>max |d − W| when a book was compared.</summary>
    public double? Drift => Slice?.Drift;

    /// <summary>Why it failed; null when it did not.</summary>
    public Diagnostic? Error => Evaluated.Error;

    /// <summary>The CSV's status: <c>ok</c>, <c>held</c>, <c>reused-previous</c> or <c>failed</c>.</summary>
    public string CsvStatus => State switch
    {
        StrategyState.Held => "held",
        StrategyState.ReusedPrevious => "reused-previous",
        StrategyState.Failed => "failed",
        _ => "ok",
    };

    /// <summary>The email's status, e.g. <c>held (drift 1.2 % &lt; 5.0 %)</c>.</summary>
    public string Label => State switch
    {
        StrategyState.Held => string.Create(CultureInfo.InvariantCulture,
            $"held (drift {ReportFormat.Percent(Drift ?? 0, 1)} < {ReportFormat.Percent(Threshold ?? 0, 1)})"),
        StrategyState.ReusedPrevious => "failed: reused previous",
        StrategyState.Failed => Error is { } error ? "failed (" + error.Code + ")" : "failed",
        _ when Drift is { } drift && Threshold is { } threshold => string.Create(CultureInfo.InvariantCulture,
            $"ok (drift {ReportFormat.Percent(drift, 1)} ≥ {ReportFormat.Percent(threshold, 1)}: rebalanced)"),
        _ => "ok",
    };

    /// <summary>Every strategy of the run in portfolio order, each with its slice when the run planned.</summary>
    public static IReadOnlyList<StrategyView> AllOf(RunSummary summary)
    {
        var slices = summary.Plan?.Slices ?? [];
        return [.. summary.Strategies.Select(s => new StrategyView(s.Strategy, s,
            slices.FirstOrDefault(slice => string.Equals(slice.StrategyId, s.Strategy.StrategyId, StringComparison.Ordinal))))];
    }
}
