using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Workflow.Tests.Notifications;

/// <summary>Counts sends; fails while <see cref="FailuresLeft"/> is positive.</summary>
internal sealed class FakeNotifier : INotifier
{
    private readonly List<Notification> _sent = [];

    public IReadOnlyList<Notification> Sent => _sent;

    public int FailuresLeft { get; set; }

    public Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new NotificationDeliveryException("fake: server down", mayHaveBeenDelivered: false);
        }

        _sent.Add(notification);
        return Task.FromResult(new NotificationReceipt(
            $"m{_sent.Count}@test", "fake", "nowhere", new DateTimeOffset(2026, 11, 24, 21, 0, _sent.Count, TimeSpan.Zero)));
    }
}
