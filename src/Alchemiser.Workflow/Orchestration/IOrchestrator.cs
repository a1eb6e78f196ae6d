namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// An orchestrator: deterministic code that schedules activities, timers and event waits through
/// <see cref="IWorkflowContext"/> and nothing else (see the determinism rules on <see cref="IWorkflowContext"/>).
/// Orchestrators live under <c>Alchemiser.Workflow/Orchestrators/</c>, where a test bans clocks, GUIDs, randomness,
/// delays, the environment and files.
/// </summary>
/// <typeparam name="TInput">The instance's input, a small serializable record.</typeparam>
/// <typeparam name="TOutput">The instance's output, a small serializable record.</typeparam>
public interface IOrchestrator<in TInput, TOutput>
{
    /// <summary>Runs (or replays) the orchestration.</summary>
    /// <param name="context">The only way to reach time, ids and the outside world.</param>
    /// <param name="input">The instance's input, deserialized from history.</param>
    Task<TOutput> RunAsync(IWorkflowContext context, TInput input);
}
