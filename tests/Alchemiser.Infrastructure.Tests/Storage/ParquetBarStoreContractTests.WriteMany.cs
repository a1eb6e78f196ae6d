using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary><see cref="ParquetBarStore.WriteManyAsync"/>: every file, then one manifest update with every record.</summary>
public abstract partial class ParquetBarStoreContractTests
{
    private static readonly Symbol Iwm = Symbol.Parse("IWM");

    [Fact]
    public async Task WriteManyAsync_WritesEveryFileAndUpdatesTheManifestOnce()
    {
        var counting = new CountingObjectStore(Objects);
        var store = new ParquetBarStore(counting, Clock);
        BarSeries[] batch = [Series(Spy, 30, 1.0), Series(Qqq, 20, 2.0), Series(Tlt, 10, 3.0)];

        await store.WriteManyAsync(batch, BarSources.Synthetic, Ct);

        Assert.Equal(1, counting.WritesOf(ParquetBarStore.ManifestKey));
        Assert.All(batch, b => Assert.Equal(1, counting.WritesOf(ParquetBarStore.KeyOf(b.Symbol))));
        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        Assert.Equal([Qqq, Spy, Tlt], manifest.Entries.Select(e => e.Symbol));
        foreach (var bars in batch)
        {
            var entry = manifest.Find(bars.Symbol)!;
            Assert.Equal((bars.Count, bars.FirstDate, bars.LastDate), (entry.Rows, entry.FirstDate, entry.LastDate));
            Assert.Equal((BarSources.Synthetic, T0, BarValidationStatus.NotValidated), (entry.Source, entry.RefreshedUtc, entry.Validation));
            var read = await Reopen().ReadAsync(bars.Symbol, Ct);
            Assert.Equal(bars.Dates, read!.Dates);
            Assert.Equal(bars.Close, read.Close);
        }
    }

    [Fact]
    public async Task WriteManyAsync_KeepsTheOtherSymbolsEntriesAndReplacesTheWrittenOnes()
    {
        await Store.WriteAsync(Series(Spy, 30, 1.0), BarSources.Csv("SPY.csv"), Ct);
        await Store.WriteAsync(Series(Qqq, 20, 2.0), BarSources.Synthetic, Ct);
        await Store.RecordValidationAsync(Qqq, [], Ct);
        Clock.Now = T0.AddDays(1);

        await Store.WriteManyAsync([Series(Qqq, 21, 2.0), Series(Tlt, 5, 3.0)], BarSources.Synthetic, Ct);

        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        Assert.Equal([Qqq, Spy, Tlt], manifest.Entries.Select(e => e.Symbol));
        Assert.Equal(("csv:SPY.csv", 30, T0), (manifest.Find(Spy)!.Source, manifest.Find(Spy)!.Rows, manifest.Find(Spy)!.RefreshedUtc));
        var qqq = manifest.Find(Qqq)!;
        Assert.Equal((21, T0.AddDays(1), BarValidationStatus.NotValidated), (qqq.Rows, qqq.RefreshedUtc, qqq.Validation));
    }

    [Fact]
    public async Task WriteManyAsync_DuplicateSymbol_ThrowsAndWritesNothing()
    {
        await Store.WriteAsync(Series(Iwm, 5, 9.0), BarSources.Alpaca, Ct);
        var counting = new CountingObjectStore(Objects);
        var store = new ParquetBarStore(counting, Clock);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            store.WriteManyAsync([Series(Spy, 30, 1.0), Series(Qqq, 20, 2.0), Series(Spy, 31, 1.0)], BarSources.Synthetic, Ct));

        Assert.Equal("bars", error.ParamName);
        Assert.Empty(counting.Writes);
        Assert.Equal([Iwm], await Reopen().ListSymbolsAsync(Ct));
        Assert.Equal([Iwm], (await Reopen().ReadManifestAsync(Ct)).Entries.Select(e => e.Symbol));
    }

    [Fact]
    public async Task WriteManyAsync_OneInvalidSeries_ThrowsAndWritesNothing()
    {
        var counting = new CountingObjectStore(Objects);
        var store = new ParquetBarStore(counting, Clock);
        var broken = new BarSeries(Tlt, [new DateOnly(2000, 1, 4), new DateOnly(2000, 1, 3)], [1.0, 2.0]);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.WriteManyAsync([Series(Spy, 30, 1.0), broken], BarSources.Synthetic, Ct));

        Assert.Empty(counting.Writes);
        Assert.Empty(await Reopen().ListSymbolsAsync(Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task WriteManyAsync_BlankSource_Throws(string source)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteManyAsync([Series(Spy, 3, 1.0)], source, Ct));

        Assert.Empty(await Reopen().ListSymbolsAsync(Ct));
    }

    [Fact]
    public async Task WriteManyAsync_Nothing_WritesNothing()
    {
        var counting = new CountingObjectStore(Objects);

        await new ParquetBarStore(counting, Clock).WriteManyAsync([], BarSources.Synthetic, Ct);

        Assert.Empty(counting.Writes);
    }

    [Fact]
    public async Task WriteAsync_AfterWriteMany_ReplacesOneSymbolAndKeepsTheBatch()
    {
        await Store.WriteManyAsync([Series(Spy, 30, 1.0), Series(Qqq, 20, 2.0)], BarSources.Synthetic, Ct);
        var counting = new CountingObjectStore(Objects);

        await new ParquetBarStore(counting, Clock).WriteAsync(Series(Spy, 31, 1.5), BarSources.Alpaca, Ct);

        Assert.Equal(1, counting.WritesOf(ParquetBarStore.ManifestKey));
        Assert.Equal(2, counting.Writes.Count);
        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        Assert.Equal((31, BarSources.Alpaca), (manifest.Find(Spy)!.Rows, manifest.Find(Spy)!.Source));
        Assert.Equal((20, BarSources.Synthetic), (manifest.Find(Qqq)!.Rows, manifest.Find(Qqq)!.Source));
        Assert.Equal(1.5, (await Reopen().ReadAsync(Spy, Ct))!.Close[^1]);
    }

    [Fact]
    public async Task WriteManyAsync_ConcurrentBatchesSharingSymbols_EndConsistent()
    {
        Symbol[] symbols = [.. Enumerable.Range(0, 12).Select(i => Symbol.Parse($"S{i:D2}"))];

        await Task.WhenAll(Enumerable.Range(0, 4).Select(batch => Task.Run(() => Store.WriteManyAsync(
            [.. symbols.Where((_, i) => (i + batch) % 2 == 0).Select(s => Series(s, 10 + batch, batch))], BarSources.Synthetic, Ct), Ct)));

        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        Assert.Equal(symbols, manifest.Entries.Select(e => e.Symbol));
        foreach (var entry in manifest.Entries)
            Assert.Equal(entry.Rows, (await Reopen().ReadAsync(entry.Symbol, Ct))!.Count);
    }
}
