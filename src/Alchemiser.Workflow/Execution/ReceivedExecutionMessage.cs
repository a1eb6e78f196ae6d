namespace Alchemiser.Workflow.Execution;

/// <summary>
/// One delivery of an <see cref="ExecutionMessage"/> by <see cref="IExecutionQueue.ReceiveAsync"/>: the message stays
/// invisible to other receivers until its visibility timeout passes or the delivery is completed or abandoned.
/// </summary>
/// <remarks>
/// <para>When <see cref="IsPoisoned"/> is <see langword="true"/> the message must <b>not</b> be executed: it is already
/// in the poison queue, and this delivery is the obligation to alert. Send the alert, then call
/// <see cref="IExecutionQueue.CompleteAsync"/>; if the alert cannot be sent, abandon (or let the timeout pass) and the
/// same poisoned delivery comes back, so an alert is never lost.</para>
/// <para>Immutable. A later delivery of the same message has a new <see cref="Receipt"/>; an old receipt is then void.</para>
/// </remarks>
/// <param name="Message">The message as it was enqueued.</param>
/// <param name="MessageId">The queue's id of the message, the same on every delivery (for logs and alerts).</param>
/// <param name="DeliveryCount">1 for the first delivery, 2 for the first redelivery, and so on.</param>
/// <param name="Receipt">Opaque proof of this delivery, needed to complete, abandon or renew it.</param>
/// <param name="VisibleAgainAt">When the message becomes visible to other receivers unless completed or renewed, UTC
/// (the queue's clock).</param>
/// <param name="PoisonReason">Why the message was moved to the poison queue; <see langword="null"/> for a normal delivery.</param>
public sealed record ReceivedExecutionMessage(
    ExecutionMessage Message,
    string MessageId,
    int DeliveryCount,
    string Receipt,
    DateTimeOffset VisibleAgainAt,
    string? PoisonReason)
{
    /// <summary>Whether the message was moved to the poison queue and this delivery only asks for the alert.</summary>
    public bool IsPoisoned => PoisonReason is not null;
}
