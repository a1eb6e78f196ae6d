using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="IObjectStore"/> contract over a local folder, and what is particular to it.</summary>
public sealed class DirectoryObjectStoreTests : ObjectStoreContractTests
{
    private readonly TempFolder _temp = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _temp.Dispose();
    }

    protected override Task<IObjectStore> CreateStoreAsync() =>
        Task.FromResult<IObjectStore>(new DirectoryObjectStore(_temp.Combine("root")));

    /// <summary>A crash after some bytes reached the temporary file, before the rename.</summary>
    protected override async Task SimulateInterruptedWriteAsync(string key, byte[] partial)
    {
        var target = ((DirectoryObjectStore)Store).PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(
            Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".crash1.tmp"), partial, Ct);
    }

    [Fact]
    public async Task WriteAsync_Key_IsTheFileUnderTheRoot()
    {
        await Store.WriteAsync("bars/daily/BRK_B.parquet", "x"u8.ToArray(), Ct);

        Assert.True(File.Exists(_temp.Combine("root", "bars", "daily", "BRK_B.parquet")));
        Assert.Equal(["BRK_B.parquet"], Directory.GetFiles(_temp.Combine("root", "bars", "daily")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ListAsync_FilesThatAreNotKeys_Ignored()
    {
        var folder = _temp.Combine("root", "bars");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, ".SPY.parquet.abc.tmp"), "x", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "with space.txt"), "x", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "ok.txt"), "x", Ct);

        Assert.Equal(["bars/ok.txt"], (await Store.ListAsync("", Ct)).Select(o => o.Key));
    }

    [Fact]
    public async Task WriteAsync_SameLengthWithinOneClockTick_StillChangesVersion()
    {
        var versions = new HashSet<string>();
        for (var i = 0; i < 20; i++)
            versions.Add((await Store.WriteAsync("k", new[] { (byte)i }, Ct)).Version);

        Assert.Equal(20, versions.Count);
    }
}
