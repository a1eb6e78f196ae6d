using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Alchemiser.Cli.Hosting;

namespace Alchemiser.Cli.Tests;

/// <summary>
/// The built command line (<c>alchemiser.dll</c>, copied beside the test assembly by the project reference) run as a
/// real child process: <c>dotnet alchemiser.dll ARGS</c> over a given home, with the strategies shipped beside it, a
/// 3 s execution visibility timeout and an environment cleared of every Alpaca and Alchemiser setting of the parent.
/// </summary>
internal sealed class ChildCli : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<string> _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildCli(Process process) => _process = process;

    /// <summary>Every line written so far, standard output and error interleaved.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>Starts <c>alchemiser ARGS</c> over <paramref name="home"/>; <paramref name="pauseAt"/> sets the test-only pause hook.</summary>
    public static ChildCli Start(string home, string? pauseAt, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "alchemiser.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("ALPACA_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ALCHEMISER_", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(name);
        }
        start.Environment[AlchemiserPaths.HomeVariable] = home;
        start.Environment[AlchemiserPaths.StrategiesVariable] = Path.Combine(AppContext.BaseDirectory, "strategies");
        start.Environment["ALCHEMISER_EXECUTION_VISIBILITY_SECONDS"] = "3";
        if (pauseAt is not null)
            start.Environment[TestPause.Variable] = pauseAt;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildCli(process);
        process.OutputDataReceived += (_, e) => child.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => child.Receive(e.Data);
        process.Exited += (_, _) => child._paused.TrySetException(new InvalidOperationException("the process exited without pausing"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs <c>alchemiser ARGS</c> to the end and asserts it succeeded.</summary>
    public static async Task RunToSuccessAsync(string home, CancellationToken cancellationToken, params string[] args)
    {
        using var child = Start(home, null, args);
        var exit = await child.WaitForExitAsync(cancellationToken);
        Assert.True(exit == 0, $"alchemiser {string.Join(' ', args)} exited with {exit}:\n{child.Output}");
    }

    /// <summary>Waits for the <c>PAUSED</c> line of the pause hook (at most 2 minutes) and returns it.</summary>
    public async Task<string> WaitForPauseAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _paused.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            Assert.Fail($"no PAUSED line: {ex.Message}\n{Output}");
            throw;
        }
    }

    /// <summary>SIGKILL (on Linux, <see cref="Process.Kill(bool)"/> sends it), then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>Waits for the exit (at most 3 minutes, then the process is killed) and returns its code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);
        }
        catch (TimeoutException)
        {
            await KillAsync();
            Assert.Fail($"the process did not finish within 3 minutes (a hang):\n{Output}");
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
            return;
        _lines.Enqueue(line);
        if (line.StartsWith("PAUSED ", StringComparison.Ordinal))
            _paused.TrySetResult(line["PAUSED ".Length..]);
    }

    /// <summary>The <c>dotnet</c> host that runs these tests (the muxer beside the runtime), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
            return self;
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return File.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : name;
    }
}
