using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Workflow.Tests.Notifications;

public sealed class DeduplicatingNotifierTests : IDisposable
{
    private readonly FakeNotifier _inner = new();
    private readonly InMemoryNotificationJournal _journal = new();
    private readonly DeduplicatingNotifier _notifier;

    public DeduplicatingNotifierTests() => _notifier = new DeduplicatingNotifier(_inner, _journal);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _notifier.Dispose();

    [Fact]
    public async Task SendAsync_SameKeyTwice_SendsOnceAndReturnsTheFirstReceipt()
    {
        var first = await _notifier.SendAsync(Summary("2026-11-24"), Ct);
        var second = await _notifier.SendAsync(Summary("2026-11-24") with { Subject = "changed" }, Ct);

        Assert.Equal(first, second);
        Assert.Single(_inner.Sent);
    }

    [Fact]
    public async Task SendAsync_RecordsSendingBeforeSent()
    {
        var receipt = await _notifier.SendAsync(Summary("2026-11-24"), Ct);

        Assert.Equal(
            [(NotificationJournalState.Sending, (NotificationReceipt?)null), (NotificationJournalState.Sent, receipt)],
            _journal.Entries.Select(e => (e.State, e.Receipt)));
    }

    [Fact]
    public async Task SendAsync_OtherKindOrInstance_IsSentToo()
    {
        await _notifier.SendAsync(Summary("2026-11-24"), Ct);
        await _notifier.SendAsync(Summary("2026-11-24") with { Kind = NotificationKind.FailureAlert }, Ct);
        await _notifier.SendAsync(Summary("2026-11-24#2"), Ct);

        Assert.Equal(3, _inner.Sent.Count);
    }

    [Fact]
    public async Task SendAsync_InnerFails_RecordsFailedRethrowsAndTheNextCallSends()
    {
        _inner.FailuresLeft = 1;

        var error = await Assert.ThrowsAsync<NotificationDeliveryException>(() => _notifier.SendAsync(Summary("2026-11-24"), Ct));
        Assert.Equal("fake: server down", error.Message);
        Assert.Equal(
            new NotificationJournalEntry(new("2026-11-24", NotificationKind.DailySummary), NotificationJournalState.Failed, 1, _journal.Entries[0].RecordedAt, Error: "fake: server down"),
            _journal.Entries[^1]);
        Assert.Empty(_inner.Sent);

        await _notifier.SendAsync(Summary("2026-11-24"), Ct);
        Assert.Single(_inner.Sent);
        Assert.Equal((NotificationJournalState.Sent, 2), (_journal.Entries[^1].State, _journal.Entries[^1].Attempt));
    }

    [Fact]
    public async Task SendAsync_LeftSendingByACrash_SendsAgain()
    {
        await _journal.RecordSendingAsync(new("2026-11-24", NotificationKind.DailySummary), Ct);

        await _notifier.SendAsync(Summary("2026-11-24"), Ct);

        Assert.Single(_inner.Sent);
    }

    [Fact]
    public async Task SendAsync_JournalCannotBeWritten_SendsNothing()
    {
        _journal.FailWrites = true;

        await Assert.ThrowsAsync<IOException>(() => _notifier.SendAsync(Summary("2026-11-24"), Ct));

        Assert.Empty(_inner.Sent);
    }

    [Fact]
    public async Task SendAsync_ConcurrentCallsWithOneKey_SendOnce()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _notifier.SendAsync(Summary("2026-11-24"), Ct)));

        Assert.Single(_inner.Sent);
        Assert.Single(receipts.Distinct());
    }

    private static Notification Summary(string instanceId) => new()
    {
        Kind = NotificationKind.DailySummary,
        InstanceId = instanceId,
        Subject = "[SIM] Alchemiser 2026-11-24: SUCCESS — 0 orders, 0 failed",
        HtmlBody = "<p>ok</p>",
        TextBody = "ok",
    };
}
