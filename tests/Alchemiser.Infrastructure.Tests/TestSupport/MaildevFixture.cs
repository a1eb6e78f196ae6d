using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Alchemiser.Infrastructure.Tests.TestSupport;

[assembly: AssemblyFixture(typeof(MaildevFixture))]

namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>
/// maildev for the whole test assembly. <c>scripts/test.sh</c> starts it and passes its addresses as
/// <c>ALCHEMISER_TEST_MAILDEV</c> (<c>smtp=127.0.0.1:PORT;web=http://127.0.0.1:PORT</c>); without that variable the
/// fixture starts <c>.tools/maildev/node_modules/.bin/maildev</c> itself (free ports on 127.0.0.1) on first use and
/// stops it at the end. When neither is possible, every test that needs it fails with the way to fix it.
/// </summary>
public sealed class MaildevFixture : IAsyncDisposable
{
    /// <summary>The variable that carries a running maildev's addresses.</summary>
    public const string Variable = "ALCHEMISER_TEST_MAILDEV";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private MaildevClient? _client;
    private Process? _process;

    /// <summary>The running maildev, starting it when needed.</summary>
    /// <exception cref="InvalidOperationException">maildev is neither running nor installed.</exception>
    public async Task<MaildevClient> GetClientAsync()
    {
        if (_client is not null)
            return _client;
        await _startLock.WaitAsync();
        try
        {
            _client ??= Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given
                ? Parse(given)
                : await StartAsync();
            return _client;
        }
        finally
        {
            _startLock.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);

        _client?.Dispose();
        _startLock.Dispose();
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (just released).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static MaildevClient Parse(string value)
    {
        string? smtp = null, web = null;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0] == "smtp")
                smtp = pair[1];
            else if (pair.Length == 2 && pair[0] == "web")
                web = pair[1];
        }

        if (smtp?.Split(':') is not [var host, var port] || web is null || !int.TryParse(port, CultureInfo.InvariantCulture, out var smtpPort))
            throw new InvalidOperationException($"{Variable} must look like smtp=127.0.0.1:PORT;web=http://127.0.0.1:PORT, not '{value}'");
        return new MaildevClient(host, smtpPort, new Uri(web));
    }

    private async Task<MaildevClient> StartAsync()
    {
        var executable = FindMaildev() ?? throw new InvalidOperationException(
            $"maildev is needed by the SMTP tests and is not available: run `bash scripts/test.sh` (it installs maildev into " +
            $".tools/maildev/ and starts it), or set {Variable} to smtp=HOST:PORT;web=URL of a running maildev.");
        int smtpPort = FreePort(), webPort = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--smtp", smtpPort.ToString(CultureInfo.InvariantCulture), "--web", webPort.ToString(CultureInfo.InvariantCulture),
            "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var client = new MaildevClient("127.0.0.1", smtpPort, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{webPort}")));
        var deadline = Stopwatch.StartNew();
        while (!await client.IsHealthyAsync())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"maildev ({executable}) exited with code {_process.ExitCode} while starting");
            if (deadline.Elapsed > StartTimeout)
                throw new InvalidOperationException($"maildev ({executable}) did not answer on 127.0.0.1:{webPort} within {StartTimeout.TotalSeconds} s");
            await Task.Delay(200);
        }

        return client;
    }

    private static string? FindMaildev()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
            {
                var path = Path.Combine(dir.FullName, ".tools", "maildev", "node_modules", ".bin", OperatingSystem.IsWindows() ? "maildev.cmd" : "maildev");
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
