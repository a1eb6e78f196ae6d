namespace Alchemiser.Infrastructure.Execution;

/// <summary>One message file of <see cref="FileExecutionQueue"/>: the message and its delivery state.</summary>
/// <param name="Message">The message.</param>
/// <param name="EnqueuedAt">When it was enqueued.</param>
/// <param name="DeliveryCount">Deliveries so far.</param>
/// <param name="VisibleAt">Receivers skip it until then.</param>
/// <param name="Receipt">The receipt of the current delivery; <see langword="null"/> when none is valid.</param>
/// <param name="PoisonReason">Set once a copy is in the poison folder.</param>
internal sealed record FileQueueEntry(
    ExecutionQueueJson.MessageWire Message,
    DateTimeOffset EnqueuedAt,
    int DeliveryCount,
    DateTimeOffset VisibleAt,
    string? Receipt,
    string? PoisonReason);
