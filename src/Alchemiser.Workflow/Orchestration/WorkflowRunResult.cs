using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>How a run of an instance ended. Immutable.</summary>
/// <param name="InstanceId">The instance that ran (for a forced rerun, the new <c>date#n</c> id).</param>
/// <param name="Status"><see cref="RunStatus.Completed"/> or <see cref="RunStatus.Failed"/>.</param>
/// <param name="OutputJson">The orchestrator's output as JSON when completed.</param>
/// <param name="Failure">Why the orchestrator failed.</param>
/// <param name="AlreadyCompleted">The instance had completed before: nothing ran, the stored output is returned.</param>
public sealed record WorkflowRunResult(
    InstanceId InstanceId,
    RunStatus Status,
    string? OutputJson,
    ActivityFailureDetails? Failure,
    bool AlreadyCompleted = false)
{
    /// <summary>The output deserialized as <typeparamref name="T"/> (with <see cref="WorkflowJson.Default"/> unless given).</summary>
    public T? ReadOutput<T>(JsonSerializerOptions? options = null) =>
        WorkflowJson.Deserialize<T>(OutputJson, options ?? WorkflowJson.Default);
}
