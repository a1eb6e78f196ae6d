using Alchemiser.Workflow.Execution.Worker;

namespace Alchemiser.Workflow.Execution;

/// <summary>
/// Turns one execution message into an <see cref="ExecutionCompleted"/> event (PIPELINE.md §6.1 steps 1–4): loads the
/// plan and checks its hash, runs (or resumes) the <see cref="ExecutionWorker"/>, and reports the summary. What both
/// hosts call: the local queue consumer and the Azure Functions queue trigger.
/// </summary>
public sealed class ExecutionProcessor(PlanStore plans, ExecutionWorker worker, ExecutionSettings settings, TimeProvider timeProvider)
{
    /// <summary>Executes the message's plan and returns the event to raise on its run.</summary>
    /// <exception cref="PlanIntegrityException">The plan is missing, changed or unreadable, or belongs to another run: the message is poison.</exception>
    /// <remarks>Any other exception is a failed delivery: the message is redelivered and the worker resumes from its record.</remarks>
    public async Task<ExecutionCompleted> ExecuteAsync(ExecutionMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var plan = await plans.LoadAsync(message.PlanKey, message.PlanSha256, cancellationToken).ConfigureAwait(false);
        if (plan.PlanId != message.InstanceId)
            throw new PlanIntegrityException($"plan {message.PlanKey} belongs to {plan.PlanId}, the message to {message.InstanceId}");
        var summary = await worker.ExecuteAsync(plan, settings, cancellationToken).ConfigureAwait(false);
        return new ExecutionCompleted(plan.PlanId.Value, summary, null, message.EventId + "/completed", message.CorrelationId,
            message.EventId, timeProvider.GetUtcNow().UtcDateTime);
    }

    /// <summary>The event that ends a run whose plan was dead-lettered, so it fails at once instead of timing out.</summary>
    public ExecutionCompleted DeadLettered(ExecutionMessage message, string reason)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ExecutionCompleted(message.InstanceId.Value, null, reason, message.EventId + "/dead-lettered", message.CorrelationId,
            message.EventId, timeProvider.GetUtcNow().UtcDateTime);
    }
}
