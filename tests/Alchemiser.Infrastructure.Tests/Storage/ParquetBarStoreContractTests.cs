using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Parquet;
using Parquet.Schema;

namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed class ParquetBarStoreTests : IDisposable
{
    private static readonly Symbol Spy = Symbol.Parse("SPY");

    private readonly TempFolder _temp = new();
    private readonly ParquetBarStore _store;

    public ParquetBarStoreTests() => _store = new ParquetBarStore(_temp.Path);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAsync_CloseOnly_RoundTripsWithoutOhlv()
    {
        var bars = new BarSeries(
            Spy,
            [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 5)],
            [470.5, 468.25, 1e-9]);

        await _store.WriteAsync(bars, Ct);
        var read = await _store.ReadAsync(Spy, Ct);

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

        await _store.WriteAsync(bars, Ct);
        var read = await _store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal(bars.Dates, read.Dates);
        Assert.Equal(bars.Close, read.Close);
        Assert.Equal(bars.Open, read.Open);
        Assert.Equal(bars.High, read.High);
        Assert.Equal(bars.Low, read.Low);
        Assert.Equal(bars.Volume, read.Volume);
    }

    [Fact]
    public async Task WriteAsync_ClassShare_StoredAsUnderscoreFileAndListed()
    {
        var brk = Symbol.Parse("BRK.B");
        await _store.WriteAsync(new BarSeries(brk, [new(2024, 6, 3)], [410.0]), Ct);

        Assert.True(File.Exists(Path.Combine(_temp.Path, "bars", "daily", "BRK_B.parquet")));
        Assert.Equal([brk], await _store.ListSymbolsAsync(Ct));
        var read = await _store.ReadAsync(brk, Ct);
        Assert.NotNull(read);
        Assert.Equal("BRK/B", read.Symbol.Value);
        Assert.Equal([410.0], read.Close);
    }

    [Fact]
    public async Task ReadAsync_UnknownSymbol_ReturnsNull()
    {
        Assert.Null(await _store.ReadAsync(Spy, Ct));

        await _store.WriteAsync(new BarSeries(Symbol.Parse("QQQ"), [new(2024, 6, 3)], [1.0]), Ct);

        Assert.Null(await _store.ReadAsync(Spy, Ct));
    }

    [Fact]
    public async Task ListSymbolsAsync_NoFolder_Empty() => Assert.Empty(await _store.ListSymbolsAsync(Ct));

    [Fact]
    public async Task ListSymbolsAsync_OrdinalOrder_IgnoresOtherFiles()
    {
        foreach (var ticker in new[] { "TQQQ", "BRK/B", "SPY", "AAPL", "BRK/A", "XLK" })
            await _store.WriteAsync(new BarSeries(Symbol.Parse(ticker), [new(2024, 6, 3)], [1.0]), Ct);
        await File.WriteAllTextAsync(Path.Combine(_store.Folder, "notes.txt"), "x", Ct);
        await File.WriteAllTextAsync(Path.Combine(_store.Folder, ".SPY.abc123.tmp"), "x", Ct);
        await File.WriteAllTextAsync(Path.Combine(_store.Folder, "lower.parquet"), "x", Ct);

        var symbols = await _store.ListSymbolsAsync(Ct);

        Assert.Equal(["AAPL", "BRK/A", "BRK/B", "SPY", "TQQQ", "XLK"], symbols.Select(s => s.Value));
    }

    [Fact]
    public async Task WriteAsync_Empty_RoundTrips()
    {
        await _store.WriteAsync(new BarSeries(Spy, [], []), Ct);

        var read = await _store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal(0, read.Count);
    }

    [Fact]
    public async Task WriteAsync_ReplacesHistory()
    {
        await _store.WriteAsync(new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, 2.0]), Ct);
        await _store.WriteAsync(new BarSeries(Spy, [new(2024, 6, 5)], [3.0]), Ct);

        var read = await _store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal([new DateOnly(2024, 6, 5)], read.Dates);
        Assert.Equal([3.0], read.Close);
        Assert.Single(Directory.GetFiles(_store.Folder));
    }

    [Theory]
    [InlineData(2024, 6, 3, "2024-06-03 follows 2024-06-03")]
    [InlineData(2024, 5, 31, "2024-05-31 follows 2024-06-03")]
    public async Task WriteAsync_DatesNotIncreasing_ThrowsNamingSymbolAndDate(int y, int m, int d, string expected)
    {
        var bars = new BarSeries(Spy, [new(2024, 5, 30), new(2024, 6, 3), new(y, m, d)], [1.0, 2.0, 3.0]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(bars, Ct));

        Assert.StartsWith("SPY: dates must be strictly increasing", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_store.Folder));
    }

    [Fact]
    public async Task WriteAsync_ColumnLengthMismatch_Throws()
    {
        var bars = new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, 2.0], Open: [1.0]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(bars, Ct));

        Assert.Contains("SPY: the open column has 1 values for 2 dates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NaNClose_ThrowsNamingDate()
    {
        var bars = new BarSeries(Spy, [new(2024, 6, 3), new(2024, 6, 4)], [1.0, double.NaN]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(bars, Ct));

        Assert.Contains("SPY: close on 2024-06-04 is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileWithOnlyDateAndClose_Reads()
    {
        Directory.CreateDirectory(_store.Folder);
        var date = new DataField<DateOnly>("date");
        var close = new DataField<double>("close");
        await using (var file = File.Create(Path.Combine(_store.Folder, "SPY.parquet")))
        {
            await using var writer = await ParquetWriter.CreateAsync(
                new ParquetSchema(date, close), file, cancellationToken: Ct);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateOnly>(date, new DateOnly[] { new(2024, 6, 3), new(2024, 6, 4) }, cancellationToken: Ct);
            await group.WriteAsync<double>(close, new[] { 5.0, 6.0 }, cancellationToken: Ct);
        }

        var read = await _store.ReadAsync(Spy, Ct);

        Assert.NotNull(read);
        Assert.Equal([5.0, 6.0], read.Close);
        Assert.Null(read.Open);
    }

    [Fact]
    public async Task ReadAsync_CorruptFile_ThrowsRatherThanReturningBars()
    {
        Directory.CreateDirectory(_store.Folder);
        await File.WriteAllTextAsync(Path.Combine(_store.Folder, "SPY.parquet"), "not parquet", Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => _store.ReadAsync(Spy, Ct));
    }

    [Fact]
    public async Task WriteAsync_WhileReadersRead_ReadersSeeOnlyWholeVersions()
    {
        var small = Series(100, 1.0);
        var large = Series(5000, 2.0);
        await _store.WriteAsync(small, Ct);
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(
            async () =>
            {
                var reads = 0;
                while (!done.IsCancellationRequested)
                {
                    var read = await _store.ReadAsync(Spy, Ct);
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
            await _store.WriteAsync(i % 2 == 0 ? large : small, Ct);
        await done.CancelAsync();
        var totalReads = (await Task.WhenAll(readers)).Sum();

        Assert.True(totalReads > 0);
        Assert.Equal(["SPY.parquet"], Directory.GetFiles(_store.Folder).Select(Path.GetFileName));
    }

    private static BarSeries Series(int count, double price)
    {
        var dates = Sessions.Weekdays(new DateOnly(2000, 1, 3), count);
        var close = Enumerable.Repeat(price, count).ToArray();
        var volume = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        return new BarSeries(Spy, dates, close, close, close, close, volume);
    }
}
