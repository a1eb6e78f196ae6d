using Alchemiser.Workflow.Runs;
using Microsoft.DurableTask.Client;

namespace Alchemiser.Functions.Functions;

/// <summary>Durable Functions' runtime status as the starters' <see cref="RunStatus"/> (AZURE.md §4: Running, Pending and
/// Suspended are in progress; Completed, Failed and Terminated are terminal).</summary>
internal static class RunStatusMapping
{
    public static RunStatus ToRunStatus(OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Pending => RunStatus.Pending,
        OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended => RunStatus.Running,
        OrchestrationRuntimeStatus.Completed => RunStatus.Completed,
        OrchestrationRuntimeStatus.Failed => RunStatus.Failed,
        _ => RunStatus.Terminated,
    };

    /// <summary>The status lookup <see cref="Workflow.Starting.RunStarter"/> needs, over the Durable client.</summary>
    public static Func<Core.Execution.InstanceId, CancellationToken, Task<RunStatus?>> StatusLookup(DurableTaskClient client) =>
        async (id, cancellationToken) => await client.GetInstanceAsync(id.Value, getInputsAndOutputs: false, cancellationToken) is { } metadata
            ? ToRunStatus(metadata.RuntimeStatus)
            : null;
}
