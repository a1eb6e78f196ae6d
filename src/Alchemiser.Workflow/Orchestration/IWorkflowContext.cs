using Microsoft.Extensions.Logging;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// What orchestrator code talks to: the part of Durable Functions' <c>TaskOrchestrationContext</c> that we use, so the
/// same orchestrator runs in Azure (through a thin adapter) and in <see cref="LocalDurableRunner"/>.
/// </summary>
/// <remarks>
/// <para>
/// An orchestrator may run many times for one instance: after a crash, a restart or (in Azure) after every await, its
/// code is executed again from the top and every call it already made is answered from the instance's history
/// instead of being performed again. Orchestrator code must therefore be deterministic: take the time from
/// <see cref="CurrentUtcDateTime"/>, identifiers from <see cref="NewGuid"/> or the instance id, do all I/O in
/// activities, and await only tasks returned by this context (<see cref="Task.WhenAll(Task[])"/> and
/// <see cref="Task.WhenAny(Task[])"/> over them are fine). Activities run at least once: each must be idempotent.
/// </para>
/// <para>
/// Convenience overloads live in <see cref="WorkflowContextExtensions"/> and funnel into the members below, so an
/// implementation provides only these. Not thread safe: orchestrator code runs on one logical thread.
/// </para>
/// </remarks>
public interface IWorkflowContext
{
    /// <summary>The instance id, e.g. <c>2026-11-24</c> or <c>2026-11-24#2</c>.</summary>
    string InstanceId { get; }

    /// <summary>
    /// The replay-safe current time (UTC): the instance's start time, advanced to the recorded completion time of
    /// every activity, timer and event the orchestrator has received so far. The same at the same point of every
    /// replay; it does not move while orchestrator code runs.
    /// </summary>
    DateTime CurrentUtcDateTime { get; }

    /// <summary>
    /// Whether the orchestrator is re-executing code whose results come from history. Use it only to suppress side
    /// effects such as logging (<see cref="CreateReplaySafeLogger"/> does this), never for decisions.
    /// </summary>
    bool IsReplaying { get; }

    /// <summary>The instance's input, deserialized from its stored JSON; <see langword="default"/> when there was none.</summary>
    /// <exception cref="System.Text.Json.JsonException">The stored input does not fit <typeparamref name="T"/>.</exception>
    T? GetInput<T>();

    /// <summary>
    /// Schedules activity <paramref name="name"/> with <paramref name="input"/> and returns its result. The one core
    /// member every activity overload funnels into.
    /// </summary>
    /// <param name="name">The registered activity name (case-insensitive), e.g. <c>nameof(EvaluateStrategy)</c>.</param>
    /// <param name="input">A small serializable value (System.Text.Json); stored in history. Pass references, not payloads.</param>
    /// <param name="retry">How often and how far apart to retry a failing activity; <see langword="null"/> for one attempt.</param>
    /// <returns>The activity's output, deserialized as <typeparamref name="T"/>.</returns>
    /// <exception cref="ActivityFailedException">The activity failed on every attempt (its last failure is in the details).</exception>
    Task<T> CallActivityAsync<T>(string name, object? input, ActivityRetry? retry);

    /// <summary>
    /// Waits for the external event <paramref name="name"/> (case-insensitive). An event raised before the wait is
    /// buffered and delivered when the orchestrator waits for it; events of one name are delivered in arrival order.
    /// </summary>
    /// <param name="name">The event name.</param>
    /// <param name="timeout">How long to wait, measured on the replay-safe clock from <see cref="CurrentUtcDateTime"/>;
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>The event's payload, deserialized as <typeparamref name="T"/>.</returns>
    /// <exception cref="TaskCanceledException">The timeout elapsed first (awaiting the task throws it); a replay times out the same way.</exception>
    Task<T> WaitForExternalEvent<T>(string name, TimeSpan timeout);

    /// <summary>A durable timer that completes at <paramref name="fireAt"/> (UTC). Use it instead of <c>Task.Delay</c>.</summary>
    /// <param name="fireAt">When the timer fires; a time in the past fires at once.</param>
    /// <param name="cancellationToken">Cancels the timer (the task is then cancelled); cancel it only from orchestrator code.</param>
    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Sets the instance's custom status (serialized as JSON, at most 16 KB); <see langword="null"/> clears it.</summary>
    /// <exception cref="ArgumentException">The serialized status is larger than 16 KB.</exception>
    void SetCustomStatus(object? customStatus);

    /// <summary>A new GUID that is the same at the same point of every replay (derived from the instance id and a counter).</summary>
    Guid NewGuid();

    /// <summary>A logger that writes only when <see cref="IsReplaying"/> is <see langword="false"/>, so each message appears once.</summary>
    /// <param name="categoryName">The logger category.</param>
    ILogger CreateReplaySafeLogger(string categoryName);
}
