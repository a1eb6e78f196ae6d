using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Runs;

/// <summary>
/// One recorded outcome of an orchestration instance, keyed by (<see cref="InstanceId"/>, <see cref="Sequence"/>):
/// written once, before the orchestrator observes it, and replayed from then on. Immutable.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Sequence">The operation's number in call order (1 = the first activity, timer or wait scheduled).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Name">The activity or event name (empty for a timer).</param>
/// <param name="InputJson">The activity input as JSON (activities only).</param>
/// <param name="OutputJson">The activity result or event payload as JSON.</param>
/// <param name="Failure">The last failure of an <see cref="HistoryKind.ActivityFailed"/> activity.</param>
/// <param name="StartedUtc">When the operation was scheduled or its first attempt started.</param>
/// <param name="EndedUtc">When it completed; the orchestration clock advances to this when the entry is delivered
/// (a timer's fire time, a wait's deadline for <see cref="HistoryKind.TimedOut"/>).</param>
/// <param name="Ordinal">The order in which entries were delivered to the orchestrator (1, 2, …); replay delivers
/// in this order, so a race (<c>Task.WhenAny</c>) is decided the same way every time.</param>
/// <param name="Attempts">Attempts an activity took (1 without retries); 0 for other kinds.</param>
/// <param name="EventNumber">The <see cref="RaisedEvent.Number"/> an <see cref="HistoryKind.EventRaised"/> entry consumed.</param>
public sealed record HistoryEntry(
    InstanceId InstanceId,
    int Sequence,
    HistoryKind Kind,
    string Name,
    string? InputJson,
    string? OutputJson,
    ActivityFailureDetails? Failure,
    DateTime StartedUtc,
    DateTime EndedUtc,
    int Ordinal,
    int Attempts = 0,
    long? EventNumber = null)
{
    /// <summary>How long the operation took.</summary>
    public TimeSpan Duration => EndedUtc - StartedUtc;
}
