using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Reports;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// The run's last step (PIPELINE.md §5.4, §9): records what the next run needs (books, target, slices, contributions)
/// when trading completed, stores the run's report and per-strategy CSV, then sends the failure alert (first, so it
/// goes out at once) and the daily summary.
/// </summary>
/// <remarks>Idempotent: the state and report writes replace themselves, and <paramref name="notifier"/> is expected
/// to de-duplicate by (instance id, kind) so a retry or replay never sends an email twice (§11.18).</remarks>
public sealed class NotifyActivity(INotifier notifier, IObjectStore objects, BrokerMode brokerMode, TimeProvider timeProvider)
    : IActivity<NotifyRequest, Notified>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "Notify";

    /// <inheritdoc />
    public async Task<Notified> RunAsync(NotifyRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var summary = input.Summary;
        var recorded = false;
        if (summary.Plan is { } plan && summary.Kind != RunKind.DryRun
            && summary.Outcome is RunOutcome.Success or RunOutcome.Partial or RunOutcome.NoTrades or RunOutcome.Degraded)
        {
            await new PortfolioStateStore(objects).RecordAsync(summary.InstanceId, summary.TradingDate, plan, cancellationToken).ConfigureAwait(false);
            recorded = true;
        }

        await JsonObjects.WriteAsync(objects, RunReport.SummaryKey(summary.InstanceId), summary, cancellationToken).ConfigureAwait(false);
        var mode = summary.Kind == RunKind.DryRun ? NotificationMode.DryRun : NotificationSubjects.ModeOf(summary.Gate?.Mode ?? brokerMode);
        var daily = RunReport.DailySummary(summary, mode);
        string? reportKey = null;
        if (daily is not null)
        {
            reportKey = RunReport.CsvKey(summary.InstanceId, summary.TradingDate);
            var csv = daily.Attachments[0].Content; // the strategy CSV, built once for the email and the report store
            await objects.WriteAsync(reportKey, csv, cancellationToken).ConfigureAwait(false);
        }

        var sent = new List<string>();
        foreach (var notification in new[] { RunReport.Alert(summary, mode), daily })
        {
            if (notification is null)
                continue;
            await notifier.SendAsync(notification, cancellationToken).ConfigureAwait(false);
            sent.Add(notification.Subject);
        }
        return new Notified(sent, reportKey, recorded, MessageHeader.ReplyId(input), input.CorrelationId, input.EventId,
            timeProvider.GetUtcNow().UtcDateTime);
    }
}
