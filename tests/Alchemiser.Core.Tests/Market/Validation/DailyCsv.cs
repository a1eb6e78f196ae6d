using System.Globalization;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market.Validation;

/// <summary>Reads the shared daily closes (<c>Date,Close</c>, one file per ticker) into close-only
/// <see cref="BarSeries"/>. An empty close becomes NaN (a missing price), as the validator expects.</summary>
internal static class DailyCsv
{
    /// <summary>Every <c>*.csv</c> of <see cref="SharedData.DailyFolder"/>, by symbol; skips the calling test when
    /// the folder is absent.</summary>
    public static IReadOnlyDictionary<Symbol, BarSeries> RequireAll()
    {
        var folder = SharedData.DailyFolder;
        Assert.SkipWhen(
            folder is null,
            "Shared data not found: expected ../shared/data/daily/ beside the repository root "
            + $"({SharedData.RepositoryRoot ?? "no checkout above " + AppContext.BaseDirectory}).");
        return Cache.Value;
    }

    private static readonly Lazy<IReadOnlyDictionary<Symbol, BarSeries>> Cache = new(LoadAll);

    private static Dictionary<Symbol, BarSeries> LoadAll() =>
        Directory.EnumerateFiles(SharedData.DailyFolder!, "*.csv")
            .Select(Read)
            .ToDictionary(series => series.Symbol);

    public static BarSeries Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var dates = new List<DateOnly>(lines.Length);
        var closes = new List<double>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            if (line.IsEmpty)
                continue;
            var comma = line.IndexOf(',');
            dates.Add(DateOnly.ParseExact(line[..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            var close = line[(comma + 1)..];
            closes.Add(close.IsEmpty ? double.NaN : double.Parse(close, CultureInfo.InvariantCulture));
        }
        return new BarSeries(Symbol.Parse(Path.GetFileNameWithoutExtension(path)), [.. dates], [.. closes]);
    }
}
