using System.Globalization;

namespace Alchemiser.Core.Tests;

/// <summary>
/// Locates the shared reference data (real daily closes) that sits beside the repository in <c>../shared/data</c>.
/// A fresh clone has no such folder; tests that need it call <see cref="RequireDailyFile"/> and are skipped with
/// the reason shown, rather than passing silently or failing.
/// </summary>
internal static class SharedData
{
    private const string SolutionFile = "Alchemiser.sln";

    /// <summary>The repository root (the folder holding the solution), or <see langword="null"/> when the tests
    /// run outside a checkout.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot(AppContext.BaseDirectory);

    /// <summary>The folder of daily CSV files (<c>Date,Close</c>), or <see langword="null"/> when it is
    /// absent.</summary>
    public static string? DailyFolder { get; } = FindDailyFolder();

    /// <summary>The path of <c>{ticker}.csv</c> in <see cref="DailyFolder"/>; skips the calling test when the file
    /// is absent.</summary>
    public static string RequireDailyFile(string ticker)
    {
        var path = DailyFolder is null ? null : Path.Combine(DailyFolder, ticker + ".csv");
        Assert.SkipWhen(
            path is null || !File.Exists(path),
            $"Shared data {ticker}.csv not found: expected ../shared/data/daily/ beside the repository root "
            + $"({RepositoryRoot ?? "no " + SolutionFile + " above " + AppContext.BaseDirectory}).");
        return path!;
    }

    /// <summary>Reads the <c>Date</c> column of a daily CSV file, in file order.</summary>
    public static IReadOnlyList<DateOnly> ReadDates(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)])
            .Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        }
        return null;
    }

    private static string? FindDailyFolder()
    {
        if (RepositoryRoot is null)
            return null;
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "daily"));
        return Directory.Exists(folder) ? folder : null;
    }
}
