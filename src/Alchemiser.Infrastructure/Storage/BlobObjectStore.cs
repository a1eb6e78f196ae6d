using Alchemiser.Workflow.Data;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// <see cref="IObjectStore"/> over one Azure Blob container (block blobs; key = blob name).
/// </summary>
/// <remarks>
/// <para>A write is a single upload of the whole content: the service commits a block blob in one step (one Put Blob,
/// or Put Block List after staged blocks for large content), so a reader sees the old blob or the new one, never a
/// partial blob, and an interrupted upload leaves only uncommitted blocks that no reader sees and the service
/// discards. A read is one GET, which returns one whole version.</para>
/// <para>The container is created on the first write when missing; reads and listings of a missing container find
/// nothing. <see cref="ObjectInfo.Version"/> is the blob's ETag.</para>
/// <para>Thread safety: every member is safe to call concurrently (the Azure clients are thread-safe).</para>
/// </remarks>
public sealed class BlobObjectStore : IObjectStore
{
    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _containerExists;

    /// <summary>Creates a store over <paramref name="container"/>.</summary>
    public BlobObjectStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    /// <summary>The container client.</summary>
    public BlobContainerClient Container => _container;

    /// <summary>
    /// Creates a store from validated <paramref name="options"/>: a connection string, or an account URL with
    /// <paramref name="credential"/> (default: <see cref="DefaultAzureCredential"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static BlobObjectStore Create(BlobStorageOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var container = options.ConnectionString is { } connectionString
            ? new BlobContainerClient(connectionString, options.Container)
            : new BlobServiceClient(options.AccountUrl!, credential ?? new DefaultAzureCredential())
                .GetBlobContainerClient(options.Container);
        return new BlobObjectStore(container);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalidPrefix(prefix);
        var result = new List<ObjectInfo>();
        try
        {
            var options = new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix };
            await foreach (var blob in _container.GetBlobsAsync(options, cancellationToken))
            {
                if (!ObjectKey.IsValid(blob.Name, out _))
                    continue;
                var properties = blob.Properties;
                result.Add(new ObjectInfo(
                    blob.Name,
                    properties.ContentLength ?? 0,
                    VersionOf(properties.ETag),
                    properties.LastModified ?? DateTimeOffset.MinValue));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <inheritdoc />
    /// <remarks>The stream is the body of one GET (not seekable).</remarks>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalid(key);
        try
        {
            var response = await _container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return response.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalid(key);
        ArgumentNullException.ThrowIfNull(content);
        await EnsureContainerAsync(cancellationToken);
        var start = content.CanSeek ? content.Position : 0;
        var response = await _container.GetBlobClient(key).UploadAsync(content, overwrite: true, cancellationToken);
        var length = content.CanSeek ? content.Position - start : await LengthOfAsync(key, cancellationToken);
        return new ObjectInfo(key, length, VersionOf(response.Value.ETag), response.Value.LastModified);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalid(key);
        await EnsureContainerAsync(cancellationToken);
        var response = await _container.GetBlobClient(key).UploadAsync(
            BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        return new ObjectInfo(key, content.Length, VersionOf(response.Value.ETag), response.Value.LastModified);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalid(key);
        try
        {
            var response = await _container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // the container itself is missing
        }
    }

    /// <summary>An ETag without quotes, as listings and upload responses may differ in quoting.</summary>
    private static string VersionOf(ETag? etag) => (etag?.ToString() ?? "").Trim('"');

    private async Task<long> LengthOfAsync(string key, CancellationToken cancellationToken)
    {
        var properties = await _container.GetBlobClient(key).GetPropertiesAsync(cancellationToken: cancellationToken);
        return properties.Value.ContentLength;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
            return;
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (!_containerExists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerExists = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }
}
