namespace Alchemiser.Workflow.Notifications;

/// <summary>Where a notification stands in the journal.</summary>
public enum NotificationJournalState
{
    /// <summary>Recorded before handing the message to the transport; not known to have left.</summary>
    Sending,

    /// <summary>The transport accepted it; the entry carries the receipt.</summary>
    Sent,

    /// <summary>The transport failed; the entry carries the reason. A later send tries again.</summary>
    Failed,
}
