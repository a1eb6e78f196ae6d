using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="IObjectStore"/> contract over an Azurite Blob container, and what is particular to it.</summary>
public sealed class BlobObjectStoreTests(AzuriteFixture azurite) : ObjectStoreContractTests
{
    private BlobContainerClient? _container;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
            await _container.DeleteIfExistsAsync();
    }

    protected override async Task<IObjectStore> CreateStoreAsync()
    {
        _container = await azurite.CreateContainerAsync();
        return new BlobObjectStore(_container);
    }

    /// <summary>An upload cut off after staging a block: the block stays uncommitted.</summary>
    protected override async Task SimulateInterruptedWriteAsync(string key, byte[] partial)
    {
        var blob = _container!.GetBlockBlobClient(key);
        using var content = new MemoryStream(partial);
        await blob.StageBlockAsync(Convert.ToBase64String("block-0001"u8), content, cancellationToken: Ct);
    }

    [Fact]
    public async Task WriteAsync_MissingContainer_CreatesIt()
    {
        var container = await azurite.CreateContainerAsync(create: false);
        try
        {
            var store = new BlobObjectStore(container);
            Assert.Empty(await store.ListAsync("", Ct));
            Assert.Null(await store.OpenReadAsync("a", Ct));
            Assert.False(await store.DeleteAsync("a", Ct));

            await store.WriteAsync("a", "x"u8.ToArray(), Ct);

            Assert.True(await container.ExistsAsync(Ct));
            Assert.Equal(["a"], (await store.ListAsync("", Ct)).Select(o => o.Key));
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: Ct);
        }
    }

    [Fact]
    public async Task Create_ConnectionString_UsesTheNamedContainer()
    {
        var name = (await azurite.CreateContainerAsync(create: false)).Name;
        var store = BlobObjectStore.Create(new BlobStorageOptions
        {
            ConnectionString = await azurite.GetConnectionStringAsync(),
            Container = name,
        });
        try
        {
            await store.WriteAsync("k", "v"u8.ToArray(), Ct);

            Assert.Equal(name, store.Container.Name);
            Assert.True(await store.Container.GetBlobClient("k").ExistsAsync(Ct));
        }
        finally
        {
            await store.Container.DeleteIfExistsAsync(cancellationToken: Ct);
        }
    }

    [Fact]
    public void Create_AccountUrl_UsesCredentialAndContainerWithoutCallingTheService()
    {
        var store = BlobObjectStore.Create(new BlobStorageOptions
        {
            AccountUrl = new Uri("https://example.blob.core.windows.net"),
            Container = "prices",
        });

        Assert.Equal(new Uri("https://example.blob.core.windows.net/prices"), store.Container.Uri);
    }
}
