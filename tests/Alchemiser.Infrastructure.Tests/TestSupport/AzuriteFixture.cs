using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Azure.Core;
using Azure.Storage.Blobs;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>
/// Azurite for the whole test assembly. <c>scripts/test.sh</c> starts it and passes its connection string as
/// <c>ALCHEMISER_TEST_AZURITE</c>; without that variable the fixture starts <c>.tools/node_modules/.bin/azurite</c> itself
/// (free ports on 127.0.0.1, a temporary data folder) on first use and stops it at the end. When neither is possible,
/// every test that needs it fails with the way to fix it: integration tests never skip silently.
/// </summary>
public sealed class AzuriteFixture : IAsyncDisposable
{
    /// <summary>The variable that carries a running Azurite's connection string.</summary>
    public const string Variable = "ALCHEMISER_TEST_AZURITE";

    // Azurite's well-known development account: public, not a secret.
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly string _runId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];
    private int _containers;
    private string? _connectionString;
    private Process? _process;
    private string? _location;

    /// <summary>The connection string of the running Azurite, starting it when needed.</summary>
    /// <exception cref="InvalidOperationException">Azurite is neither running nor installed.</exception>
    public async Task<string> GetConnectionStringAsync()
    {
        if (_connectionString is not null)
            return _connectionString;
        await _startLock.WaitAsync();
        try
        {
            _connectionString ??= Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given
                ? given
                : await StartAsync();
            return _connectionString;
        }
        finally
        {
            _startLock.Release();
        }
    }

    /// <summary>A client of a new, uniquely named container (created); delete it when done.</summary>
    public async Task<BlobContainerClient> CreateContainerAsync(bool create = true)
    {
        var name = string.Create(
            CultureInfo.InvariantCulture, $"test-{_runId}-{Interlocked.Increment(ref _containers)}");
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        var container = new BlobContainerClient(await GetConnectionStringAsync(), name, options);
        if (create)
            await container.CreateAsync();
        return container;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);

        if (_location is not null && Directory.Exists(_location))
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        _startLock.Dispose();
    }

    private async Task<string> StartAsync()
    {
        var executable = FindAzurite() ?? throw new InvalidOperationException(
            $"Azurite is needed by the Blob storage tests and is not available: run `bash scripts/test.sh` (it installs " +
            $"Azurite into .tools/ and starts it), or set {Variable} to the connection string of a running Azurite.");
        _location = Directory.CreateTempSubdirectory("alchemiser-azurite-").FullName;
        int[] ports = [FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(CultureInfo.InvariantCulture),
            "--location", _location, "--skipApiVersionCheck", "--loose", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await AnswersAsync(ports[0]))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Azurite ({executable}) exited with code {_process.ExitCode} while starting");
            if (deadline.Elapsed > StartTimeout)
                throw new InvalidOperationException($"Azurite ({executable}) did not answer on 127.0.0.1:{ports[0]} within {StartTimeout.TotalSeconds} s");
            await Task.Delay(200);
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;");
    }

    private static string? FindAzurite()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
            {
                var path = Path.Combine(dir.FullName, ".tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
                return File.Exists(path) ? path : null;
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

    private static async Task<bool> AnswersAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(
                new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/devstoreaccount1?comp=list")));
            return true; // any HTTP answer (403 without a signature) means it is up
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
