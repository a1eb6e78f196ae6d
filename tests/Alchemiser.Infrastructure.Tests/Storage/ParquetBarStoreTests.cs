using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="ParquetBarStore"/> contract on a local folder, and the local layout on disk.</summary>
public sealed class ParquetBarStoreTests : ParquetBarStoreContractTests
{
    private readonly TempFolder _temp = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _temp.Dispose();
    }

    protected override Task<IObjectStore> CreateObjectsAsync() =>
        Task.FromResult<IObjectStore>(new DirectoryObjectStore(_temp.Path));

    /// <summary>A crash before the rename: a temporary file with part of the new content.</summary>
    protected override async Task SimulateInterruptedWriteAsync(string key, byte[] partial)
    {
        var target = ((DirectoryObjectStore)Objects).PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(
            Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".k3j5x1.tmp"), partial, Ct);
    }

    [Fact]
    public async Task Constructor_Root_WritesUnderBarsDaily()
    {
        var store = new ParquetBarStore(_temp.Path);

        await store.WriteAsync(new BarSeries(Symbol.Parse("BRK/B"), [new(2024, 6, 3)], [410.0]), BarSources.Synthetic, Ct);

        Assert.Equal(_temp.Combine("bars", "daily"), store.Folder);
        Assert.Equal(["BRK_B.parquet", "manifest.json"], Directory.GetFiles(store.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadManifestAsync_StrayTempFileFromACrash_IgnoredAndLeftAlone()
    {
        await Store.WriteAsync(Series(Spy, 10, 1.0), Ct);
        await SimulateInterruptedWriteAsync(ParquetBarStore.KeyOf(Spy), "PAR1"u8.ToArray());

        var manifest = await Store.ReadManifestAsync(Ct);

        Assert.Empty(manifest.Repairs);
        Assert.Equal(10, Assert.Single(manifest.Entries).Rows);
        Assert.Equal(10, (await Store.ReadAsync(Spy, Ct))!.Count);
    }

    [Fact]
    public void Folder_NotALocalFolder_Throws()
    {
        var store = new ParquetBarStore(new BlobObjectStore(new Azure.Storage.Blobs.BlobContainerClient("UseDevelopmentStorage=true", "bars")));

        Assert.Throws<InvalidOperationException>(() => store.Folder);
    }
}
