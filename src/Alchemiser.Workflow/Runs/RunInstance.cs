using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Runs;

/// <summary>One orchestration instance as stored. Immutable.</summary>
/// <param name="Id">The instance id (trading date, or <c>date#n</c> for a forced rerun).</param>
/// <param name="Orchestrator">The registered orchestrator name.</param>
/// <param name="Status">Where it is in its life cycle.</param>
/// <param name="InputJson">The input as JSON; <see langword="null"/> for none.</param>
/// <param name="OutputJson">The output as JSON once <see cref="RunStatus.Completed"/>.</param>
/// <param name="Failure">Why it failed, once <see cref="RunStatus.Failed"/>.</param>
/// <param name="CreatedUtc">When it was first stored; the orchestration clock starts here.</param>
/// <param name="UpdatedUtc">When its status last changed.</param>
/// <param name="CustomStatusJson">The last custom status the orchestrator set, as JSON.</param>
public sealed record RunInstance(
    InstanceId Id,
    string Orchestrator,
    RunStatus Status,
    string? InputJson,
    string? OutputJson,
    ActivityFailureDetails? Failure,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    string? CustomStatusJson = null)
{
    /// <summary>Wall time from creation to the last status change.</summary>
    public TimeSpan Duration => UpdatedUtc - CreatedUtc;
}
