using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// The notification journal as one small document per key in an <see cref="IObjectStore"/>
/// (<c>notifications/&lt;instance&gt;-&lt;kind&gt;.json</c>): what the Azure host uses, so that every function instance
/// shares the same record of what was sent (PIPELINE.md §11.18: de-duplication is persistent, not per process).
/// </summary>
/// <remarks>The latest state of a key replaces the previous one; the attempt number counts the sends started.</remarks>
public sealed class ObjectStoreNotificationJournal(IObjectStore store, TimeProvider timeProvider) : INotificationJournal
{
    /// <inheritdoc />
    public Task<NotificationJournalEntry?> FindAsync(NotificationKey key, CancellationToken cancellationToken = default) =>
        JsonObjects.ReadAsync<NotificationJournalEntry>(store, KeyOf(key), cancellationToken);

    /// <inheritdoc />
    public async Task<NotificationJournalEntry> RecordSendingAsync(NotificationKey key, CancellationToken cancellationToken = default)
    {
        var previous = await FindAsync(key, cancellationToken).ConfigureAwait(false);
        var entry = new NotificationJournalEntry(key, NotificationJournalState.Sending, (previous?.Attempt ?? 0) + 1, timeProvider.GetUtcNow());
        await JsonObjects.WriteAsync(store, KeyOf(key), entry, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <inheritdoc />
    public Task RecordSentAsync(NotificationKey key, NotificationReceipt receipt, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, e => e with { State = NotificationJournalState.Sent, Receipt = receipt, Error = null }, cancellationToken);

    /// <inheritdoc />
    public Task RecordFailedAsync(NotificationKey key, string error, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, e => e with { State = NotificationJournalState.Failed, Error = error }, cancellationToken);

    /// <summary>The document's key.</summary>
    public static string KeyOf(NotificationKey key) => ObjectKey.ForId("notifications", $"{key.InstanceId}-{key.Kind}", ".json");

    private async Task UpdateAsync(NotificationKey key, Func<NotificationJournalEntry, NotificationJournalEntry> change, CancellationToken cancellationToken)
    {
        var current = await FindAsync(key, cancellationToken).ConfigureAwait(false)
            ?? new NotificationJournalEntry(key, NotificationJournalState.Sending, 1, timeProvider.GetUtcNow());
        var updated = change(current) with { RecordedAt = timeProvider.GetUtcNow() };
        await JsonObjects.WriteAsync(store, KeyOf(key), updated, cancellationToken).ConfigureAwait(false);
    }
}
