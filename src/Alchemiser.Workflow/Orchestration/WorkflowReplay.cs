using System.Text.Json;
using Alchemiser.Workflow.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>What replaying an orchestrator against a recorded history produced. Immutable.</summary>
/// <param name="Status">Completed or Failed when the history sufficed to finish; Running when it ran out first.</param>
/// <param name="OutputJson">The output when completed.</param>
/// <param name="Failure">The failure when failed (a <see cref="NonDeterministicWorkflowException"/> if the calls differ from history).</param>
/// <param name="Operations">Every operation the orchestrator scheduled, in call order.</param>
public sealed record ReplayResult(RunStatus Status, string? OutputJson, ActivityFailureDetails? Failure, IReadOnlyList<ScheduledOperation> Operations);

/// <summary>
/// Runs an orchestrator against a recorded history only: no activity, timer or store is touched. The determinism test
/// of every orchestrator: record a run, replay it, and compare the scheduled calls with the history.
/// </summary>
public static class WorkflowReplay
{
    /// <summary>Replays <paramref name="instance"/>'s orchestrator from <paramref name="registry"/> against <paramref name="history"/>.</summary>
    /// <exception cref="ArgumentException">The orchestrator is not registered.</exception>
    public static async Task<ReplayResult> ReplayAsync(
        WorkflowRegistry registry,
        RunInstance instance,
        IReadOnlyList<HistoryEntry> history,
        JsonSerializerOptions? serializerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(history);
        if (!registry.TryGetOrchestrator(instance.Orchestrator, out var orchestrator))
            throw new ArgumentException($"No orchestrator named '{instance.Orchestrator}' is registered.", nameof(instance));
        using var session = new OrchestrationSession(
            instance, orchestrator, registry, history, store: null, TimeProvider.System, NullLoggerFactory.Instance,
            serializerOptions ?? WorkflowJson.Default, CancellationToken.None);
        var outcome = await session.RunAsync().ConfigureAwait(false);
        return new ReplayResult(outcome.Status, outcome.OutputJson, outcome.Failure, outcome.Operations);
    }
}
