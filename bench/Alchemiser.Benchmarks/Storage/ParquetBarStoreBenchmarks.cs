using System.Globalization;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using BenchmarkDotNet.Attributes;

namespace Alchemiser.Benchmarks.Storage;

/// <summary>
/// <see cref="ParquetBarStore"/> on a local temp folder: 300 symbols (the synthetic catalogue, topped up with generic
/// tickers) x the NYSE sessions 2016-01-04 .. 2025-12-31, full OHLCV from <see cref="SyntheticMarket"/>. The read
/// folder is written once at setup, so reads are served from the OS page cache. Writes replace the same 300 files on
/// every operation (temp file, fsync, rename), as the store always does. Target: read all 300 under 1 s.
/// </summary>
public class ParquetBarStoreBenchmarks
{
    private const int SymbolCount = 300;

    private string _scratch = "";
    private ParquetBarStore _readStore = null!;
    private ParquetBarStore _writeStore = null!;
    private IReadOnlyList<BarSeries> _bars = [];
    private Symbol[] _symbols = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = SyntheticMarket.CatalogueSymbols.Take(SymbolCount);
        var generic = Enumerable.Range(1, SymbolCount)
            .Select(i => Symbol.Parse(string.Create(CultureInfo.InvariantCulture, $"ZZ{i:D3}")));
        _symbols = catalogue.Concat(generic).Distinct().Take(SymbolCount).ToArray();
        var sessions = NyseCalendar.TradingDays(BenchmarkInputs.TenYearsFrom, BenchmarkInputs.TenYearsTo).ToArray();
        _bars = new SyntheticMarket().Generate(_symbols, sessions);

        _scratch = BenchmarkInputs.CreateScratchFolder("parquet");
        _readStore = new ParquetBarStore(Path.Combine(_scratch, "read"));
        _writeStore = new ParquetBarStore(Path.Combine(_scratch, "write"));
        foreach (var series in _bars)
            _readStore.WriteAsync(series).GetAwaiter().GetResult();
        var bytes = Directory.EnumerateFiles(_readStore.Folder).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(
            $"// inputs: {_symbols.Length} symbols x {sessions.Length} sessions, {bytes:N0} bytes of Parquet in {_readStore.Folder}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>Reads the 300 symbols one after the other.</summary>
    [Benchmark(Description = "read 300 x 10y, sequential")]
    public async Task<BarSeries[]> ReadSequential()
    {
        var result = new BarSeries[_symbols.Length];
        for (var i = 0; i < _symbols.Length; i++)
            result[i] = await _readStore.ReadAsync(_symbols[i]) ?? throw new InvalidOperationException($"{_symbols[i]} missing");
        return result;
    }

    /// <summary>Reads the 300 symbols concurrently with Task.WhenAll, as <c>MarketSnapshot.LoadAsync</c> does.</summary>
    [Benchmark(Description = "read 300 x 10y, WhenAll")]
    public async Task<BarSeries?[]> ReadConcurrent() =>
        await Task.WhenAll(_symbols.Select(symbol => _readStore.ReadAsync(symbol)));

    /// <summary>Writes (replaces) the 300 symbols one after the other.</summary>
    [Benchmark(Description = "write 300 x 10y, sequential")]
    public async Task<int> WriteSequential()
    {
        foreach (var series in _bars)
            await _writeStore.WriteAsync(series);
        return _bars.Count;
    }
}
