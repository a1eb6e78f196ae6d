namespace Alchemiser.Workflow.Notifications;

/// <summary>What a notification reports; with the instance id it is the de-duplication key (PIPELINE.md §9).</summary>
public enum NotificationKind
{
    /// <summary>The daily run summary, sent by every run that reaches the notify step, with the CSV attached.</summary>
    DailySummary,

    /// <summary>An alert for a failed or degraded run or a dead-lettered plan, sent at once.</summary>
    FailureAlert,

    /// <summary>A plan was dead-lettered by the execution queue (sent by the execution side, once per instance).</summary>
    DeadLetterAlert,
}
