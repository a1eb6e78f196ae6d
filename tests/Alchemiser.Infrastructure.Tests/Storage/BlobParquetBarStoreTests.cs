using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="ParquetBarStore"/> contract on an Azurite Blob container (a fresh container per test).</summary>
public sealed class BlobParquetBarStoreTests(AzuriteFixture azurite) : ParquetBarStoreContractTests
{
    private BlobContainerClient? _container;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
            await _container.DeleteIfExistsAsync();
    }

    protected override async Task<IObjectStore> CreateObjectsAsync()
    {
        _container = await azurite.CreateContainerAsync(create: false);
        return new BlobObjectStore(_container);
    }

    /// <summary>An upload cut off after staging a block: the block stays uncommitted.</summary>
    protected override async Task SimulateInterruptedWriteAsync(string key, byte[] partial)
    {
        await _container!.CreateIfNotExistsAsync(cancellationToken: Ct);
        using var content = new MemoryStream(partial);
        await _container.GetBlockBlobClient(key).StageBlockAsync(
            Convert.ToBase64String("block-0001"u8), content, cancellationToken: Ct);
    }
}
