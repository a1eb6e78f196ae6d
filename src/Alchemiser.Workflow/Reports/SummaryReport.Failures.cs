using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class SummaryReport
{
    /// <summary>Strategy diagnostics, guards, order failures and skips; "None." when the run had none.</summary>
    private static List<ReportBlock> Failures(RunSummary summary, IReadOnlyList<StrategyView> strategies)
    {
        var blocks = new List<ReportBlock>();
        var lines = FailureFacts.Lines(summary);
        if (summary.Outcome is RunOutcome.Failed or RunOutcome.Degraded && summary.Reason is { } reason)
            lines.Insert(0, "Run " + NotificationSubjects.StatusText(summary.Outcome) + ": " + reason);
        if (lines.Count > 0)
            blocks.Add(new ListBlock(lines));
        blocks.AddRange(FailureFacts.Diagnostics(strategies));
        return blocks.Count > 0 ? blocks : [new ParagraphBlock("None.")];
    }
}
