namespace Alchemiser.Workflow.Notifications;

/// <summary>The latest journal entry of one notification key.</summary>
/// <param name="Key">The (instance id, kind) it is about.</param>
/// <param name="State">Sending, sent or failed.</param>
/// <param name="Attempt">How many times sending was started for this key (1 for the first).</param>
/// <param name="RecordedAt">When the entry was written (UTC).</param>
/// <param name="Receipt">The receipt, when <paramref name="State"/> is <see cref="NotificationJournalState.Sent"/>.</param>
/// <param name="Error">Why it failed, when <paramref name="State"/> is <see cref="NotificationJournalState.Failed"/>.</param>
public sealed record NotificationJournalEntry(
    NotificationKey Key,
    NotificationJournalState State,
    int Attempt,
    DateTimeOffset RecordedAt,
    NotificationReceipt? Receipt = null,
    string? Error = null);
