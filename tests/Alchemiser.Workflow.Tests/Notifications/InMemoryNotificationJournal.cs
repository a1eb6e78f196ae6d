using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Workflow.Tests.Notifications;

/// <summary>A journal in memory that keeps every entry written, in order.</summary>
internal sealed class InMemoryNotificationJournal : INotificationJournal
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 21, 0, 0, TimeSpan.Zero);
    private readonly List<NotificationJournalEntry> _entries = [];

    public IReadOnlyList<NotificationJournalEntry> Entries => _entries;

    public bool FailWrites { get; set; }

    public Task<NotificationJournalEntry?> FindAsync(NotificationKey key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.LastOrDefault(e => e.Key == key));

    public Task<NotificationJournalEntry> RecordSendingAsync(NotificationKey key, CancellationToken cancellationToken = default)
    {
        var entry = new NotificationJournalEntry(key, NotificationJournalState.Sending, (_entries.LastOrDefault(e => e.Key == key)?.Attempt ?? 0) + 1, At);
        Add(entry);
        return Task.FromResult(entry);
    }

    public Task RecordSentAsync(NotificationKey key, NotificationReceipt receipt, CancellationToken cancellationToken = default)
    {
        Add(new NotificationJournalEntry(key, NotificationJournalState.Sent, Attempt(key), At, receipt));
        return Task.CompletedTask;
    }

    public Task RecordFailedAsync(NotificationKey key, string error, CancellationToken cancellationToken = default)
    {
        Add(new NotificationJournalEntry(key, NotificationJournalState.Failed, Attempt(key), At, Error: error));
        return Task.CompletedTask;
    }

    private int Attempt(NotificationKey key) => _entries.LastOrDefault(e => e.Key == key)?.Attempt ?? 1;

    private void Add(NotificationJournalEntry entry)
    {
        if (FailWrites)
            throw new IOException("journal disk full");
        _entries.Add(entry);
    }
}
