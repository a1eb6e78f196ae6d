using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>What both emails say about a run: its status and the run block (PIPELINE.md §9.3 item 1).</summary>
internal static class RunFacts
{
    /// <summary>How the status is coloured.</summary>
    public static ReportTone Tone(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Success => ReportTone.Good,
        RunOutcome.Partial or RunOutcome.Degraded => ReportTone.Warning,
        RunOutcome.Failed => ReportTone.Bad,
        _ => ReportTone.Neutral,
    };

    /// <summary>D: the gate's, else the strategies'; null when neither ran.</summary>
    public static DateOnly? AsOf(RunSummary summary) => summary.Gate?.AsOf ?? summary.Strategies.FirstOrDefault()?.AsOf;

    /// <summary>The CLI command that shows the run's timeline.</summary>
    public static string ShowCommand(RunSummary summary) => "alchemiser runs show " + summary.InstanceId;

    /// <summary>Status, instance id, T, D, kind, start and end, gate decision and broker.</summary>
    public static FieldsBlock Fields(RunSummary summary, NotificationMode mode)
    {
        var fields = new List<ReportField>
        {
            new("Status", NotificationSubjects.StatusText(summary.Outcome) + (summary.Reason is { } reason ? ": " + reason : "")),
            new("Instance id", summary.InstanceId),
            new("Trading date (T)", ReportFormat.Date(summary.TradingDate)),
            new("As of (D)", AsOf(summary) is { } asOf ? ReportFormat.Date(asOf) : ReportFormat.None),
            new("Kind", ReportFormat.Kind(summary.Kind)),
            new("Started", ReportFormat.Time(summary.StartedUtc)),
            new("Ended", ReportFormat.Time(summary.Timestamp) + ", after " + ReportFormat.Duration(summary.Timestamp - summary.StartedUtc)),
            new("Step reached", RunStep.Of(summary)),
            new("Gate", Gate(summary.Gate)),
        };
        if (summary.Gate is { } gate)
        {
            fields.Add(new("Broker", ReportFormat.Mode(gate.Mode) + (mode == NotificationMode.DryRun ? " (dry run: no order placed)" : "")
                + "; clock " + ReportFormat.Time(gate.BrokerTime)));
            if (gate.CloseUtc is { } close)
                fields.Add(new("Close", ReportFormat.Time(close)));
        }
        fields.Add(new("Run history", ShowCommand(summary)));
        return new FieldsBlock(fields);
    }

    private static string Gate(GateResult? gate) => gate switch
    {
        null => "did not run",
        { Verdict: GateVerdict.Pass } => "pass" + (string.IsNullOrWhiteSpace(gate.Reason) ? "" : " (" + gate.Reason + ")"),
        { Verdict: GateVerdict.Skipped } => "skipped by " + (gate.Rule ?? "the gate") + ": " + gate.Reason,
        _ => "failed (" + (gate.Rule ?? "gate") + "): " + gate.Reason,
    };
}
