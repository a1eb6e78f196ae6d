namespace Alchemiser.Workflow.Execution;

/// <summary>A message in the poison (dead-letter) queue, as listed by <see cref="IExecutionQueue.PeekPoisonedAsync"/>.</summary>
/// <param name="Message">The message as it was enqueued.</param>
/// <param name="MessageId">Its id in the main queue.</param>
/// <param name="DeliveryCount">The delivery that moved it: <see cref="IExecutionQueue.MaxDeliveries"/> + 1, or the delivery
/// during which the worker called <see cref="IExecutionQueue.PoisonAsync"/>.</param>
/// <param name="Reason">Why, e.g. <c>delivered 4 times (max 3)</c> or <c>plan hash mismatch</c>.</param>
/// <param name="PoisonedAt">When it was moved, UTC.</param>
public sealed record PoisonedExecutionMessage(
    ExecutionMessage Message,
    string MessageId,
    int DeliveryCount,
    string Reason,
    DateTimeOffset PoisonedAt);
