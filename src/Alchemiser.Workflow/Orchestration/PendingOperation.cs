using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>An activity call, timer or event wait the orchestrator scheduled and has not yet received.</summary>
internal sealed class PendingOperation(ScheduledOperation scheduled, DateTime startedUtc, Action<HistoryEntry> deliver)
{
    public ScheduledOperation Scheduled { get; } = scheduled;

    public int Sequence => Scheduled.Sequence;

    public string Name => Scheduled.Name;

    public DateTime StartedUtc { get; } = startedUtc;

    /// <summary>Completes the orchestrator's task from a history entry; runs inside the workflow's queue.</summary>
    public Action<HistoryEntry> Deliver { get; } = deliver;

    /// <summary>The recorded outcome when this operation is answered from history.</summary>
    public HistoryEntry? Recorded { get; init; }

    /// <summary>A timer's fire time or a wait's deadline (UTC); <see langword="null"/> for none.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>The live timer behind a timer or a wait's deadline.</summary>
    public ITimer? Timer { get; set; }

    /// <summary>The orchestrator's cancellation of a timer.</summary>
    public CancellationTokenRegistration Cancellation { get; set; }

    public void Release()
    {
        Timer?.Dispose();
        Timer = null;
        Cancellation.Dispose();
    }
}
