using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Starting;

/// <summary>An instance that exists for a trading date, as a starter sees it.</summary>
/// <param name="Id">The instance id.</param>
/// <param name="Status">Its status.</param>
public sealed record ExistingRun(InstanceId Id, RunStatus Status)
{
    /// <summary>The most runs of one day a starter looks for (<c>date</c>, <c>date#2</c> … <c>date#99</c>).</summary>
    public const int MaxRunsPerDay = 99;

    /// <summary>
    /// The runs of <paramref name="date"/> found by probing <c>date</c>, <c>date#2</c>, … until the first id that does not
    /// exist: how a starter lists a day's runs from a store that can only look ids up (Durable Functions' client).
    /// </summary>
    /// <param name="date">The trading date.</param>
    /// <param name="statusOf">The status of an instance, or null when it does not exist.</param>
    /// <param name="cancellationToken">Stops the lookups.</param>
    public static async Task<IReadOnlyList<ExistingRun>> ProbeAsync(
        DateOnly date, Func<InstanceId, CancellationToken, Task<RunStatus?>> statusOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statusOf);
        var found = new List<ExistingRun>();
        for (var run = 1; run <= MaxRunsPerDay; run++)
        {
            var id = InstanceId.ForRun(date, run);
            if (await statusOf(id, cancellationToken).ConfigureAwait(false) is not { } status)
                break;
            found.Add(new ExistingRun(id, status));
        }
        return found;
    }
}
