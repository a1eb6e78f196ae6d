using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Email;

public sealed class JsonLinesNotificationJournalTests : IDisposable
{
    private static readonly NotificationKey Summary = new("2026-11-24", NotificationKind.DailySummary);
    private static readonly NotificationKey Alert = new("2026-11-24", NotificationKind.FailureAlert);
    private static readonly NotificationReceipt Receipt =
        new("id@x", "smtp", "127.0.0.1:25", new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.Zero));

    private readonly TempFolder _home = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 21, 0, 1, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string FilePath => _home.Combine(JsonLinesNotificationJournal.FileName);

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task FindAsync_AfterSendingThenSent_InANewInstance_ReturnsTheReceipt()
    {
        using (var journal = JsonLinesNotificationJournal.InHome(_home.Path, _time))
        {
            Assert.Null(await journal.FindAsync(Summary, Ct));
            Assert.Equal(1, (await journal.RecordSendingAsync(Summary, Ct)).Attempt);
            await journal.RecordSentAsync(Summary, Receipt, Ct);
        }

        using var reopened = JsonLinesNotificationJournal.InHome(_home.Path, _time);
        Assert.Equal(
            new NotificationJournalEntry(Summary, NotificationJournalState.Sent, 1, _time.GetUtcNow(), Receipt),
            await reopened.FindAsync(Summary, Ct));
        Assert.Null(await reopened.FindAsync(Alert, Ct));
    }

    [Fact]
    public async Task RecordSendingAsync_AfterAFailure_CountsTheNextAttempt()
    {
        using var journal = new JsonLinesNotificationJournal(FilePath, _time);
        await journal.RecordSendingAsync(Alert, Ct);
        await journal.RecordFailedAsync(Alert, "connection refused", Ct);
        Assert.Equal(
            new NotificationJournalEntry(Alert, NotificationJournalState.Failed, 1, _time.GetUtcNow(), Error: "connection refused"),
            await journal.FindAsync(Alert, Ct));

        Assert.Equal(2, (await journal.RecordSendingAsync(Alert, Ct)).Attempt);
        Assert.Equal(NotificationJournalState.Sending, (await journal.FindAsync(Alert, Ct))?.State);
    }

    [Fact]
    public async Task FindAsync_LastLineCutShortByACrash_IsIgnoredAndTheNextLineStaysReadable()
    {
        using var journal = new JsonLinesNotificationJournal(FilePath, _time);
        await journal.RecordSendingAsync(Summary, Ct);
        await File.AppendAllTextAsync(FilePath, "{\"instanceId\":\"2026-11-24\",\"kind\":\"Dai", Ct);

        Assert.Equal(NotificationJournalState.Sending, (await journal.FindAsync(Summary, Ct))?.State);
        await journal.RecordSentAsync(Summary, Receipt, Ct);
        Assert.Equal(Receipt, (await journal.FindAsync(Summary, Ct))?.Receipt);
        Assert.Equal(2, (await File.ReadAllLinesAsync(FilePath, Ct)).Length);
    }

    [Fact]
    public async Task FindAsync_CorruptLineInTheMiddle_ThrowsInvalidData()
    {
        await File.WriteAllTextAsync(FilePath, "not json\n", Ct);
        using var journal = new JsonLinesNotificationJournal(FilePath, _time);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => journal.FindAsync(Summary, Ct));

        Assert.Contains(":1: not a notification journal entry", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidDataException>(() => journal.RecordSendingAsync(Summary, Ct));
        Assert.Equal("not json\n", await File.ReadAllTextAsync(FilePath, Ct));
    }
}
