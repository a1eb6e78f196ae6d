using System.Collections.Concurrent;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// Runs orchestrations in this process against an <see cref="IRunStore"/>, the way Durable Functions runs them in
/// Azure: every activity result, failure, timer and event is stored (keyed by instance id and call sequence) before
/// the orchestrator sees it, and running an instance again replays what is stored and continues where it stopped.
/// </summary>
/// <remarks>
/// <para>
/// <b>Starting</b> (<see cref="StartAsync"/>): the instance id is the trading date (today in New York unless given).
/// A new id is stored as Pending with its input, then set Running, before anything is dispatched. An existing
/// instance that is Pending, Running (a crashed run) or Failed is <b>resumed</b> (its stored input is used). A
/// Completed or Terminated instance is refused unless <c>force</c>, which starts <c>date#n</c>
/// (<see cref="InstanceId.NextFor"/>); force is refused while any instance of that day is Pending or Running, so one
/// day never trades in two runs at once.
/// </para>
/// <para>
/// <b>Resuming</b>: the orchestrator runs from the top; calls that have a stored outcome are answered from it
/// (<see cref="IWorkflowContext.IsReplaying"/> is true until the stored outcomes are used up), in the order they were
/// first delivered; the first call without one runs live. A Failed instance is rewound first: its first failed
/// activity and everything delivered after it are forgotten and run again.
/// </para>
/// <para>
/// <b>Live work</b>: activities run on the thread pool as soon as they are scheduled (so a fan-out runs in
/// parallel), with retries per <see cref="ActivityRetry"/> and delays, timers and event timeouts on the injected
/// <see cref="TimeProvider"/>. Cancelling the token passed to a run stops it like a crash: in-flight work is not
/// recorded and the instance stays Running.
/// </para>
/// <para>
/// <b>Events</b> raised with <see cref="RaiseEventAsync"/> are stored, then handed to the instance if it runs in this
/// process; an event raised from another process is picked up when the instance next runs.
/// </para>
/// Thread safe; one run per instance at a time in this process.
/// </remarks>
public sealed class LocalDurableRunner
{
    private readonly WorkflowRegistry _registry;
    private readonly IRunStore _store;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly JsonSerializerOptions _json;
    private readonly ConcurrentDictionary<string, OrchestrationSession?> _active = new(StringComparer.Ordinal);

    /// <summary>Creates a runner.</summary>
    /// <param name="registry">The orchestrators and activities it can run.</param>
    /// <param name="store">Where instances and their history live.</param>
    /// <param name="timeProvider">The clock for start times, retry delays, timers and event timeouts.</param>
    /// <param name="loggerFactory">Behind <see cref="IWorkflowContext.CreateReplaySafeLogger"/>; none by default.</param>
    /// <param name="serializerOptions">JSON for inputs, outputs and payloads; <see cref="WorkflowJson.Default"/> by default.</param>
    public LocalDurableRunner(
        WorkflowRegistry registry,
        IRunStore store,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null,
        JsonSerializerOptions? serializerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _registry = registry;
        _store = store;
        _time = timeProvider;
        _loggers = loggerFactory ?? NullLoggerFactory.Instance;
        _json = serializerOptions ?? WorkflowJson.Default;
    }

    /// <summary>Starts (or resumes) an instance of <paramref name="orchestratorName"/> and runs it to the end.</summary>
    /// <param name="orchestratorName">A registered orchestrator.</param>
    /// <param name="instanceId">The instance id; <see langword="null"/> for today's trading date in New York.</param>
    /// <param name="input">The input (serialized and stored); ignored when an existing instance is resumed.</param>
    /// <param name="force">Start <c>date#n</c> when the day already has a finished instance.</param>
    /// <param name="cancellationToken">Stops the run as a crash would: the instance stays Running, resumable.</param>
    /// <returns>How the run ended (Completed or Failed).</returns>
    /// <exception cref="WorkflowInstanceConflictException">The instance cannot be started; the message says why.</exception>
    /// <exception cref="ArgumentException">The orchestrator is not registered, or force was given a non-daily id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WorkflowRunResult> StartAsync(
        string orchestratorName,
        InstanceId? instanceId,
        object? input,
        bool force = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        if (!_registry.HasOrchestrator(orchestratorName))
            throw new ArgumentException($"No orchestrator named '{orchestratorName}' is registered.", nameof(orchestratorName));
        var id = instanceId ?? InstanceId.ForTradingDate(TodayInNewYork());
        var existing = await _store.GetInstanceAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is not null && !force)
        {
            if (!string.Equals(existing.Orchestrator, orchestratorName, StringComparison.OrdinalIgnoreCase))
            {
                throw new WorkflowInstanceConflictException(id, existing.Status,
                    $"Instance {id} belongs to orchestrator '{existing.Orchestrator}', not '{orchestratorName}'.");
            }
            if (existing.Status is RunStatus.Completed or RunStatus.Terminated)
            {
                throw new WorkflowInstanceConflictException(id, existing.Status,
                    $"Instance {id} is already {existing.Status}; use force (--force) to start another run of that day.");
            }
            return await RunAsync(existing, cancellationToken).ConfigureAwait(false);
        }
        if (existing is not null)
            id = await NextRunIdAsync(id, cancellationToken).ConfigureAwait(false);

        var now = UtcNow();
        var created = new RunInstance(id, orchestratorName, RunStatus.Pending, WorkflowJson.Serialize(input, _json), null, null, now, now);
        if (!await _store.TryCreateInstanceAsync(created, cancellationToken).ConfigureAwait(false))
            throw new WorkflowInstanceConflictException(id, null, $"Instance {id} was created by someone else just now; run it again to resume it.");
        return await RunAsync(created, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an existing instance: resumes a Pending, Running or Failed one from its history, and returns a
    /// Completed one's stored output without running anything.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    /// <exception cref="WorkflowInstanceConflictException">The instance was terminated, or is already running in this process.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WorkflowRunResult> RunAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await _store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no instance {instanceId}.");
        return await RunAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Raises external event <paramref name="eventName"/> to an instance: stores it (buffered until a wait takes it;
    /// names are case-insensitive) and hands it to the instance if it is running in this process.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    public async Task RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        _ = await _store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no instance {instanceId}.");
        var raised = await _store.AppendEventAsync(instanceId, eventName, WorkflowJson.Serialize(payload, _json), UtcNow(), cancellationToken)
            .ConfigureAwait(false);
        if (_active.TryGetValue(instanceId.Value, out var session))
            session?.Notify(raised);
    }

    private async Task<WorkflowRunResult> RunAsync(RunInstance instance, CancellationToken cancellationToken)
    {
        var id = instance.Id;
        switch (instance.Status)
        {
            case RunStatus.Completed:
                return new WorkflowRunResult(id, RunStatus.Completed, instance.OutputJson, null, AlreadyCompleted: true);
            case RunStatus.Terminated:
                throw new WorkflowInstanceConflictException(id, instance.Status, $"Instance {id} was terminated; it is not resumed.");
        }
        if (!_registry.TryGetOrchestrator(instance.Orchestrator, out var orchestrator))
            throw new ArgumentException($"No orchestrator named '{instance.Orchestrator}' is registered.", nameof(instance));
        if (!_active.TryAdd(id.Value, null))
            throw new WorkflowInstanceConflictException(id, instance.Status, $"Instance {id} is already running in this process.");
        try
        {
            if (instance.Status == RunStatus.Failed)
                await RewindAsync(id, cancellationToken).ConfigureAwait(false);
            await _store.UpdateStatusAsync(id, RunStatus.Running, null, null, UtcNow(), cancellationToken).ConfigureAwait(false);
            var history = await _store.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
            using var session = new OrchestrationSession(
                instance, orchestrator, _registry, history, _store, _time, _loggers, _json, cancellationToken);
            _active[id.Value] = session;
            foreach (var raised in await _store.GetEventsAsync(id, cancellationToken).ConfigureAwait(false))
                session.Notify(raised);

            var outcome = await session.RunAsync().ConfigureAwait(false);
            await _store.UpdateStatusAsync(id, outcome.Status, outcome.OutputJson, outcome.Failure, UtcNow(), cancellationToken)
                .ConfigureAwait(false);
            return new WorkflowRunResult(id, outcome.Status, outcome.OutputJson, outcome.Failure);
        }
        finally
        {
            _active.TryRemove(id.Value, out _);
        }
    }

    /// <summary>Forgets the first failed activity of a failed instance and everything delivered after it.</summary>
    private async Task RewindAsync(InstanceId id, CancellationToken cancellationToken)
    {
        var history = await _store.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
        var failed = history.Where(e => e.Kind == HistoryKind.ActivityFailed).Select(e => e.Ordinal).DefaultIfEmpty().Min();
        if (failed > 0)
            await _store.RemoveHistoryAsync(id, failed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InstanceId> NextRunIdAsync(InstanceId id, CancellationToken cancellationToken)
    {
        if (!id.IsDaily)
            throw new ArgumentException($"A forced rerun needs a daily instance id (yyyy-MM-dd), not '{id}'.", nameof(id));
        var date = id.TradingDate.Value;
        var sameDay = (await _store.ListInstancesAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(i => i.Id.TradingDate == date)
            .ToList();
        if (sameDay.Find(i => i.Status is RunStatus.Pending or RunStatus.Running) is { } running)
        {
            throw new WorkflowInstanceConflictException(running.Id, running.Status,
                $"Instance {running.Id} of {date:yyyy-MM-dd} is {running.Status}: run it without force to resume it, or wait for it to finish.");
        }
        return InstanceId.NextFor(date, sameDay.Select(i => i.Id));
    }

    private DateTime UtcNow() => _time.GetUtcNow().UtcDateTime;

    private DateOnly TodayInNewYork() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), NyseCalendar.TimeZone).DateTime);
}
