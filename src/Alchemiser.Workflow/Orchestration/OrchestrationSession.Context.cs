using System.Globalization;
using System.Text;
using System.Text.Json;
using Alchemiser.Workflow.Runs;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>The <see cref="IWorkflowContext"/> members: each schedules one operation with the next sequence number.</summary>
internal sealed partial class OrchestrationSession : IWorkflowContext
{
    /// <summary>The largest custom status accepted, in UTF-8 bytes (Durable Functions' limit).</summary>
    public const int MaxCustomStatusBytes = 16 * 1024;

    public string InstanceId => _instance.Id.Value;

    public DateTime CurrentUtcDateTime => _now;

    public bool IsReplaying { get; private set; }

    public T? GetInput<T>() => WorkflowJson.Deserialize<T>(_instance.InputJson, _json);

    public Task<T> CallActivityAsync<T>(string name, object? input, ActivityRetry? retry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var inputJson = WorkflowJson.Serialize(input, _json);
        var completion = new TaskCompletionSource<T>();
        var operation = Schedule(ScheduledOperationKind.Activity, name, inputJson, entry =>
        {
            if (entry.Kind == HistoryKind.ActivityFailed)
            {
                var details = entry.Failure ?? new ActivityFailureDetails(typeof(Exception).FullName!, "the activity failed");
                completion.TrySetException(new ActivityFailedException(name, entry.Sequence, details));
            }
            else
            {
                SetFromJson(completion, entry.OutputJson);
            }
        });
        if (operation.Recorded is null && IsLive)
            StartActivity(operation, retry);
        return completion.Task;
    }

    public Task<T> WaitForExternalEvent<T>(string name, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (timeout != Timeout.InfiniteTimeSpan)
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var completion = new TaskCompletionSource<T>();
        var timeoutText = timeout.ToString("c", CultureInfo.InvariantCulture);
        var operation = Schedule(ScheduledOperationKind.EventWait, name, timeoutText, entry =>
        {
            if (entry.Kind == HistoryKind.TimedOut)
                completion.TrySetCanceled();
            else
                SetFromJson(completion, entry.OutputJson);
        });
        if (timeout != Timeout.InfiniteTimeSpan)
            operation.DueUtc = _now + timeout;
        if (operation.Recorded is null && IsLive && operation.DueUtc is { } due)
            operation.Timer = StartTimer(operation.Sequence, due);
        return completion.Task;
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        if (fireAt.Kind == DateTimeKind.Local)
            throw new ArgumentException("pass a UTC time (local time depends on the machine)", nameof(fireAt));
        fireAt = DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        var completion = new TaskCompletionSource();
        var operation = Schedule(ScheduledOperationKind.Timer, string.Empty, fireAt.ToString("O", CultureInfo.InvariantCulture), _ => completion.TrySetResult());
        operation.DueUtc = fireAt;
        if (operation.Recorded is null && IsLive)
            operation.Timer = StartTimer(operation.Sequence, fireAt);
        if (cancellationToken.CanBeCanceled)
            operation.Cancellation = cancellationToken.Register(() => CancelTimer(operation, completion, cancellationToken));
        return completion.Task;
    }

    public void SetCustomStatus(object? customStatus)
    {
        var json = WorkflowJson.Serialize(customStatus, _json);
        if (json is not null && Encoding.UTF8.GetByteCount(json) > MaxCustomStatusBytes)
            throw new ArgumentException($"the custom status is larger than {MaxCustomStatusBytes} bytes", nameof(customStatus));
        _customStatusJson = json;
        _customStatusChanged = true;
    }

    public Guid NewGuid() => DeterministicGuid.Create(InstanceId, ++_guidCounter);

    public ILogger CreateReplaySafeLogger(string categoryName) => new ReplaySafeLogger(_loggers.CreateLogger(categoryName), this);

    private PendingOperation Schedule(ScheduledOperationKind kind, string name, string? inputJson, Action<HistoryEntry> deliver)
    {
        if (_fatal is not null)
            throw _fatal;
        var scheduled = new ScheduledOperation(++_sequence, kind, name, inputJson);
        _scheduled.Add(scheduled);
        _history.TryGetValue(scheduled.Sequence, out var recorded);
        if (recorded is not null && !Matches(scheduled, recorded))
        {
            _fatal = new NonDeterministicWorkflowException(
                $"History has {recorded.Kind} '{recorded.Name}' at #{recorded.Sequence}, but the orchestrator scheduled {kind} '{name}'. " +
                "The orchestrator changed, or it is not deterministic.");
            throw _fatal;
        }
        var operation = new PendingOperation(scheduled, _now, deliver) { Recorded = recorded };
        _pending.Add(scheduled.Sequence, operation);
        return operation;
    }

    private void StartActivity(PendingOperation operation, ActivityRetry? retry)
    {
        var sequence = operation.Sequence;
        var token = _live.Token;
        if (!_registry.TryGetActivity(operation.Name, out var activity))
        {
            var now = _time.GetUtcNow().UtcDateTime;
            var missing = new ActivityFailureDetails("Alchemiser.Workflow.ActivityNotFound", $"No activity named '{operation.Name}' is registered.");
            _messages.Writer.TryWrite(new SessionMessage.ActivityDone(sequence, new ActivityOutcome(null, missing, 0, now, now)));
            return;
        }
        var inputJson = operation.Scheduled.InputJson;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    var outcome = await ActivityExecutor.RunAsync(activity, inputJson, retry, _json, _time, token).ConfigureAwait(false);
                    _messages.Writer.TryWrite(new SessionMessage.ActivityDone(sequence, outcome));
                }
                catch (Exception stopped)
                {
                    _messages.Writer.TryWrite(new SessionMessage.Aborted(stopped));
                }
            },
            CancellationToken.None);
    }

    private ITimer StartTimer(int sequence, DateTime dueUtc)
    {
        var delay = dueUtc - _time.GetUtcNow().UtcDateTime;
        return _time.CreateTimer(
            _ => _messages.Writer.TryWrite(new SessionMessage.Due(sequence)),
            null,
            delay > TimeSpan.Zero ? delay : TimeSpan.Zero,
            Timeout.InfiniteTimeSpan);
    }

    private void CancelTimer(PendingOperation operation, TaskCompletionSource completion, CancellationToken cancellationToken)
    {
        if (!_pending.Remove(operation.Sequence))
            return;
        operation.Timer?.Dispose();
        if (operation.Recorded is not null)
            _undeliveredHistory--;
        completion.TrySetCanceled(cancellationToken);
    }

    private void SetFromJson<T>(TaskCompletionSource<T> completion, string? json)
    {
        try
        {
            completion.TrySetResult(WorkflowJson.Deserialize<T>(json, _json)!);
        }
        catch (JsonException invalid)
        {
            completion.TrySetException(invalid);
        }
    }
}
