using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Email;

/// <summary>The journal the Azure host uses, on a real Blob container in Azurite: shared by every instance of the app.</summary>
public sealed class ObjectStoreNotificationJournalTests(AzuriteFixture azurite)
{
    private static readonly NotificationKey Summary = new("2026-11-24#2", NotificationKind.DailySummary);
    private static readonly NotificationKey Alert = new("2026-11-24#2", NotificationKind.FailureAlert);
    private static readonly NotificationReceipt Receipt =
        new("id@x", "smtp", "smtp.azurecomm.net:587", new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.Zero));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 21, 0, 1, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journal_SendingSentFailed_IsSeenByAnotherInstanceOverTheSameContainer()
    {
        var container = await azurite.CreateContainerAsync();
        try
        {
            var first = new ObjectStoreNotificationJournal(new BlobObjectStore(container), _time);
            var second = new ObjectStoreNotificationJournal(new BlobObjectStore(container), _time);
            Assert.Null(await second.FindAsync(Summary, Ct));

            Assert.Equal(1, (await first.RecordSendingAsync(Summary, Ct)).Attempt);
            await first.RecordSentAsync(Summary, Receipt, Ct);
            await first.RecordSendingAsync(Alert, Ct);
            await first.RecordFailedAsync(Alert, "SMTP 451", Ct);

            Assert.Equal(new NotificationJournalEntry(Summary, NotificationJournalState.Sent, 1, _time.GetUtcNow(), Receipt), await second.FindAsync(Summary, Ct));
            var failed = await second.FindAsync(Alert, Ct);
            Assert.Equal((NotificationJournalState.Failed, "SMTP 451"), (failed!.State, failed.Error));
            Assert.Equal(2, (await second.RecordSendingAsync(Alert, Ct)).Attempt);
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: Ct);
        }
    }

    [Fact]
    public async Task DeduplicatingNotifier_OverTheBlobJournal_SendsOnceAcrossInstances()
    {
        var container = await azurite.CreateContainerAsync();
        try
        {
            var sent = new List<Notification>();
            var notification = new Notification
            {
                Kind = NotificationKind.DailySummary, InstanceId = Summary.InstanceId, Subject = "s", HtmlBody = "<p>b</p>", TextBody = "b",
            };
            foreach (var _ in Enumerable.Range(0, 2))
            {
                using var notifier = new DeduplicatingNotifier(new Recording(sent), new ObjectStoreNotificationJournal(new BlobObjectStore(container), _time));
                Assert.Equal(Receipt, await notifier.SendAsync(notification, Ct));
            }

            Assert.Single(sent);
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: Ct);
        }
    }

    private sealed class Recording(List<Notification> sent) : INotifier
    {
        public Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default)
        {
            sent.Add(notification);
            return Task.FromResult(Receipt);
        }
    }
}
