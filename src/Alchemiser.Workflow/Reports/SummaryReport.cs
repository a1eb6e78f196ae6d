using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>
/// The daily summary's content (PIPELINE.md §9.3 items 1–7): run, account, consolidated portfolio, strategies,
/// trades, failures and data. Pure.
/// </summary>
internal static partial class SummaryReport
{
    /// <summary>The summary of a run that reached planning.</summary>
    public static ReportDocument Build(RunSummary summary, NotificationMode mode)
    {
        var strategies = StrategyView.AllOf(summary);
        var sections = new List<ReportSection>
        {
            new("Run", [RunFacts.Fields(summary, mode)]),
            new("Account", Account(summary)),
            new("Consolidated portfolio", Portfolio(summary)),
            new("Strategies", [Strategies(strategies)]),
            new("Trades", Trades(summary)),
            new("Failures", Failures(summary, strategies)),
            new("Data", Data(summary, strategies)),
        };
        return new ReportDocument(
            "Alchemiser " + ReportFormat.Date(summary.TradingDate), NotificationSubjects.StatusText(summary.Outcome), RunFacts.Tone(summary.Outcome), sections);
    }
}
