using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

/// <summary>An <see cref="IRunStore"/> in memory with the same first-writer-wins rule as the SQLite store.</summary>
internal sealed class InMemoryRunStore : IRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RunInstance> _instances = [];
    private readonly Dictionary<(string, int), HistoryEntry> _history = [];
    private readonly List<RaisedEvent> _events = [];

    public Task<bool> TryCreateInstanceAsync(RunInstance instance, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_instances.TryAdd(instance.Id.Value, instance));
    }

    public Task<RunInstance?> GetInstanceAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_instances.GetValueOrDefault(id.Value));
    }

    public Task<IReadOnlyList<RunInstance>> ListInstancesAsync(int? limit = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RunInstance> list = [.. _instances.Values
                .OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id.Value, StringComparer.Ordinal)
                .Take(limit ?? int.MaxValue)];
            return Task.FromResult(list);
        }
    }

    public Task UpdateStatusAsync(InstanceId id, RunStatus status, string? outputJson, ActivityFailureDetails? failure, DateTime updatedUtc, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            _instances[id.Value] = Get(id) with { Status = status, OutputJson = outputJson, Failure = failure, UpdatedUtc = updatedUtc };
        return Task.CompletedTask;
    }

    public Task SetCustomStatusAsync(InstanceId id, string? customStatusJson, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            _instances[id.Value] = Get(id) with { CustomStatusJson = customStatusJson };
        return Task.CompletedTask;
    }

    public Task<HistoryEntry> AppendHistoryAsync(HistoryEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (entry.InstanceId.Value, entry.Sequence);
            return Task.FromResult(_history.TryAdd(key, entry) ? entry : _history[key]);
        }
    }

    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<HistoryEntry> list = [.. _history.Values.Where(e => e.InstanceId == id).OrderBy(e => e.Sequence)];
            return Task.FromResult(list);
        }
    }

    public Task<int> RemoveHistoryAsync(InstanceId id, int fromOrdinal, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var doomed = _history.Where(p => p.Value.InstanceId == id && p.Value.Ordinal >= fromOrdinal).Select(p => p.Key).ToList();
            doomed.ForEach(k => _history.Remove(k));
            return Task.FromResult(doomed.Count);
        }
    }

    public Task<RaisedEvent> AppendEventAsync(InstanceId id, string name, string? payloadJson, DateTime raisedUtc, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var raised = new RaisedEvent(_events.Count + 1, id, name, payloadJson, raisedUtc);
            _events.Add(raised);
            return Task.FromResult(raised);
        }
    }

    public Task<IReadOnlyList<RaisedEvent>> GetEventsAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RaisedEvent> list = [.. _events.Where(e => e.InstanceId == id)];
            return Task.FromResult(list);
        }
    }

    /// <summary>The instance, read synchronously (for polling in tests).</summary>
    public RunInstance? Peek(InstanceId id)
    {
        lock (_gate)
            return _instances.GetValueOrDefault(id.Value);
    }

    private RunInstance Get(InstanceId id) =>
        _instances.GetValueOrDefault(id.Value) ?? throw new InvalidOperationException($"no instance {id}");
}
