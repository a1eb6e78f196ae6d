using Microsoft.Extensions.Logging;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>Convenience overloads of <see cref="IWorkflowContext"/>; each funnels into one core member.</summary>
public static class WorkflowContextExtensions
{
    /// <summary>Calls an activity without input and without retries; see <see cref="IWorkflowContext.CallActivityAsync{T}"/>.</summary>
    public static Task<T> CallActivityAsync<T>(this IWorkflowContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<T>(name, null, null);
    }

    /// <summary>Calls an activity without retries; see <see cref="IWorkflowContext.CallActivityAsync{T}"/>.</summary>
    public static Task<T> CallActivityAsync<T>(this IWorkflowContext context, string name, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<T>(name, input, null);
    }

    /// <summary>Calls an activity whose output is ignored; see <see cref="IWorkflowContext.CallActivityAsync{T}"/>.</summary>
    public static Task CallActivityAsync(this IWorkflowContext context, string name, object? input = null, ActivityRetry? retry = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<object?>(name, input, retry);
    }

    /// <summary>Waits for an external event with no timeout; see <see cref="IWorkflowContext.WaitForExternalEvent{T}"/>.</summary>
    public static Task<T> WaitForExternalEvent<T>(this IWorkflowContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.WaitForExternalEvent<T>(name, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A durable timer that fires <paramref name="delay"/> after <see cref="IWorkflowContext.CurrentUtcDateTime"/>.</summary>
    public static Task CreateTimer(this IWorkflowContext context, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CreateTimer(context.CurrentUtcDateTime + delay, cancellationToken);
    }

    /// <summary>A replay-safe logger whose category is the full name of <paramref name="type"/>.</summary>
    public static ILogger CreateReplaySafeLogger(this IWorkflowContext context, Type type)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(type);
        return context.CreateReplaySafeLogger(type.FullName ?? type.Name);
    }

    /// <summary>A replay-safe logger whose category is the full name of <typeparamref name="T"/>.</summary>
    public static ILogger CreateReplaySafeLogger<T>(this IWorkflowContext context) => context.CreateReplaySafeLogger(typeof(T));
}
