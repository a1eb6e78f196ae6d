using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>What wakes the runner's loop: live work finished, an event arrived, or the run must stop.</summary>
internal abstract record SessionMessage
{
    /// <summary>An activity finished (completed or failed after its retries).</summary>
    public sealed record ActivityDone(int Sequence, ActivityOutcome Outcome) : SessionMessage;

    /// <summary>A timer fired, or a wait's deadline passed.</summary>
    public sealed record Due(int Sequence) : SessionMessage;

    /// <summary>An external event was raised to the instance.</summary>
    public sealed record EventArrived(RaisedEvent Event) : SessionMessage;

    /// <summary>Live work could not finish (the host is stopping): the run ends without recording it.</summary>
    public sealed record Aborted(Exception Exception) : SessionMessage;

    /// <summary>Something was posted to the workflow's queue from outside.</summary>
    public sealed record Wake : SessionMessage;
}
