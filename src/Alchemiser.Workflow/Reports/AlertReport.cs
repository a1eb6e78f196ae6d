using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>
/// The failure alert's content (PIPELINE.md §9.1): what happened and why, what was not done (and what was, when
/// trading stopped half-way), the run's facts and diagnostics, and what the operator can do. Pure.
/// </summary>
internal static partial class AlertReport
{
    /// <summary>The alert of a failed, degraded or skipped run.</summary>
    public static ReportDocument Build(RunSummary summary, NotificationMode mode)
    {
        var strategies = StrategyView.AllOf(summary);
        var status = NotificationSubjects.StatusText(summary.Outcome);
        var sections = new List<ReportSection>
        {
            new("What happened", [new ParagraphBlock(
                "Run " + summary.InstanceId + " for " + ReportFormat.Date(summary.TradingDate) + " ended " + status + " at the "
                + RunStep.Of(summary) + " step: " + (summary.Reason ?? "no reason was recorded") + ".")]),
            new("What was not done", [new ListBlock(NotDone(summary, strategies))]),
        };
        var done = Done(summary);
        if (done.Count > 0)
            sections.Add(new("What was done", [new ListBlock(done)]));
        var why = Why(summary, strategies);
        if (why.Count > 0)
            sections.Add(new("Why", why));
        sections.Add(new("Run", [RunFacts.Fields(summary, mode)]));
        sections.Add(new("What you can do", [new ListBlock(Actions(summary, strategies))]));
        return new ReportDocument("Alchemiser alert " + ReportFormat.Date(summary.TradingDate), status, Tone(summary.Outcome), sections);
    }

    /// <summary>Red for a failure; amber for a degraded run or a gate that said "not now".</summary>
    private static ReportTone Tone(RunOutcome outcome) =>
        outcome is RunOutcome.Degraded or RunOutcome.Skipped ? ReportTone.Warning : ReportTone.Bad;

    /// <summary>The gate's reason, the portfolio's errors, the failure lines and the strategy diagnostics.</summary>
    private static List<ReportBlock> Why(RunSummary summary, IReadOnlyList<StrategyView> strategies)
    {
        var lines = new List<string>();
        if (summary.Gate is { Verdict: not Activities.GateVerdict.Pass } gate)
            lines.Add("Gate " + (gate.Rule ?? "") + ": " + gate.Reason);
        foreach (var error in summary.Portfolio?.Errors ?? [])
            lines.Add("portfolio.json: " + error);
        lines.AddRange(FailureFacts.Lines(summary));
        var blocks = new List<ReportBlock>();
        if (lines.Count > 0)
            blocks.Add(new ListBlock(lines));
        blocks.AddRange(FailureFacts.Diagnostics(strategies));
        return blocks;
    }
}
