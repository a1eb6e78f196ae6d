namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// Sends notifications (emails). The embedded default writes <c>.eml</c> files into the outbox folder; SMTP (maildev
/// locally, Azure Communication Services in Azure) is the other adapter.
/// </summary>
/// <remarks>
/// An adapter sends every time it is called. Wrap it in <see cref="DeduplicatingNotifier"/> so that a replayed or
/// retried <c>Notify</c> activity sends each (instance id, kind) at most once (PIPELINE.md §11.18).
/// </remarks>
public interface INotifier
{
    /// <summary>Sends <paramref name="notification"/> and returns where it went.</summary>
    /// <exception cref="NotificationDeliveryException">It could not be sent (after the adapter's own retries).</exception>
    Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
