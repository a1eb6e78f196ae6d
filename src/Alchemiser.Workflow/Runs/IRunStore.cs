using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Runs;

/// <summary>
/// Where the local durable runner keeps orchestration instances, their history and their buffered external events
/// (SQLite by default). History rows are keyed (instance id, sequence) and written once: the first writer wins, so
/// two processes racing on one instance can never record two different outcomes for one call.
/// </summary>
/// <remarks>Implementations are safe to call from several threads at once.</remarks>
public interface IRunStore
{
    /// <summary>Stores a new instance; <see langword="false"/> (and nothing changes) when its id already exists.</summary>
    Task<bool> TryCreateInstanceAsync(RunInstance instance, CancellationToken cancellationToken = default);

    /// <summary>The instance with <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<RunInstance?> GetInstanceAsync(InstanceId id, CancellationToken cancellationToken = default);

    /// <summary>Instances, newest first (by creation time, then id); at most <paramref name="limit"/> when given.</summary>
    Task<IReadOnlyList<RunInstance>> ListInstancesAsync(int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Sets an instance's status, output and failure (<see langword="null"/> clears them) and its update time.</summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    Task UpdateStatusAsync(
        InstanceId id,
        RunStatus status,
        string? outputJson,
        ActivityFailureDetails? failure,
        DateTime updatedUtc,
        CancellationToken cancellationToken = default);

    /// <summary>Sets an instance's custom status JSON (<see langword="null"/> clears it).</summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    Task SetCustomStatusAsync(InstanceId id, string? customStatusJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="entry"/> unless a row with its (instance id, sequence) exists. Returns the row that is
    /// stored: <paramref name="entry"/> itself, or the earlier writer's row, which the caller must use instead.
    /// </summary>
    Task<HistoryEntry> AppendHistoryAsync(HistoryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>An instance's history, by sequence.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(InstanceId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the history rows of <paramref name="id"/> whose ordinal is at least <paramref name="fromOrdinal"/> (the
    /// runner's rewind of a failed instance: those operations run again). Returns how many rows were deleted.
    /// </summary>
    Task<int> RemoveHistoryAsync(InstanceId id, int fromOrdinal, CancellationToken cancellationToken = default);

    /// <summary>Buffers an external event; returns it with its store-assigned <see cref="RaisedEvent.Number"/>.</summary>
    Task<RaisedEvent> AppendEventAsync(
        InstanceId id,
        string name,
        string? payloadJson,
        DateTime raisedUtc,
        CancellationToken cancellationToken = default);

    /// <summary>Every event raised to <paramref name="id"/>, in arrival order (consumed ones included).</summary>
    Task<IReadOnlyList<RaisedEvent>> GetEventsAsync(InstanceId id, CancellationToken cancellationToken = default);
}
