using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="EnqueueExecutionActivity"/> to put the stored plan on the execution queue.</summary>
/// <param name="InstanceId">The run's instance id (the plan id): the instance the worker raises <c>ExecutionCompleted</c> on.
/// Not the correlation id: the starter sets that before the runner picks a forced rerun's id (<c>date#n</c>).</param>
/// <param name="PlanKey">Where the plan is stored.</param>
/// <param name="PlanSha256">Its SHA-256.</param>
/// <param name="EventId">This message's id; it becomes the queue message's event id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The plan's event id.</param>
/// <param name="Timestamp">When the orchestrator created it.</param>
public sealed record EnqueueExecutionRequest(string InstanceId, string PlanKey, string PlanSha256, string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>The plan is on the queue.</summary>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When it was enqueued, UTC.</param>
public sealed record ExecutionEnqueued(string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);
