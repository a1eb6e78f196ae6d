using System.Collections.Concurrent;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>An <see cref="IObjectStore"/> in memory; counts writes.</summary>
internal sealed class InMemoryObjectStore : IObjectStore
{
    private readonly ConcurrentDictionary<string, byte[]> _objects = new(StringComparer.Ordinal);
    private int _writes;

    public int Writes => _writes;

    public IReadOnlyCollection<string> Keys => [.. _objects.Keys];

    public Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ObjectInfo>>([.. _objects
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ObjectInfo(p.Key, p.Value.Length, "v", DateTimeOffset.UnixEpoch))]);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(_objects.TryGetValue(key, out var bytes) ? new MemoryStream(bytes, writable: false) : null);

    public async Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return await WriteAsync(key, buffer.ToArray(), cancellationToken);
    }

    public Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectKey.ThrowIfInvalid(key);
        _objects[key] = content.ToArray();
        Interlocked.Increment(ref _writes);
        return Task.FromResult(new ObjectInfo(key, content.Length, "v", DateTimeOffset.UnixEpoch));
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_objects.TryRemove(key, out _));
}
