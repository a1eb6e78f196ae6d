using System.Text;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>
/// What every <see cref="IObjectStore"/> must do, run once per adapter (<see cref="DirectoryObjectStoreTests"/>,
/// <see cref="BlobObjectStoreTests"/>).
/// </summary>
public abstract class ObjectStoreContractTests : IAsyncLifetime
{
    private IObjectStore? _store;

    /// <summary>The store under test: empty at the start of each test.</summary>
    protected IObjectStore Store => _store ?? throw new InvalidOperationException("not initialized");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates a fresh, empty store.</summary>
    protected abstract Task<IObjectStore> CreateStoreAsync();

    /// <summary>Leaves what an interrupted write of <paramref name="key"/> leaves behind, with <paramref name="partial"/>
    /// as the part of the new content that got out.</summary>
    protected abstract Task SimulateInterruptedWriteAsync(string key, byte[] partial);

    [Fact]
    public async Task OpenReadAsync_Absent_ReturnsNull()
    {
        Assert.Null(await Store.OpenReadAsync("bars/daily/SPY.parquet", Ct));
    }

    [Fact]
    public async Task WriteAsync_Bytes_RoundTripsAndReportsLength()
    {
        var content = Encoding.UTF8.GetBytes("hello, store");

        var written = await Store.WriteAsync("a/b/c.txt", content, Ct);

        Assert.Equal("a/b/c.txt", written.Key);
        Assert.Equal(content.Length, written.Length);
        Assert.NotEmpty(written.Version);
        Assert.Equal(content, await ReadAllAsync("a/b/c.txt"));
    }

    [Fact]
    public async Task WriteAsync_Stream_WritesTheRestOfTheStream()
    {
        var content = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        using var stream = new MemoryStream(content);
        stream.Position = 10;

        var written = await Store.WriteAsync("big.bin", stream, Ct);

        Assert.Equal(content.Length - 10, written.Length);
        Assert.Equal(content[10..], await ReadAllAsync("big.bin"));
    }

    [Fact]
    public async Task WriteAsync_Empty_RoundTrips()
    {
        await Store.WriteAsync("empty", ReadOnlyMemory<byte>.Empty, Ct);

        var read = await ReadAllAsync("empty");
        Assert.NotNull(read);
        Assert.Empty(read);
        Assert.Equal(0, Assert.Single(await Store.ListAsync("", Ct)).Length);
    }

    [Fact]
    public async Task WriteAsync_Existing_ReplacesContentAndChangesVersion()
    {
        var first = await Store.WriteAsync("k", "one"u8.ToArray(), Ct);
        var second = await Store.WriteAsync("k", "two"u8.ToArray(), Ct);

        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal("two"u8.ToArray(), await ReadAllAsync("k"));
        var listed = Assert.Single(await Store.ListAsync("", Ct));
        Assert.Equal(second.Version, listed.Version);
        Assert.Equal(3, listed.Length);
    }

    [Fact]
    public async Task ListAsync_Prefix_ListsNestedKeysInOrdinalOrderOnly()
    {
        foreach (var key in new[] { "bars/daily/TQQQ.parquet", "bars/daily/BRK_B.parquet", "bars/dailyx", "bars/daily/x/y.bin", "runs/1.json", "bars/daily/AAPL.parquet" })
            await Store.WriteAsync(key, "x"u8.ToArray(), Ct);

        var listed = await Store.ListAsync("bars/daily/", Ct);

        Assert.Equal(
            ["bars/daily/AAPL.parquet", "bars/daily/BRK_B.parquet", "bars/daily/TQQQ.parquet", "bars/daily/x/y.bin"],
            listed.Select(o => o.Key));
        Assert.Equal(6, (await Store.ListAsync("", Ct)).Count);
        Assert.Empty(await Store.ListAsync("nothing/", Ct));
    }

    [Fact]
    public async Task ListAsync_AfterWrite_ReportsTheWrittenVersion()
    {
        var written = await Store.WriteAsync("v/one", "abc"u8.ToArray(), Ct);

        var listed = Assert.Single(await Store.ListAsync("v/", Ct));

        Assert.Equal(written.Key, listed.Key);
        Assert.Equal(written.Length, listed.Length);
        Assert.Equal(written.Version, listed.Version);
    }

    [Fact]
    public async Task DeleteAsync_ReportsWhetherItExisted()
    {
        await Store.WriteAsync("gone", "x"u8.ToArray(), Ct);

        Assert.True(await Store.DeleteAsync("gone", Ct));
        Assert.False(await Store.DeleteAsync("gone", Ct));
        Assert.Null(await Store.OpenReadAsync("gone", Ct));
        Assert.Empty(await Store.ListAsync("", Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a//b")]
    [InlineData("a/../b")]
    [InlineData(".hidden")]
    [InlineData("a\\b")]
    [InlineData("a b")]
    [InlineData("a:b")]
    public async Task WriteAsync_InvalidKey_ThrowsNamingTheKey(string key)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, "x"u8.ToArray(), Ct));

        Assert.Contains($"invalid object key '{key}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bars")]
    [InlineData("/")]
    [InlineData("bars//")]
    public async Task ListAsync_InvalidPrefix_Throws(string prefix)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(prefix, Ct));
    }

    [Fact]
    public async Task WriteAsync_InterruptedWrite_LeavesOldContentAndNoNewKey()
    {
        await Store.WriteAsync("bars/daily/SPY.parquet", "old content"u8.ToArray(), Ct);

        await SimulateInterruptedWriteAsync("bars/daily/SPY.parquet", "new cont"u8.ToArray());
        await SimulateInterruptedWriteAsync("bars/daily/QQQ.parquet", "new"u8.ToArray());

        Assert.Equal("old content"u8.ToArray(), await ReadAllAsync("bars/daily/SPY.parquet"));
        Assert.Null(await Store.OpenReadAsync("bars/daily/QQQ.parquet", Ct));
        Assert.Equal(["bars/daily/SPY.parquet"], (await Store.ListAsync("", Ct)).Select(o => o.Key));
    }

    [Fact]
    public async Task WriteAsync_WhileReadersRead_ReadersSeeOnlyWholeVersions()
    {
        var small = Enumerable.Repeat((byte)1, 1_000).ToArray();
        var large = Enumerable.Repeat((byte)2, 200_000).ToArray();
        await Store.WriteAsync("k", small, Ct);
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(
            async () =>
            {
                var reads = 0;
                while (!done.IsCancellationRequested)
                {
                    var read = await ReadAllAsync("k");
                    Assert.NotNull(read);
                    Assert.True(read.Length is 1_000 or 200_000, $"read {read.Length} bytes");
                    Assert.All(read, b => Assert.Equal(read.Length == 1_000 ? 1 : 2, b));
                    reads++;
                }

                return reads;
            },
            Ct)).ToArray();

        for (var i = 0; i < 30; i++)
            await Store.WriteAsync("k", i % 2 == 0 ? large : small, Ct);
        await done.CancelAsync();

        Assert.True((await Task.WhenAll(readers)).Sum() > 0);
        Assert.Single(await Store.ListAsync("", Ct));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersOfOneKey_LastCompleteVersionWins()
    {
        var versions = Enumerable.Range(1, 8).Select(i => Enumerable.Repeat((byte)i, 50_000 + i).ToArray()).ToArray();

        await Task.WhenAll(versions.Select(v => Task.Run(() => Store.WriteAsync("k", v, Ct), Ct)));

        var read = await ReadAllAsync("k");
        Assert.NotNull(read);
        Assert.Contains(versions, v => v.AsSpan().SequenceEqual(read));
    }

    protected async Task<byte[]?> ReadAllAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(key, Ct);
        if (stream is null)
            return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        return buffer.ToArray();
    }
}
