using Alchemiser.Workflow.Orchestration;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Functions;

/// <summary>
/// <see cref="IWorkflowContext"/> over Durable Functions' <see cref="TaskOrchestrationContext"/> (AZURE.md §3): one line
/// per member, so it can be checked against the API table. Depends on nothing but that context.
/// </summary>
/// <param name="context">The orchestration's context.</param>
internal sealed class DurableWorkflowContext(TaskOrchestrationContext context) : IWorkflowContext
{
    public string InstanceId => context.InstanceId;

    public DateTime CurrentUtcDateTime => context.CurrentUtcDateTime;

    public bool IsReplaying => context.IsReplaying;

    public T? GetInput<T>() => context.GetInput<T>();

    public async Task<T> CallActivityAsync<T>(string name, object? input, ActivityRetry? retry)
    {
        try
        {
            return await context.CallActivityAsync<T>(name, input, retry is null ? null : TaskOptions.FromRetryPolicy(ToPolicy(retry)));
        }
        catch (TaskFailedException failed)
        {
            // The same exception the local runner throws, so DailyRun handles a failed activity the same way in both hosts.
            throw new ActivityFailedException(name, failed.TaskId, ToDetails(failed.FailureDetails));
        }
    }

    public Task<T> WaitForExternalEvent<T>(string name, TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? context.WaitForExternalEvent<T>(name) : context.WaitForExternalEvent<T>(name, timeout);

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => context.CreateTimer(fireAt, cancellationToken);

    public void SetCustomStatus(object? customStatus) => context.SetCustomStatus(customStatus);

    public Guid NewGuid() => context.NewGuid();

    public ILogger CreateReplaySafeLogger(string categoryName) => context.CreateReplaySafeLogger(categoryName);

    /// <summary><see cref="ActivityRetry"/> maps one-to-one onto <see cref="RetryPolicy"/>: both count attempts.</summary>
    private static RetryPolicy ToPolicy(ActivityRetry retry) => new(
        retry.MaxAttempts,
        retry.FirstRetryInterval,
        retry.BackoffCoefficient,
        retry.MaxRetryInterval,
        retry.RetryTimeout == Timeout.InfiniteTimeSpan ? null : retry.RetryTimeout);

    private static ActivityFailureDetails ToDetails(TaskFailureDetails details) => new(
        details.ErrorType,
        details.ErrorMessage,
        details.StackTrace,
        details.InnerFailure is { } inner ? ToDetails(inner) : null);
}
