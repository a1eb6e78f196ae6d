using System.Collections.Concurrent;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>Passes every call to another object store and counts the writes per key.</summary>
internal sealed class CountingObjectStore(IObjectStore inner) : IObjectStore
{
    public ConcurrentDictionary<string, int> Writes { get; } = new(StringComparer.Ordinal);

    public int WritesOf(string key) => Writes.GetValueOrDefault(key);

    public Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(key, cancellationToken);

    public Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        Writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return inner.WriteAsync(key, content, cancellationToken);
    }

    public Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        Writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return inner.WriteAsync(key, content, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(key, cancellationToken);
}
