using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;
using Parquet;
using Parquet.Schema;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>
/// What <see cref="ParquetBarStore"/> must do over any <see cref="IObjectStore"/>, run once per adapter
/// (<see cref="ParquetBarStoreTests"/> on a local folder, <see cref="BlobParquetBarStoreTests"/> on Azurite).
/// </summary>
public abstract partial class ParquetBarStoreContractTests : IAsyncLifetime
{
    protected static readonly Symbol Spy = Symbol.Parse("SPY");
    protected static readonly Symbol Qqq = Symbol.Parse("QQQ");
    protected static readonly Symbol Tlt = Symbol.Parse("TLT");
    protected static readonly DateTimeOffset T0 = new(2026, 7, 14, 21, 5, 0, TimeSpan.Zero);

    private IObjectStore? _objects;
    private ParquetBarStore? _store;

    protected IObjectStore Objects => _objects ?? throw new InvalidOperationException("not initialized");

    protected ParquetBarStore Store => _store ?? throw new InvalidOperationException("not initialized");

    protected ManualClock Clock { get; } = new(T0);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _objects = await CreateObjectsAsync();
        _store = new ParquetBarStore(_objects, Clock);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A fresh, empty object store.</summary>
    protected abstract Task<IObjectStore> CreateObjectsAsync();

    /// <summary>Leaves what a write of <paramref name="key"/> interrupted by a crash leaves behind.</summary>
    protected abstract Task SimulateInterruptedWriteAsync(string key, byte[] partial);

    /// <summary>A second store over the same objects, as a restarted process would have.</summary>
    protected ParquetBarStore Reopen() => new(Objects, Clock);

    [Fact]
    public async Task ReadAsync_CloseOnly_RoundTripsWithoutOhlv()
    {
        var bars = new BarSeries(
            Spy,
            [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 5)],
            [470.5, 468.25, 1e-9]);

        await Store.WriteAsync(bars, Ct);
        var read = await Store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal(Spy, read.Symbol);
        Assert.Equal(bars.Dates, read.Dates);
        Assert.Equal(bars.Close, read.Close);
        Assert.Null(read.Open);
        Assert.Null(read.High);
        Assert.Null(read.Low);
        Assert.Null(read.Volume);
    }

    [Fact]
    public async Task ReadAsync_Ohlcv_RoundTripsWithMissingBarValuesAsNaN()
    {
        var bars = new BarSeries(
            Spy,
            [new(1999, 12, 31), new(2000, 1, 3), new(2000, 1, 4)],
            Close: [10.5, 11.25, 10.75],
            Open: [10, double.NaN, 11],
            High: [11, 11.5, 11.25],
            Low: [9.5, 10.5, 10.25],
            Volume: [1_000_000, 2_500_000, double.NaN]);

        await Store.WriteAsync(bars, Ct);
        var read = await Store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal(bars.Dates, read.Dates);
        Assert.Equal(bars.Close, read.Close);
        Assert.Equal(bars.Open, read.Open);
        Assert.Equal(bars.High, read.High);
        Assert.Equal(bars.Low, read.Low);
        Assert.Equal(bars.Volume, read.Volume);
    }

    [Fact]
    public async Task WriteAsync_ClassShare_StoredUnderUnderscoreKeyAndListed()
    {
        var brk = Symbol.Parse("BRK.B");
        await Store.WriteAsync(new BarSeries(brk, [new(2024, 6, 3)], [410.0]), Ct);

        Assert.Equal(
            ["bars/daily/BRK_B.parquet", "bars/daily/manifest.json"],
            (await Objects.ListAsync("", Ct)).Select(o => o.Key));
        Assert.Equal([brk], await Store.ListSymbolsAsync(Ct));
        var read = await Store.ReadAsync(brk, Ct);
        Assert.NotNull(read);
        Assert.Equal("BRK/B", read.Symbol.Value);
        Assert.Equal([410.0], read.Close);
        Assert.Equal("BRK/B", Assert.Single((await Store.ReadManifestAsync(Ct)).Entries).Symbol.Value);
    }

    [Fact]
    public async Task ReadAsync_UnknownSymbol_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync(Spy, Ct));

        await Store.WriteAsync(new BarSeries(Qqq, [new(2024, 6, 3)], [1.0]), Ct);

        Assert.Null(await Store.ReadAsync(Spy, Ct));
    }

    [Fact]
    public async Task ListSymbolsAsync_Empty_Empty() => Assert.Empty(await Store.ListSymbolsAsync(Ct));

    [Fact]
    public async Task ListSymbolsAsync_OrdinalOrder_IgnoresOtherObjects()
    {
        foreach (var ticker in new[] { "TQQQ", "BRK/B", "SPY", "AAPL", "BRK/A", "XLK" })
            await Store.WriteAsync(new BarSeries(Symbol.Parse(ticker), [new(2024, 6, 3)], [1.0]), Ct);
        await Objects.WriteAsync("bars/daily/notes.txt", "x"u8.ToArray(), Ct);
        await Objects.WriteAsync("bars/daily/lower.parquet", "x"u8.ToArray(), Ct);
        await Objects.WriteAsync("bars/daily/old/SPY.parquet", "x"u8.ToArray(), Ct);
        await SimulateInterruptedWriteAsync("bars/daily/IWM.parquet", "PAR1"u8.ToArray());

        var symbols = await Store.ListSymbolsAsync(Ct);

        Assert.Equal(["AAPL", "BRK/A", "BRK/B", "SPY", "TQQQ", "XLK"], symbols.Select(s => s.Value));
        Assert.Equal(symbols, (await Store.ReadManifestAsync(Ct)).Entries.Select(e => e.Symbol));
    }

    [Fact]
    public async Task WriteAsync_Empty_RoundTrips()
    {
        await Store.WriteAsync(new BarSeries(Spy, [], []), Ct);

        var read = await Store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal(0, read.Count);
        var entry = Assert.Single((await Store.ReadManifestAsync(Ct)).Entries);
        Assert.Equal(0, entry.Rows);
        Assert.Null(entry.FirstDate);
        Assert.Null(entry.LastDate);
    }

    [Fact]
    public async Task WriteAsync_ReplacesHistory()
    {
        await Store.WriteAsync(new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, 2.0]), Ct);
        await Store.WriteAsync(new BarSeries(Spy, [new(2024, 6, 5)], [3.0]), Ct);

        var read = await Store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal([new DateOnly(2024, 6, 5)], read.Dates);
        Assert.Equal([3.0], read.Close);
        Assert.Equal(
            ["bars/daily/SPY.parquet", "bars/daily/manifest.json"],
            (await Objects.ListAsync("", Ct)).Select(o => o.Key));
        var entry = Assert.Single((await Store.ReadManifestAsync(Ct)).Entries);
        Assert.Equal((1, new DateOnly(2024, 6, 5)), (entry.Rows, entry.FirstDate!.Value));
    }

    [Theory]
    [InlineData(2024, 6, 3, "2024-06-03 follows 2024-06-03")]
    [InlineData(2024, 5, 31, "2024-05-31 follows 2024-06-03")]
    public async Task WriteAsync_DatesNotIncreasing_ThrowsNamingSymbolAndDate(int y, int m, int d, string expected)
    {
        var bars = new BarSeries(Spy, [new(2024, 5, 30), new(2024, 6, 3), new(y, m, d)], [1.0, 2.0, 3.0]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(bars, Ct));

        Assert.StartsWith("SPY: dates must be strictly increasing", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await Objects.ListAsync("", Ct));
    }

    [Fact]
    public async Task WriteAsync_ColumnLengthMismatch_Throws()
    {
        var bars = new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, 2.0], Open: [1.0]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(bars, Ct));

        Assert.Contains("SPY: the open column has 1 values for 2 dates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NaNClose_ThrowsNamingDate()
    {
        var bars = new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, double.NaN]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(bars, Ct));

        Assert.Contains("SPY: close on 2024-06-04 is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileWithOnlyDateAndClose_Reads()
    {
        await Objects.WriteAsync("bars/daily/SPY.parquet", await DateAndCloseFileAsync([5.0, 6.0]), Ct);

        var read = await Store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal([5.0, 6.0], read.Close);
        Assert.Null(read.Open);
    }

    [Fact]
    public async Task ReadAsync_CorruptFile_ThrowsRatherThanReturningBars()
    {
        await Objects.WriteAsync("bars/daily/SPY.parquet", "not parquet"u8.ToArray(), Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.ReadAsync(Spy, Ct));
    }

    [Fact]
    public async Task WriteAsync_WhileReadersRead_ReadersSeeOnlyWholeVersions()
    {
        var small = Series(Spy, 100, 1.0);
        var large = Series(Spy, 5000, 2.0);
        await Store.WriteAsync(small, Ct);
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(
            async () =>
            {
                var reads = 0;
                while (!done.IsCancellationRequested)
                {
                    var read = await Store.ReadAsync(Spy, Ct);
                    Assert.NotNull(read);
                    var expected = read.Count == 100 ? small : large;
                    Assert.Equal(expected.Count, read.Count);
                    Assert.Equal(expected.Dates, read.Dates);
                    Assert.Equal(expected.Close, read.Close);
                    Assert.Equal(expected.Volume, read.Volume);
                    reads++;
                }

                return reads;
            },
            Ct)).ToArray();

        for (var i = 0; i < 40; i++)
            await Store.WriteAsync(i % 2 == 0 ? large : small, Ct);
        await done.CancelAsync();
        var totalReads = (await Task.WhenAll(readers)).Sum();

        Assert.True(totalReads > 0);
        Assert.Equal(
            ["bars/daily/SPY.parquet", "bars/daily/manifest.json"],
            (await Objects.ListAsync("", Ct)).Select(o => o.Key));
        var entry = Assert.Single((await Store.ReadManifestAsync(Ct)).Entries);
        Assert.Equal(100, entry.Rows); // the 40th write (i = 39) was the small one
    }

    [Fact]
    public async Task ReadManifestAsync_EmptyStore_Empty()
    {
        var manifest = await Store.ReadManifestAsync(Ct);

        Assert.Empty(manifest.Entries);
        Assert.Empty(manifest.Repairs);
    }

    [Fact]
    public async Task WriteAsync_WithSource_RecordsRangeRowsSourceAndRefreshTime()
    {
        await Store.WriteAsync(Series(Spy, 250, 1.0), BarSources.Csv("SPY.csv"), Ct);
        Clock.Now = T0.AddHours(1);
        await Store.WriteAsync(Series(Qqq, 10, 1.0), BarSources.Synthetic, Ct);
        await Store.WriteAsync(Series(Tlt, 3, 1.0), Ct);

        var manifest = await Reopen().ReadManifestAsync(Ct);

        Assert.Empty(manifest.Repairs);
        Assert.Equal([Qqq, Spy, Tlt], manifest.Entries.Select(e => e.Symbol));
        var spy = manifest.Find(Spy);
        Assert.NotNull(spy);
        Assert.Equal(250, spy.Rows);
        Assert.Equal(new DateOnly(2000, 1, 3), spy.FirstDate);
        Assert.Equal(Series(Spy, 250, 1.0).Dates[^1], spy.LastDate);
        Assert.Equal("csv:SPY.csv", spy.Source);
        Assert.Equal(T0, spy.RefreshedUtc);
        Assert.Equal(BarValidationStatus.NotValidated, spy.Validation);
        Assert.Empty(spy.Issues);
        Assert.Null(spy.ValidatedUtc);
        Assert.Equal(("synthetic", T0.AddHours(1)), (manifest.Find(Qqq)!.Source, manifest.Find(Qqq)!.RefreshedUtc));
        Assert.Equal(BarSources.Unknown, manifest.Find(Tlt)!.Source);
    }

    [Fact]
    public async Task ReadManifestAsync_AfterManyWrites_AgreesWithTheFiles()
    {
        var random = new Random(7);
        var tickers = new[] { "SPY", "QQQ", "BRK/B", "TQQQ", "UVXY", "BIL" };
        for (var i = 0; i < 30; i++)
        {
            var symbol = Symbol.Parse(tickers[random.Next(tickers.Length)]);
            await Store.WriteAsync(Series(symbol, random.Next(0, 400), i), BarSources.Synthetic, Ct);
        }

        var manifest = await Reopen().ReadManifestAsync(Ct);

        Assert.Empty(manifest.Repairs);
        Assert.Equal(await Store.ListSymbolsAsync(Ct), manifest.Entries.Select(e => e.Symbol));
        foreach (var entry in manifest.Entries)
        {
            var bars = await Store.ReadAsync(entry.Symbol, Ct);
            Assert.NotNull(bars);
            Assert.Equal((bars.Count, bars.FirstDate, bars.LastDate), (entry.Rows, entry.FirstDate, entry.LastDate));
        }
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersOfManySymbols_ManifestHasEveryWrite()
    {
        var symbols = Enumerable.Range(0, 24).Select(i => Symbol.Parse($"S{i:D2}")).ToArray();

        await Task.WhenAll(symbols.Select((s, i) => Task.Run(() => Store.WriteAsync(Series(s, 10 + i, 1.0), "alpaca", Ct), Ct)));

        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        Assert.Equal(symbols, manifest.Entries.Select(e => e.Symbol));
        Assert.Equal(Enumerable.Range(10, 24), manifest.Entries.Select(e => e.Rows));
    }

    [Fact]
    public async Task RecordValidationAsync_Issues_FlaggedWithIssuesUntilTheNextWrite()
    {
        await Store.WriteAsync(Series(Spy, 20, 1.0), BarSources.Alpaca, Ct);
        await Store.WriteAsync(Series(Qqq, 20, 1.0), BarSources.Alpaca, Ct);
        var issue = new BarIssue(Spy, new DateOnly(2000, 1, 10), BarCheck.SuspiciousJump, "close +186.2%; SPXU moved -2.6%");
        Clock.Now = T0.AddMinutes(5);

        await Store.RecordValidationAsync(Spy, [issue], Ct);
        await Store.RecordValidationAsync(Qqq, [], Ct);

        var manifest = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(manifest.Repairs);
        var spy = manifest.Find(Spy)!;
        Assert.Equal(BarValidationStatus.Flagged, spy.Validation);
        Assert.Equal([issue], spy.Issues);
        Assert.Equal(T0.AddMinutes(5), spy.ValidatedUtc);
        Assert.Equal(BarValidationStatus.Passed, manifest.Find(Qqq)!.Validation);
        Assert.Empty(manifest.Find(Qqq)!.Issues);

        await Store.WriteAsync(Series(Spy, 21, 1.0), BarSources.Alpaca, Ct);

        spy = (await Reopen().ReadManifestAsync(Ct)).Find(Spy)!;
        Assert.Equal(BarValidationStatus.NotValidated, spy.Validation);
        Assert.Empty(spy.Issues);
    }

    [Fact]
    public async Task RecordValidationAsync_NoBars_Throws()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.RecordValidationAsync(Spy, [], Ct));

        Assert.Contains("SPY: no stored bars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordValidationAsync_IssueOfAnotherSymbol_Throws()
    {
        await Store.WriteAsync(Series(Spy, 5, 1.0), Ct);
        var other = new BarIssue(Qqq, new DateOnly(2000, 1, 3), BarCheck.Gap, "x");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordValidationAsync(Spy, [other], Ct));
    }

    [Fact]
    public async Task ReadManifestAsync_CrashAfterBarFileBeforeManifest_ReconciledWithoutLoss()
    {
        // Before the crash: three symbols, one validated.
        await Store.WriteAsync(Series(Spy, 100, 1.0), BarSources.Csv("SPY.csv"), Ct);
        await Store.WriteAsync(Series(Qqq, 50, 2.0), BarSources.Alpaca, Ct);
        await Store.WriteAsync(Series(Tlt, 30, 3.0), BarSources.Alpaca, Ct);
        await Store.RecordValidationAsync(Qqq, [], Ct);
        var manifestBefore = await Objects.ListAsync(ParquetBarStore.ManifestKey[..^"manifest.json".Length], Ct);

        // The crash: SPY's new file landed but not the manifest; QQQ's write died half way; IWM's file is new.
        await WriteFileOnlyAsync(Series(Spy, 120, 1.5));
        await SimulateInterruptedWriteAsync(ParquetBarStore.KeyOf(Qqq), "PAR1 half a file"u8.ToArray());
        await WriteFileOnlyAsync(Series(Symbol.Parse("IWM"), 7, 4.0));
        Assert.Equal(
            manifestBefore.Single(o => o.Key == ParquetBarStore.ManifestKey).Version,
            (await Objects.ListAsync("bars/daily/", Ct)).Single(o => o.Key == ParquetBarStore.ManifestKey).Version);

        var restarted = Reopen();
        var manifest = await restarted.ReadManifestAsync(Ct);

        Assert.Equal(["IWM", "QQQ", "SPY", "TLT"], manifest.Entries.Select(e => e.Symbol.Value));
        var spy = manifest.Find(Spy)!;
        Assert.Equal((120, "csv:SPY.csv", BarValidationStatus.NotValidated), (spy.Rows, spy.Source, spy.Validation));
        var qqq = manifest.Find(Qqq)!;
        Assert.Equal((50, "alpaca", BarValidationStatus.Passed), (qqq.Rows, qqq.Source, qqq.Validation));
        Assert.Equal((7, BarSources.Unknown), (manifest.Find(Symbol.Parse("IWM"))!.Rows, manifest.Find(Symbol.Parse("IWM"))!.Source));
        Assert.Equal(["IWM", "SPY"], manifest.Repairs.Select(r => r.Symbol.Value));
        Assert.Contains("not in the manifest", manifest.Repairs[0].Reason, StringComparison.Ordinal);
        Assert.Contains("changed after the manifest was written (manifest: 100 rows); 120 rows", manifest.Repairs[1].Reason, StringComparison.Ordinal);
        Assert.Equal(Series(Qqq, 50, 2.0).Close, (await restarted.ReadAsync(Qqq, Ct))!.Close);
        Assert.Equal(Series(Tlt, 30, 3.0).Close, (await restarted.ReadAsync(Tlt, Ct))!.Close);

        // The next write saves the repaired manifest.
        await restarted.WriteAsync(Series(Tlt, 31, 3.0), BarSources.Alpaca, Ct);
        var after = await Reopen().ReadManifestAsync(Ct);
        Assert.Empty(after.Repairs);
        Assert.Equal([7, 50, 120, 31], after.Entries.Select(e => e.Rows));
        Assert.Equal(BarValidationStatus.Passed, after.Find(Qqq)!.Validation);
    }

    [Fact]
    public async Task ReadManifestAsync_BarFileDeleted_EntryDroppedAndReported()
    {
        await Store.WriteAsync(Series(Spy, 10, 1.0), Ct);
        await Store.WriteAsync(Series(Qqq, 10, 1.0), Ct);

        await Objects.DeleteAsync(ParquetBarStore.KeyOf(Spy), Ct);
        var manifest = await Store.ReadManifestAsync(Ct);

        Assert.Equal([Qqq], manifest.Entries.Select(e => e.Symbol));
        var repair = Assert.Single(manifest.Repairs);
        Assert.Equal(Spy, repair.Symbol);
        Assert.Contains("bar file is missing", repair.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadManifestAsync_CorruptManifest_RebuiltFromFiles()
    {
        await Store.WriteAsync(Series(Spy, 10, 1.0), BarSources.Synthetic, Ct);
        await Store.WriteAsync(Series(Qqq, 12, 1.0), BarSources.Synthetic, Ct);

        await Objects.WriteAsync(ParquetBarStore.ManifestKey, "{ not json"u8.ToArray(), Ct);
        var manifest = await Reopen().ReadManifestAsync(Ct);

        Assert.Equal([(Qqq, 12), (Spy, 10)], manifest.Entries.Select(e => (e.Symbol, e.Rows)));
        Assert.Equal(2, manifest.Repairs.Count);
        Assert.All(manifest.Repairs, r => Assert.StartsWith("the manifest is unreadable", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadManifestAsync_NoManifest_BuiltFromFilesWrittenBeforeIt()
    {
        await Objects.WriteAsync(ParquetBarStore.KeyOf(Spy), await DateAndCloseFileAsync([1.0, 2.0, 3.0]), Ct);

        var manifest = await Store.ReadManifestAsync(Ct);

        var entry = Assert.Single(manifest.Entries);
        Assert.Equal((Spy, 3, BarSources.Unknown), (entry.Symbol, entry.Rows, entry.Source));
        Assert.Equal(Spy, Assert.Single(manifest.Repairs).Symbol);
    }

    [Fact]
    public async Task ReadManifestAsync_UnreadableBarFile_ReportedUnreadable()
    {
        await Store.WriteAsync(Series(Qqq, 3, 1.0), Ct);
        await Objects.WriteAsync(ParquetBarStore.KeyOf(Spy), "not parquet"u8.ToArray(), Ct);

        var manifest = await Store.ReadManifestAsync(Ct);

        var spy = manifest.Find(Spy)!;
        Assert.Equal((BarValidationStatus.Unreadable, 0), (spy.Validation, spy.Rows));
        Assert.Contains("cannot be read as bars", Assert.Single(manifest.Repairs).Reason, StringComparison.Ordinal);
        Assert.Equal(BarValidationStatus.NotValidated, manifest.Find(Qqq)!.Validation);
    }

    protected static BarSeries Series(Symbol symbol, int count, double price)
    {
        var dates = Sessions.Weekdays(new DateOnly(2000, 1, 3), count);
        var close = Enumerable.Repeat(price, count).ToArray();
        var volume = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        return new BarSeries(symbol, dates, close, close, close, close, volume);
    }

    /// <summary>Writes a bar file the way the store does, but without touching the manifest (a crash right after).</summary>
    private async Task WriteFileOnlyAsync(BarSeries bars)
    {
        using var content = new MemoryStream();
        await BarParquetFormat.WriteAsync(bars, content, Ct);
        await Objects.WriteAsync(ParquetBarStore.KeyOf(bars.Symbol), content.ToArray(), Ct);
    }

    private static async Task<byte[]> DateAndCloseFileAsync(double[] closes)
    {
        var date = new DataField<DateOnly>("date");
        var close = new DataField<double>("close");
        using var file = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(date, close), file, cancellationToken: Ct))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateOnly>(date, Sessions.Weekdays(new DateOnly(2024, 6, 3), closes.Length), cancellationToken: Ct);
            await group.WriteAsync<double>(close, closes, cancellationToken: Ct);
        }

        return file.ToArray();
    }
}
