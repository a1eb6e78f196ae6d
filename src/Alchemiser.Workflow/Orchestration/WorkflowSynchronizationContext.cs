using System.Collections.Concurrent;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// Runs orchestrator code on one logical thread: every continuation is queued here and executed by
/// <see cref="Pump"/>, so the runner decides when the orchestrator moves and in which order it sees results.
/// </summary>
internal sealed class WorkflowSynchronizationContext(Action onForeignPost) : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private int _pumpThread = -1;

    /// <summary>Queues work; work posted from outside the pump (a non-context task completing) wakes the runner.</summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        if (Environment.CurrentManagedThreadId != Volatile.Read(ref _pumpThread))
            onForeignPost();
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("orchestrator code runs on the workflow's own queue");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Queues work from the runner itself (no wake-up needed: the runner pumps next).</summary>
    public void Enqueue(Action action) => _queue.Enqueue((static s => ((Action)s!)(), action));

    /// <summary>Runs queued work, and whatever it queues, until the queue is empty.</summary>
    public void Pump()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        Volatile.Write(ref _pumpThread, Environment.CurrentManagedThreadId);
        try
        {
            while (_queue.TryDequeue(out var work))
                work.Callback(work.State);
        }
        finally
        {
            Volatile.Write(ref _pumpThread, -1);
            SetSynchronizationContext(previous);
        }
    }
}
