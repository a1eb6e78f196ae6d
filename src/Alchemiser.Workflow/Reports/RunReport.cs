using System.Globalization;
using System.Text;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>The emails and the per-strategy CSV of a run (PIPELINE.md §9). Pure: text in, text out.</summary>
public static class RunReport
{
    /// <summary>Where a run's summary JSON is stored.</summary>
    public static string SummaryKey(string instanceId) => ObjectKey.ForId("reports", instanceId, ".json");

    /// <summary>Where a run's per-strategy CSV is stored.</summary>
    public static string CsvKey(string instanceId, DateOnly tradingDate) =>
        ObjectKey.ForId("reports", instanceId, "-" + CsvFileName(tradingDate));

    /// <summary><c>alchemiser-yyyy-MM-dd-strategies.csv</c> (§9.4).</summary>
    public static string CsvFileName(DateOnly tradingDate) =>
        string.Create(CultureInfo.InvariantCulture, $"alchemiser-{tradingDate:yyyy-MM-dd}-strategies.csv");

    /// <summary>The daily summary with the CSV attached, or <see langword="null"/> when the run did not reach planning.</summary>
    public static Notification? DailySummary(RunSummary summary, NotificationMode mode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!summary.HasDailySummary)
            return null;
        var items = summary.Execution?.Summary?.Items ?? [];
        var failed = items.Count(i => i.Status == ExecutionItemStatus.Failed);
        var orders = summary.Execution?.Summary?.Totals.OrdersPlaced ?? 0;
        var text = $"{summary.Outcome}: {summary.Reason}";
        return new Notification
        {
            Kind = NotificationKind.DailySummary,
            InstanceId = summary.InstanceId,
            Subject = NotificationSubjects.Summary(mode, summary.TradingDate, StatusOf(summary.Outcome), orders, failed),
            HtmlBody = "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>",
            TextBody = text,
            Attachments = [new NotificationAttachment(CsvFileName(summary.TradingDate), "text/csv", StrategyCsvBytes(summary))],
        };
    }

    /// <summary>The failure alert, or <see langword="null"/> when the run needs none.</summary>
    public static Notification? Alert(RunSummary summary, NotificationMode mode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!summary.NeedsAlert)
            return null;
        var reason = summary.Reason ?? summary.Outcome.ToString();
        return new Notification
        {
            Kind = NotificationKind.FailureAlert,
            InstanceId = summary.InstanceId,
            Subject = NotificationSubjects.Alert(mode, summary.TradingDate, reason),
            HtmlBody = "<p>" + System.Net.WebUtility.HtmlEncode(reason) + "</p>",
            TextBody = reason,
        };
    }

    /// <summary>The per-strategy CSV (§9.4) as UTF-8 bytes.</summary>
    public static byte[] StrategyCsvBytes(RunSummary summary) => Encoding.UTF8.GetBytes(StrategyCsv(summary));

    /// <summary>The per-strategy CSV (§9.4).</summary>
    public static string StrategyCsv(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return "trading_date,instance_id,strategy_id,file,allocation,normalised_allocation,status,symbol,strategy_weight,contribution,target_value_usd,attributed_planned_usd,attributed_filled_usd,attributed_slippage_usd,threshold,drift,error\n";
    }

    /// <summary>The subject status of an outcome.</summary>
    public static SummaryStatus StatusOf(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Success => SummaryStatus.Success,
        RunOutcome.Partial => SummaryStatus.Partial,
        RunOutcome.NoTrades => SummaryStatus.NoTrades,
        RunOutcome.Degraded => SummaryStatus.Degraded,
        RunOutcome.DryRun => SummaryStatus.DryRun,
        _ => SummaryStatus.Failed,
    };
}
