using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading.Channels;
using Alchemiser.Workflow.Runs;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>How one execution of an orchestrator ended: Completed, Failed, or Running when a replay-only session ran out of history.</summary>
internal sealed record SessionOutcome(RunStatus Status, string? OutputJson, ActivityFailureDetails? Failure, IReadOnlyList<ScheduledOperation> Operations);

/// <summary>
/// One execution of an orchestrator against an instance's history: the <see cref="IWorkflowContext"/> it sees and
/// the loop that feeds it. Orchestrator code runs only inside <see cref="WorkflowSynchronizationContext.Pump"/>, on the
/// loop's thread; live work (activities, timers, raised events) reports back through a channel and is recorded in
/// the store before the orchestrator is given it. Recorded outcomes are given back in the order they were first
/// delivered (<see cref="HistoryEntry.Ordinal"/>), so a replay sees exactly what the first execution saw.
/// </summary>
internal sealed partial class OrchestrationSession : IDisposable
{
    private readonly RunInstance _instance;
    private readonly OrchestratorRegistration _orchestrator;
    private readonly WorkflowRegistry _registry;
    private readonly IRunStore? _store;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly JsonSerializerOptions _json;
    private readonly CancellationToken _stopping;
    private readonly CancellationTokenSource _live;
    private readonly Dictionary<int, HistoryEntry> _history = [];
    private readonly Dictionary<int, PendingOperation> _pending = [];
    private readonly List<RaisedEvent> _inbox = [];
    private readonly HashSet<long> _consumedEvents = [];
    private readonly List<ScheduledOperation> _scheduled = [];
    private readonly Channel<SessionMessage> _messages = Channel.CreateUnbounded<SessionMessage>();
    private readonly WorkflowSynchronizationContext _queue;
    private int _sequence;
    private int _guidCounter;
    private int _nextOrdinal = 1;
    private int _undeliveredHistory;
    private DateTime _now;
    private Exception? _fatal;
    private string? _customStatusJson;
    private bool _customStatusChanged;
    private Task<string>? _run;

    // store: where live outcomes are recorded; null replays history only.
    public OrchestrationSession(
        RunInstance instance,
        OrchestratorRegistration orchestrator,
        WorkflowRegistry registry,
        IReadOnlyList<HistoryEntry> history,
        IRunStore? store,
        TimeProvider time,
        ILoggerFactory loggers,
        JsonSerializerOptions json,
        CancellationToken stopping)
    {
        _instance = instance;
        _orchestrator = orchestrator;
        _registry = registry;
        _store = store;
        _time = time;
        _loggers = loggers;
        _json = json;
        _stopping = stopping;
        _live = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _queue = new WorkflowSynchronizationContext(() => _messages.Writer.TryWrite(new SessionMessage.Wake()));
        _now = DateTime.SpecifyKind(instance.CreatedUtc, DateTimeKind.Utc);
        _customStatusJson = instance.CustomStatusJson;
        foreach (var entry in history)
        {
            _history[entry.Sequence] = entry;
            _nextOrdinal = Math.Max(_nextOrdinal, entry.Ordinal + 1);
            if (entry.EventNumber is { } number)
                _consumedEvents.Add(number);
        }
        _undeliveredHistory = _history.Count;
        IsReplaying = _undeliveredHistory > 0;
    }

    private bool IsLive => _store is not null;

    /// <summary>Hands a raised event to the loop (thread safe).</summary>
    public void Notify(RaisedEvent raised) => _messages.Writer.TryWrite(new SessionMessage.EventArrived(raised));

    /// <summary>Runs the orchestrator until it completes or fails, or (replay only) history runs out.</summary>
    /// <exception cref="OperationCanceledException">The host is stopping; in-flight work was not recorded.</exception>
    public async Task<SessionOutcome> RunAsync()
    {
        try
        {
            _queue.Enqueue(() => _run = StartOrchestrator());
            while (true)
            {
                _queue.Pump();
                if (_fatal is not null)
                    return Failed(_fatal);
                await FlushCustomStatusAsync().ConfigureAwait(false);
                if (_run is { IsCompleted: true } run)
                    return Finished(run);
                if (NextFromHistory() is { } replayed)
                {
                    Deliver(replayed, replayed.Recorded!);
                    continue;
                }
                if (_pending.Count == 0)
                {
                    return Failed(new NonDeterministicWorkflowException(
                        "The orchestrator is waiting for a task that did not come from IWorkflowContext (Task.Delay, Task.Run, I/O?)."));
                }
                if (!IsLive)
                    return new SessionOutcome(RunStatus.Running, null, null, _scheduled);
                if (MatchBufferedEvent() is { } matched)
                {
                    await RecordAndDeliverAsync(matched.Operation, matched.Entry).ConfigureAwait(false);
                    continue;
                }
                await HandleAsync(await _messages.Reader.ReadAsync(_stopping).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        finally
        {
            _live.Cancel();
            foreach (var operation in _pending.Values)
                operation.Release();
        }
    }

    public void Dispose() => _live.Dispose();

    private Task<string> StartOrchestrator()
    {
        try
        {
            return _orchestrator.RunAsync(this, _instance.InputJson, _json);
        }
        catch (Exception failure)
        {
            return Task.FromException<string>(failure);
        }
    }

    private async Task HandleAsync(SessionMessage message)
    {
        switch (message)
        {
            case SessionMessage.ActivityDone done when _pending.TryGetValue(done.Sequence, out var operation):
                var outcome = done.Outcome;
                var kindDone = outcome.Failure is null ? HistoryKind.ActivityCompleted : HistoryKind.ActivityFailed;
                var entry = Entry(operation, kindDone, outcome.OutputJson, outcome.Failure, outcome.EndedUtc, outcome.Attempts);
                await RecordAndDeliverAsync(operation, entry with { StartedUtc = outcome.StartedUtc }).ConfigureAwait(false);
                break;
            case SessionMessage.Due due when _pending.TryGetValue(due.Sequence, out var operation):
                var kind = operation.Scheduled.Kind == ScheduledOperationKind.Timer ? HistoryKind.TimerFired : HistoryKind.TimedOut;
                await RecordAndDeliverAsync(operation, Entry(operation, kind, null, null, operation.DueUtc!.Value)).ConfigureAwait(false);
                break;
            case SessionMessage.EventArrived arrived:
                if (!_inbox.Exists(e => e.Number == arrived.Event.Number))
                    _inbox.Add(arrived.Event);
                break;
            case SessionMessage.Aborted aborted:
                ExceptionDispatchInfo.Capture(aborted.Exception).Throw();
                break;
            default:
                break; // a wake-up, or news about an operation that is no longer pending
        }
    }

    private PendingOperation? NextFromHistory()
    {
        PendingOperation? next = null;
        foreach (var operation in _pending.Values)
        {
            if (operation.Recorded is { } recorded && (next is null || recorded.Ordinal < next.Recorded!.Ordinal))
                next = operation;
        }
        return next;
    }

    private (PendingOperation Operation, HistoryEntry Entry)? MatchBufferedEvent()
    {
        foreach (var operation in _pending.Values.OrderBy(o => o.Sequence))
        {
            if (operation.Scheduled.Kind != ScheduledOperationKind.EventWait || operation.Recorded is not null)
                continue;
            foreach (var raised in _inbox)
            {
                if (!_consumedEvents.Contains(raised.Number) && string.Equals(raised.Name, operation.Name, StringComparison.OrdinalIgnoreCase))
                {
                    var deliveredUtc = _time.GetUtcNow().UtcDateTime;
                    return (operation, Entry(operation, HistoryKind.EventRaised, raised.PayloadJson, null, deliveredUtc) with { EventNumber = raised.Number });
                }
            }
        }
        return null;
    }

    private HistoryEntry Entry(PendingOperation operation, HistoryKind kind, string? outputJson, ActivityFailureDetails? failure, DateTime endedUtc, int attempts = 0) =>
        new(_instance.Id, operation.Sequence, kind, operation.Name,
            operation.Scheduled.Kind == ScheduledOperationKind.Activity ? operation.Scheduled.InputJson : null,
            outputJson, failure, operation.StartedUtc, endedUtc, Ordinal: 0, attempts);

    private async Task RecordAndDeliverAsync(PendingOperation operation, HistoryEntry entry)
    {
        var proposed = entry with { Ordinal = _nextOrdinal };
        var stored = await _store!.AppendHistoryAsync(proposed, _stopping).ConfigureAwait(false);
        if (stored != proposed && !Matches(operation.Scheduled, stored))
        {
            _fatal = new NonDeterministicWorkflowException(
                $"Another writer recorded {stored.Kind} '{stored.Name}' at #{stored.Sequence}, where this run has '{operation.Name}'.");
            return;
        }
        _nextOrdinal = Math.Max(_nextOrdinal, stored.Ordinal) + 1;
        Deliver(operation, stored);
    }

    private void Deliver(PendingOperation operation, HistoryEntry entry)
    {
        _pending.Remove(operation.Sequence);
        operation.Release();
        if (operation.Recorded is not null)
            _undeliveredHistory--;
        if (entry.EventNumber is { } number)
            _consumedEvents.Add(number);
        var ended = DateTime.SpecifyKind(entry.EndedUtc, DateTimeKind.Utc);
        if (ended > _now)
            _now = ended;
        IsReplaying = _undeliveredHistory > 0;
        _queue.Enqueue(() => operation.Deliver(entry));
    }

    private async Task FlushCustomStatusAsync()
    {
        if (!_customStatusChanged)
            return;
        _customStatusChanged = false;
        if (_store is not null)
            await _store.SetCustomStatusAsync(_instance.Id, _customStatusJson, _stopping).ConfigureAwait(false);
    }

    private SessionOutcome Finished(Task<string> run)
    {
        if (run.IsCompletedSuccessfully)
            return new SessionOutcome(RunStatus.Completed, run.Result, null, _scheduled);
        var failure = run.Exception?.InnerException ?? new TaskCanceledException(run);
        return Failed(failure);
    }

    private SessionOutcome Failed(Exception failure) =>
        new(RunStatus.Failed, null, ActivityFailureDetails.FromException(failure), _scheduled);

    private static bool Matches(ScheduledOperation scheduled, HistoryEntry entry) =>
        scheduled.Kind switch
        {
            ScheduledOperationKind.Activity => entry.Kind is HistoryKind.ActivityCompleted or HistoryKind.ActivityFailed,
            ScheduledOperationKind.Timer => entry.Kind is HistoryKind.TimerFired,
            _ => entry.Kind is HistoryKind.EventRaised or HistoryKind.TimedOut,
        } && string.Equals(scheduled.Name, entry.Name, StringComparison.OrdinalIgnoreCase);
}
