namespace Alchemiser.Workflow.Execution;

/// <summary>
/// The buffer between planning and execution (PIPELINE.md §6.1): at-least-once delivery of
/// <see cref="ExecutionMessage"/>s with a visibility timeout, and a poison queue for messages that keep failing.
/// </summary>
/// <remarks>
/// <para><b>Lifecycle.</b> <see cref="ReceiveAsync"/> hides the oldest visible message for the visibility timeout and
/// returns it with its delivery count. The worker calls <see cref="CompleteAsync"/> when done (the message is deleted);
/// an exception leaves the message to reappear when the timeout passes, and <see cref="AbandonAsync"/> makes it visible
/// at once. <see cref="RenewAsync"/> extends the timeout of a long execution.</para>
/// <para><b>Poison.</b> The delivery after <see cref="MaxDeliveries"/> (the 4th by default) is not handed out for
/// execution: the message is first copied to the poison queue, then returned with
/// <see cref="ReceivedExecutionMessage.IsPoisoned"/> set. That delivery is the alert obligation: the caller alerts, then
/// completes it, which removes it from the main queue. A caller that crashes or fails to alert before completing gets
/// the same poisoned delivery again after the timeout, without a second poison copy; so an alert is never missed, and
/// is sent exactly once when nothing crashes. <see cref="PoisonAsync"/> does the same at once for a message the worker
/// knows to be bad (a plan hash mismatch).</para>
/// <para>Every member is safe to call concurrently, from several receivers: a message is never handed to two
/// receivers while it is invisible. Deliveries are redelivered, so the work they start must be idempotent (§7).</para>
/// </remarks>
public interface IExecutionQueue
{
    /// <summary>The default of <see cref="MaxDeliveries"/>.</summary>
    const int DefaultMaxDeliveries = 3;

    /// <summary>How many deliveries a message gets for execution before the next one poisons it (default 3).</summary>
    int MaxDeliveries { get; }

    /// <summary>Adds a message to the queue, visible at once and durable when the task completes.</summary>
    Task EnqueueAsync(ExecutionMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the oldest visible message and hides it for <paramref name="visibilityTimeout"/>; returns
    /// <see langword="null"/> when no message is visible. Check <see cref="ReceivedExecutionMessage.IsPoisoned"/>.
    /// </summary>
    /// <param name="visibilityTimeout">From 1 second to 7 days.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is outside 1 second to 7 days.</exception>
    Task<ReceivedExecutionMessage?> ReceiveAsync(TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>Deletes the delivered message: the plan was executed, or the poison alert was sent.</summary>
    /// <returns><see langword="false"/> when the receipt is void (the timeout passed and the message was delivered
    /// again, or it was already completed or abandoned); nothing is deleted then.</returns>
    Task<bool> CompleteAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default);

    /// <summary>Makes the delivered message visible again at once; the receipt becomes void.</summary>
    /// <returns><see langword="false"/> when the receipt was already void.</returns>
    Task<bool> AbandonAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default);

    /// <summary>Hides the delivered message for <paramref name="visibilityTimeout"/> from now.</summary>
    /// <returns>The delivery with its new receipt (the old one becomes void), or <see langword="null"/> when the
    /// receipt was already void.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is outside 1 second to 7 days.</exception>
    Task<ReceivedExecutionMessage?> RenewAsync(
        ReceivedExecutionMessage received, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the delivered message to the poison queue now with <paramref name="reason"/> (e.g. a plan hash mismatch)
    /// and returns the poisoned delivery, whose alert the caller sends before completing it.
    /// </summary>
    /// <returns>The poisoned delivery with a new receipt, or <see langword="null"/> when the receipt was void (the
    /// message was not moved).</returns>
    Task<ReceivedExecutionMessage?> PoisonAsync(
        ReceivedExecutionMessage received, string reason, CancellationToken cancellationToken = default);

    /// <summary>The oldest messages of the poison queue, without removing them; at most <paramref name="maxCount"/>.</summary>
    /// <param name="maxCount">From 1 to 32 (the most a storage queue shows in one look).</param>
    /// <param name="cancellationToken">Stops the call.</param>
    Task<IReadOnlyList<PoisonedExecutionMessage>> PeekPoisonedAsync(int maxCount = 32, CancellationToken cancellationToken = default);
}
