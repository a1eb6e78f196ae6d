// TEST HOOK (see TestPause.cs): composed only when ALCHEMISER_TEST_PAUSE_AT is set. It only waits; every call and
// result passes through to the real run store unchanged.
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Cli.Hosting;

/// <summary>The <c>complete</c> point of <see cref="TestPause"/>: before the instance is stored as Completed; and no
/// write to the run history at all once the process paused (what a killed process would have recorded).</summary>
internal sealed class PausingRunStore(IRunStore inner, TestPause pause) : IRunStore
{
    public async Task<bool> TryCreateInstanceAsync(RunInstance instance, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.TryCreateInstanceAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    public Task<RunInstance?> GetInstanceAsync(InstanceId id, CancellationToken cancellationToken = default) =>
        inner.GetInstanceAsync(id, cancellationToken);

    public Task<IReadOnlyList<RunInstance>> ListInstancesAsync(int? limit = null, CancellationToken cancellationToken = default) =>
        inner.ListInstancesAsync(limit, cancellationToken);

    public async Task UpdateStatusAsync(
        InstanceId id, RunStatus status, string? outputJson, ActivityFailureDetails? failure, DateTime updatedUtc, CancellationToken cancellationToken = default)
    {
        if (status == RunStatus.Completed)
            await pause.PassAsync("complete", "", cancellationToken).ConfigureAwait(false);
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        await inner.UpdateStatusAsync(id, status, outputJson, failure, updatedUtc, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetCustomStatusAsync(InstanceId id, string? customStatusJson, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        await inner.SetCustomStatusAsync(id, customStatusJson, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HistoryEntry> AppendHistoryAsync(HistoryEntry entry, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.AppendHistoryAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(InstanceId id, CancellationToken cancellationToken = default) =>
        inner.GetHistoryAsync(id, cancellationToken);

    public async Task<int> RemoveHistoryAsync(InstanceId id, int fromOrdinal, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.RemoveHistoryAsync(id, fromOrdinal, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RaisedEvent> AppendEventAsync(
        InstanceId id, string name, string? payloadJson, DateTime raisedUtc, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.AppendEventAsync(id, name, payloadJson, raisedUtc, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<RaisedEvent>> GetEventsAsync(InstanceId id, CancellationToken cancellationToken = default) =>
        inner.GetEventsAsync(id, cancellationToken);
}
