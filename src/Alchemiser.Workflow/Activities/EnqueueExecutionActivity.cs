using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// Puts the stored plan's reference on the execution queue (PIPELINE.md §6.1). The queue message's event id is the
/// request's, so a retried enqueue produces the same message; a second copy is harmless because the worker finds the
/// plan's terminal execution record and only reports it again.
/// </summary>
public sealed class EnqueueExecutionActivity(IExecutionQueue queue, TimeProvider timeProvider) : IActivity<EnqueueExecutionRequest, ExecutionEnqueued>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "EnqueueExecution";

    /// <inheritdoc />
    public async Task<ExecutionEnqueued> RunAsync(EnqueueExecutionRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var message = new ExecutionMessage(InstanceId.Parse(input.InstanceId), input.PlanKey, input.PlanSha256,
            input.EventId, input.CorrelationId, input.CausationId, input.Timestamp);
        await queue.EnqueueAsync(message, cancellationToken).ConfigureAwait(false);
        return new ExecutionEnqueued(MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, timeProvider.GetUtcNow().UtcDateTime);
    }
}
