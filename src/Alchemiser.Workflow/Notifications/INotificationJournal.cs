namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// The persistent record of which notifications were sent, per (instance id, kind), so that de-duplication survives
/// the process (PIPELINE.md §11.18). The embedded default is a JSON-lines file in the state folder.
/// </summary>
/// <remarks>
/// Write order is record-before-send: <see cref="RecordSendingAsync"/> is durable before the message is handed to the
/// transport, then <see cref="RecordSentAsync"/> or <see cref="RecordFailedAsync"/>. A key left in
/// <see cref="NotificationJournalState.Sending"/> (the process died in between) is sent again: a duplicate email is
/// preferred to a lost alert. Every method throws when the journal cannot be read or written, so callers fail closed.
/// </remarks>
public interface INotificationJournal
{
    /// <summary>The latest entry of <paramref name="key"/>, or null when nothing was recorded for it.</summary>
    Task<NotificationJournalEntry?> FindAsync(NotificationKey key, CancellationToken cancellationToken = default);

    /// <summary>Records that sending <paramref name="key"/> starts now and returns the entry written.</summary>
    Task<NotificationJournalEntry> RecordSendingAsync(NotificationKey key, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="key"/> was sent, with its receipt.</summary>
    Task RecordSentAsync(NotificationKey key, NotificationReceipt receipt, CancellationToken cancellationToken = default);

    /// <summary>Records that sending <paramref name="key"/> failed, with a reason free of secrets.</summary>
    Task RecordFailedAsync(NotificationKey key, string error, CancellationToken cancellationToken = default);
}
