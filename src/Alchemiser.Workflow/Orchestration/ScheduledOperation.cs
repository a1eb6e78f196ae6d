namespace Alchemiser.Workflow.Orchestration;

/// <summary>What an orchestrator scheduled, in call order; what a replay test compares. Immutable.</summary>
/// <param name="Sequence">The call's number (1, 2, …) in the instance.</param>
/// <param name="Kind">An activity call, a timer or an event wait.</param>
/// <param name="Name">The activity or event name (empty for a timer).</param>
/// <param name="InputJson">The activity input as JSON; a timer's fire time or a wait's timeout in round-trip format.</param>
public sealed record ScheduledOperation(int Sequence, ScheduledOperationKind Kind, string Name, string? InputJson);

/// <summary>The kinds of operation an orchestrator schedules.</summary>
public enum ScheduledOperationKind
{
    /// <summary><see cref="IWorkflowContext.CallActivityAsync{T}"/>.</summary>
    Activity,

    /// <summary><see cref="IWorkflowContext.CreateTimer"/>.</summary>
    Timer,

    /// <summary><see cref="IWorkflowContext.WaitForExternalEvent{T}"/>.</summary>
    EventWait,
}
