using System.Diagnostics;

namespace Alchemiser.Benchmarks;

/// <summary>Locates the repository's inputs (strategies, scripts) and prepares generated ones.</summary>
internal static class BenchmarkInputs
{
    private const string SolutionFile = "Alchemiser.sln";

    /// <summary>The first session of the 10-year window the signal and storage benchmarks use.</summary>
    public static readonly DateOnly TenYearsFrom = new(2016, 1, 4);

    /// <summary>The last day of that window.</summary>
    public static readonly DateOnly TenYearsTo = new(2025, 12, 31);

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>Alchemiser.sln</c>, found by walking up from the benchmark's binaries.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The strategy library: <c>strategies/</c> at the repository root.</summary>
    public static string StrategiesFolder => Path.Combine(RepositoryRoot, "strategies");

    /// <summary>A scratch folder for this process under the system temp folder; the caller deletes it.</summary>
    public static string CreateScratchFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alchemiser-bench", $"{purpose}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Generates a symphony of about <paramref name="targetBytes"/> bytes with <c>scripts/GenerateLargeSymphony.cs</c>
    /// (seed 42, deterministic) into the temp folder, reusing an earlier output, and returns its path. The file is not
    /// committed: at 2 MB it would only bloat the history.
    /// </summary>
    public static string GenerateSymphony(long targetBytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alchemiser-bench", "generated");
        Directory.CreateDirectory(folder);
        var output = Path.Combine(folder, $"symphony-{targetBytes}-seed42.clj");
        if (File.Exists(output))
            return output;

        var partial = output + $".{Environment.ProcessId}.tmp";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["run", "scripts/GenerateLargeSymphony.cs", "--", partial, "--seed", "42",
                     "--target-bytes", targetBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(partial))
        {
            throw new InvalidOperationException(
                $"GenerateLargeSymphony.cs failed with exit code {process.ExitCode}: {stdout.Result}{stderr}");
        }

        File.Move(partial, output, overwrite: true);
        return output;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                return folder.FullName;
        }

        throw new InvalidOperationException(
            $"no folder containing {SolutionFile} above {AppContext.BaseDirectory}: run the benchmarks from the repository");
    }
}
