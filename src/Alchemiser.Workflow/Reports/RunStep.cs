using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>The furthest step of PIPELINE.md §1 a run reached, as far as its summary shows.</summary>
internal static class RunStep
{
    /// <summary>The step names, in order (1 gate … 7 notify).</summary>
    public static readonly IReadOnlyList<string> Names = ["gate", "config", "evaluate", "merge", "plan", "execute", "notify"];

    /// <summary>The step at which the run stopped, e.g. <c>evaluate (3 of 7)</c>, or <c>execute (6 of 7)</c> when
    /// execution did not report, was dead-lettered, or was stopped by a guard or a closed market; <c>notify (7 of 7)</c>
    /// when it completed.</summary>
    public static string Of(RunSummary summary)
    {
        var name = NameOf(summary);
        var index = Names.ToList().IndexOf(name) + 1;
        return $"{name} ({index} of {Names.Count})";
    }

    private static string NameOf(RunSummary summary)
    {
        if (summary.Gate is not { Verdict: GateVerdict.Pass })
            return "gate";
        if (summary.Portfolio is not { IsValid: true })
            return "config";
        if (summary.Plan is null)
            return summary.Strategies.Count == 0 || summary.Strategies.Any(s => !s.Succeeded) ? "evaluate" : "plan";
        if (summary.Plan.Outcome == PlanOutcome.Failed)
            return "plan";
        if (summary.Plan.Outcome == PlanOutcome.Trades && summary.Kind != Core.Market.Gate.RunKind.DryRun
            && summary.Execution?.Summary is not { IsFailed: false, MarketClosed: false })
            return "execute";
        return "notify";
    }
}
