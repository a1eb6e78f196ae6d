namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// An activity: one unit of I/O or computation scheduled by an orchestrator. It runs at least once per call (again
/// after a crash before its result was stored, and once per retry attempt), so it must be idempotent.
/// </summary>
/// <typeparam name="TInput">A small serializable record; it crosses a JSON boundary before the activity sees it.</typeparam>
/// <typeparam name="TOutput">A small serializable record; stored in history as JSON.</typeparam>
public interface IActivity<in TInput, TOutput>
{
    /// <summary>Runs the activity. An exception is a failed attempt; the caller's <see cref="ActivityRetry"/> decides what follows.</summary>
    /// <param name="input">The input, deserialized from the stored JSON.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken);
}
