using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Data;

/// <summary><see cref="CachingBarStore"/>: one read per symbol, writes invalidate, failures are not kept.</summary>
public sealed class CachingBarStoreTests
{
    private static readonly Symbol Spy = Symbol.Parse("SPY");
    private static readonly Symbol Qqq = Symbol.Parse("QQQ");

    private readonly ControlledBarStore _inner = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BarSeries Bars(Symbol symbol, double close) =>
        new(symbol, [new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24)], [close - 1, close]);

    [Fact]
    public async Task ReadAsync_ConcurrentReaders_ReadEachSymbolOnce()
    {
        _inner.Put(Bars(Spy, 500));
        _inner.Put(Bars(Qqq, 400));
        _inner.ReadGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new CachingBarStore(_inner);

        var reads = Enumerable.Range(0, 20).Select(i => Task.Run(() => cache.ReadAsync(i % 2 == 0 ? Spy : Qqq, Ct), Ct)).ToList();
        await Task.Delay(50, Ct); // let every reader reach the held read (correctness does not depend on it)
        _inner.ReadGate.SetResult();
        var results = await Task.WhenAll(reads);

        Assert.Equal(1, _inner.ReadsOf(Spy));
        Assert.Equal(1, _inner.ReadsOf(Qqq));
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Same(results[0], r));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Same(results[1], r));
        Assert.Equal(500, results[0]!.Close[^1]);
        Assert.Equal(400, results[1]!.Close[^1]);
    }

    [Fact]
    public async Task ReadAsync_MissingSymbol_CachesTheAbsence()
    {
        var cache = new CachingBarStore(_inner);

        Assert.Null(await cache.ReadAsync(Spy, Ct));
        Assert.Null(await cache.ReadAsync(Spy, Ct));

        Assert.Equal(1, _inner.ReadsOf(Spy));
    }

    [Fact]
    public async Task WriteAsync_InvalidatesTheSymbol_AndPassesTheSource()
    {
        _inner.Put(Bars(Spy, 500));
        _inner.Put(Bars(Qqq, 400));
        var cache = new CachingBarStore(_inner);
        await cache.ReadAsync(Spy, Ct);
        await cache.ReadAsync(Qqq, Ct);

        await cache.WriteAsync(Bars(Spy, 510), "alpaca", Ct);
        var spy = await cache.ReadAsync(Spy, Ct);
        await cache.ReadAsync(Qqq, Ct);

        Assert.Equal(510, spy!.Close[^1]);
        Assert.Equal(2, _inner.ReadsOf(Spy));
        Assert.Equal(1, _inner.ReadsOf(Qqq));
        Assert.Equal([(Spy, "alpaca")], _inner.Written);
    }

    [Fact]
    public async Task WriteAsync_WithoutSource_Invalidates()
    {
        _inner.Put(Bars(Spy, 500));
        var cache = new CachingBarStore(_inner);
        await cache.ReadAsync(Spy, Ct);

        await cache.WriteAsync(Bars(Spy, 520), Ct);

        Assert.Equal(520, (await cache.ReadAsync(Spy, Ct))!.Close[^1]);
    }

    [Fact]
    public async Task WriteManyAsync_InvalidatesEverySymbolWrittenAndWritesOnce()
    {
        _inner.Put(Bars(Spy, 500));
        _inner.Put(Bars(Qqq, 400));
        var cache = new CachingBarStore(_inner);
        await cache.ReadAsync(Spy, Ct);
        await cache.ReadAsync(Qqq, Ct);

        await cache.WriteManyAsync([Bars(Spy, 501), Bars(Qqq, 401)], "synthetic", Ct);

        Assert.Equal(501, (await cache.ReadAsync(Spy, Ct))!.Close[^1]);
        Assert.Equal(401, (await cache.ReadAsync(Qqq, Ct))!.Close[^1]);
        Assert.Equal(1, _inner.ManyWrites);
        Assert.All(_inner.Written, w => Assert.Equal("synthetic", w.Source));
    }

    [Fact]
    public async Task WriteAsync_AReadDuringTheWrite_DoesNotLeaveTheOldBarsCached()
    {
        _inner.Put(Bars(Spy, 500));
        _inner.WriteGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new CachingBarStore(_inner);

        var write = cache.WriteAsync(Bars(Spy, 510), "alpaca", Ct);
        await _inner.WriteStarted.Task.WaitAsync(Ct);
        var during = await cache.ReadAsync(Spy, Ct); // the store still has the old bars
        _inner.WriteGate.SetResult();
        await write;
        var after = await cache.ReadAsync(Spy, Ct);

        Assert.Equal(500, during!.Close[^1]);
        Assert.Equal(510, after!.Close[^1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_AFailedRead_IsNotCached(bool synchronously)
    {
        _inner.Put(Bars(Spy, 500));
        _inner.FailSynchronously = synchronously;
        _inner.FailNextReads(1);
        var cache = new CachingBarStore(_inner);

        await Assert.ThrowsAsync<IOException>(() => cache.ReadAsync(Spy, Ct));
        var second = await cache.ReadAsync(Spy, Ct);
        var third = await cache.ReadAsync(Spy, Ct);

        Assert.Equal(500, second!.Close[^1]);
        Assert.Same(second, third);
        Assert.Equal(2, _inner.ReadsOf(Spy));
    }

    [Fact]
    public async Task ReadAsync_ACallerThatGivesUp_DoesNotStopTheSharedRead()
    {
        _inner.Put(Bars(Spy, 500));
        _inner.ReadGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new CachingBarStore(_inner);
        using var impatient = new CancellationTokenSource();

        var first = cache.ReadAsync(Spy, impatient.Token);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var second = cache.ReadAsync(Spy, Ct);
        _inner.ReadGate.SetResult();

        Assert.Equal(500, (await second)!.Close[^1]);
        Assert.Equal(1, _inner.ReadsOf(Spy));
    }

    [Fact]
    public async Task ManifestAndList_AreReadFromTheStoreEveryTime()
    {
        var cache = new CachingBarStore(_inner);
        Assert.Empty((await cache.ReadManifestAsync(Ct)).Entries);

        _inner.Put(Bars(Spy, 500));

        Assert.Equal(Spy, Assert.Single((await cache.ReadManifestAsync(Ct)).Entries).Symbol);
        Assert.Equal([Spy], await cache.ListSymbolsAsync(Ct));
    }
}
