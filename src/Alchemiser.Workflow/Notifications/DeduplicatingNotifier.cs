namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// Sends each (instance id, kind) at most once: when the journal says the key was already sent, it returns that
/// receipt and sends nothing; otherwise it records "sending", sends through the inner notifier, then records "sent"
/// (or "failed" and rethrows).
/// </summary>
/// <remarks>
/// Sends are serialized within the instance, so two concurrent calls with one key send once. A journal that cannot be
/// read or written stops the send (fail closed): no email leaves without its "sending" entry. The outcome is recorded
/// even when <c>cancellationToken</c> fires after the inner send returned, so a sent message is never forgotten.
/// </remarks>
public sealed class DeduplicatingNotifier : INotifier, IDisposable
{
    private readonly INotifier _inner;
    private readonly INotificationJournal _journal;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Wraps <paramref name="inner"/>, keeping the record in <paramref name="journal"/>.</summary>
    public DeduplicatingNotifier(INotifier inner, INotificationJournal journal)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(journal);
        _inner = inner;
        _journal = journal;
    }

    /// <inheritdoc />
    /// <remarks>Returns the earlier receipt, without sending, when the key was sent before.</remarks>
    public async Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.InstanceId, nameof(notification));
        var key = notification.Key;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await _journal.FindAsync(key, cancellationToken) is { State: NotificationJournalState.Sent, Receipt: { } earlier })
                return earlier;

            await _journal.RecordSendingAsync(key, cancellationToken);
            NotificationReceipt receipt;
            try
            {
                receipt = await _inner.SendAsync(notification, cancellationToken);
            }
            catch (Exception ex)
            {
                await _journal.RecordFailedAsync(key, Describe(ex), CancellationToken.None);
                throw;
            }

            await _journal.RecordSentAsync(key, receipt, CancellationToken.None);
            return receipt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static string Describe(Exception ex) => ex switch
    {
        OperationCanceledException => "canceled",
        NotificationDeliveryException delivery => delivery.Message,
        _ => ex.GetType().Name + ": " + ex.Message,
    };
}
