namespace Alchemiser.Workflow.Data;

/// <summary>
/// A flat store of named byte objects (a local folder or an Azure Blob container) under keys such as
/// <c>bars/daily/SPY.parquet</c>; see <see cref="ObjectKey"/> for what a key may hold.
/// </summary>
/// <remarks>
/// <para>Every write replaces an object atomically: a reader sees the old content or the new content, never a
/// partial object, and a write that fails or is interrupted leaves the old content in place.</para>
/// <para>Implementations are safe to call concurrently. Concurrent writers of one key do not corrupt it: the last
/// completed write wins.</para>
/// </remarks>
public interface IObjectStore
{
    /// <summary>Every object whose key starts with <paramref name="prefix"/>, nested ones included, in ordinal key order.</summary>
    /// <param name="prefix">Empty for the whole store, or a folder such as <c>bars/daily/</c> (ending with <c>/</c>).</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Opens the content of <paramref name="key"/> for reading, or returns <see langword="null"/> when it is absent.</summary>
    /// <remarks>The stream holds one whole version of the object and may not be seekable; the caller disposes it.</remarks>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Replaces (or creates) <paramref name="key"/> with the rest of <paramref name="content"/>, atomically.</summary>
    /// <returns>What was written: its length and version.</returns>
    Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Replaces (or creates) <paramref name="key"/> with <paramref name="content"/>, atomically.</summary>
    /// <returns>What was written: its length and version.</returns>
    Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Deletes <paramref name="key"/>; returns whether it existed.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}
