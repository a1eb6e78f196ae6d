using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Azure.Storage.Blobs;
using BenchmarkDotNet.Attributes;

namespace Alchemiser.Benchmarks.Storage;

/// <summary>
/// <see cref="ParquetBarStore"/> over <see cref="BlobObjectStore"/> on Azurite: 300 symbols (the synthetic catalogue,
/// topped up with generic tickers) x the NYSE sessions 2016-01-04 .. 2025-12-31, full OHLCV. Reads go through the
/// loopback HTTP stack and Azurite's disk store, so they measure the SDK and the emulator as much as Parquet.
/// </summary>
/// <remarks>
/// Azurite comes from <c>ALCHEMISER_TEST_AZURITE</c> (a connection string, as <c>scripts/test.sh</c> exports it) or is
/// started from <c>.tools/node_modules/.bin/azurite</c> (installed by <c>scripts/test.sh</c>). When neither is possible
/// the setup prints why and throws, so BenchmarkDotNet reports the benchmark as not run and goes on with the others.
/// Run: <c>dotnet run -c Release --project bench/Alchemiser.Benchmarks -- --filter '*BlobBarStore*'</c>.
/// </remarks>
public class BlobBarStoreBenchmarks
{
    private const int SymbolCount = 300;
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly DateOnly From = new(2016, 1, 4);
    private static readonly DateOnly To = new(2025, 12, 31);

    private Process? _azurite;
    private string? _azuriteFolder;
    private BlobContainerClient? _readContainer;
    private BlobContainerClient? _writeContainer;
    private ParquetBarStore _readStore = null!;
    private ParquetBarStore _writeStore = null!;
    private IReadOnlyList<BarSeries> _bars = [];
    private Symbol[] _symbols = [];

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = Environment.GetEnvironmentVariable("ALCHEMISER_TEST_AZURITE") is { Length: > 0 } given
            ? given
            : StartAzurite();

        var catalogue = SyntheticMarket.CatalogueSymbols.Take(SymbolCount);
        var generic = Enumerable.Range(1, SymbolCount)
            .Select(i => Symbol.Parse(string.Create(CultureInfo.InvariantCulture, $"ZZ{i:D3}")));
        _symbols = catalogue.Concat(generic).Distinct().Take(SymbolCount).ToArray();
        var sessions = NyseCalendar.TradingDays(From, To).ToArray();
        _bars = new SyntheticMarket().Generate(_symbols, sessions);

        var run = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];
        _readContainer = new BlobContainerClient(connectionString, $"bench-{run}-read");
        _writeContainer = new BlobContainerClient(connectionString, $"bench-{run}-write");
        _readStore = new ParquetBarStore(new BlobObjectStore(_readContainer));
        _writeStore = new ParquetBarStore(new BlobObjectStore(_writeContainer));
        Task.WhenAll(_bars.Select(series => _readStore.WriteAsync(series, "synthetic"))).GetAwaiter().GetResult();
        var bytes = _readStore.Objects.ListAsync(ParquetBarStore.Prefix).GetAwaiter().GetResult().Sum(o => o.Length);
        Console.WriteLine(
            $"// inputs: {_symbols.Length} symbols x {sessions.Length} sessions, {bytes:N0} bytes in container {_readContainer.Name}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _readContainer?.DeleteIfExists();
        _writeContainer?.DeleteIfExists();
        if (_azurite is not null)
        {
            _azurite.Kill(entireProcessTree: true);
            _azurite.WaitForExit();
            _azurite.Dispose();
        }

        if (_azuriteFolder is not null && Directory.Exists(_azuriteFolder))
            Directory.Delete(_azuriteFolder, recursive: true);
    }

    /// <summary>Reads the 300 symbols one after the other.</summary>
    [Benchmark(Description = "blob: read 300 x 10y, sequential")]
    public async Task<BarSeries[]> ReadSequential()
    {
        var result = new BarSeries[_symbols.Length];
        for (var i = 0; i < _symbols.Length; i++)
            result[i] = await _readStore.ReadAsync(_symbols[i]) ?? throw new InvalidOperationException($"{_symbols[i]} missing");
        return result;
    }

    /// <summary>Reads the 300 symbols concurrently, as <c>MarketSnapshot.LoadAsync</c> does.</summary>
    [Benchmark(Description = "blob: read 300 x 10y, WhenAll")]
    public async Task<BarSeries?[]> ReadConcurrent() =>
        await Task.WhenAll(_symbols.Select(symbol => _readStore.ReadAsync(symbol)));

    /// <summary>Reads the manifest of the 300 symbols (what <c>data status</c> needs).</summary>
    [Benchmark(Description = "blob: manifest of 300")]
    public async Task<int> ReadManifest() => (await _readStore.ReadManifestAsync()).Entries.Count;

    /// <summary>Writes (replaces) the 300 symbols concurrently, each followed by its manifest update.</summary>
    [Benchmark(Description = "blob: write 300 x 10y, WhenAll")]
    public async Task<int> WriteConcurrent()
    {
        await Task.WhenAll(_bars.Select(series => _writeStore.WriteAsync(series, "synthetic")));
        return _bars.Count;
    }

    private string StartAzurite()
    {
        var executable = FindAzurite();
        if (executable is null)
        {
            const string Message =
                "BlobBarStoreBenchmarks skipped: Azurite is not reachable. Set ALCHEMISER_TEST_AZURITE to a running " +
                "Azurite's connection string, or install it with `bash scripts/test.sh` (into .tools/).";
            Console.WriteLine(Message);
            throw new InvalidOperationException(Message);
        }

        _azuriteFolder = Directory.CreateTempSubdirectory("alchemiser-bench-azurite-").FullName;
        int[] ports = [FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(CultureInfo.InvariantCulture),
            "--location", _azuriteFolder, "--skipApiVersionCheck", "--loose", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _azurite = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        _azurite.OutputDataReceived += (_, _) => { };
        _azurite.ErrorDataReceived += (_, _) => { };
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var probe = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ports[0]}/devstoreaccount1?comp=list"));
        while (true)
        {
            try
            {
                using var response = http.GetAsync(probe).GetAwaiter().GetResult();
                break;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                if (_azurite.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    var message = $"BlobBarStoreBenchmarks skipped: Azurite ({executable}) did not answer on 127.0.0.1:{ports[0]}";
                    Console.WriteLine(message);
                    throw new InvalidOperationException(message, ex);
                }

                Thread.Sleep(200);
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;");
    }

    private static string? FindAzurite()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
                {
                    var path = Path.Combine(dir.FullName, ".tools", "node_modules", ".bin", "azurite");
                    if (File.Exists(path))
                        return path;
                    break;
                }
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
