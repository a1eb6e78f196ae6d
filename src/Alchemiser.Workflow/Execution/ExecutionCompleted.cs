using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Execution;

/// <summary>
/// The external event the execution side raises on the run when a plan is done (PIPELINE.md §6.7): the summary, or,
/// for a dead-lettered plan, why it was never executed, so the run ends at once instead of waiting for its timeout.
/// </summary>
/// <param name="PlanId">The plan (= instance) id.</param>
/// <param name="Summary">The execution summary; null when the plan was dead-lettered.</param>
/// <param name="Failure">Why the plan was not executed; null when it was.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The queue message's event id.</param>
/// <param name="Timestamp">When the execution finished, UTC.</param>
public sealed record ExecutionCompleted(
    string PlanId,
    ExecutionSummary? Summary,
    string? Failure,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>The event name the run waits for.</summary>
    public const string EventName = nameof(ExecutionCompleted);

    /// <summary>Whether the plan was dead-lettered instead of executed.</summary>
    public bool IsDeadLettered => Summary is null;
}
