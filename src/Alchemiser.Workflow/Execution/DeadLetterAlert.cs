using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Workflow.Execution;

/// <summary>The alert for a dead-lettered plan (PIPELINE.md §6.1, §9.1): what was not executed and what to do. The
/// subject names the instance, since a forced rerun (<c>date#n</c>) shares its date with the day's first run.</summary>
public static class DeadLetterAlert
{
    /// <summary>The alert for <paramref name="message"/>, delivered <paramref name="deliveries"/> times.</summary>
    public static Notification For(ExecutionMessage message, string reason, int deliveries, NotificationMode mode)
    {
        ArgumentNullException.ThrowIfNull(message);
        var date = message.InstanceId.TradingDate ?? DateOnly.FromDateTime(message.Timestamp);
        var text = $"""
            The rebalance plan of run {message.InstanceId} was moved to the poison queue after {deliveries} deliveries and was NOT executed completely.
            Reason: {reason}
            Plan: {message.PlanKey} (SHA-256 {message.PlanSha256})

            Orders already placed for this plan stay as the broker has them; no further order is placed for it.
            Check the broker account, then inspect the run with `alchemiser runs show {message.InstanceId}`.
            """;
        return new Notification
        {
            Kind = NotificationKind.DeadLetterAlert,
            InstanceId = message.InstanceId.Value,
            Subject = NotificationSubjects.Alert(mode, date, $"execution plan of {message.InstanceId} dead-lettered"),
            HtmlBody = "<pre>" + System.Net.WebUtility.HtmlEncode(text) + "</pre>",
            TextBody = text,
        };
    }
}
