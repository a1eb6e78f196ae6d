using System.Globalization;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>
/// Reads the shared daily closes (<c>Date,Close</c> CSV files in <see cref="SharedData.DailyFolder"/>) into
/// <see cref="BarSeries"/>, and builds a <see cref="PriceBook"/> on the NYSE sessions they span.
/// </summary>
internal static class SharedCloses
{
    /// <summary>Parses one <c>Date,Close</c> file; throws with <c>file:line</c> on a malformed row.</summary>
    public static BarSeries Read(Symbol symbol, string path)
    {
        var dates = new List<DateOnly>();
        var closes = new List<double>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
                continue;
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0
                || !DateOnly.TryParseExact(line.AsSpan(0, comma), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !double.TryParse(line.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var close))
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'yyyy-MM-dd,close', got '{line}'");
            }
            dates.Add(date);
            closes.Add(close);
        }
        return new BarSeries(symbol, [.. dates], [.. closes]);
    }

    /// <summary>
    /// A book of the given symbols on the NYSE sessions from the earliest first close (but not before
    /// <see cref="NyseCalendar.MinDate"/>, where the calendar starts) to the latest last close. Bars before that
    /// are ignored, which only shifts where recursive indicators start. Skips the calling test when a file is
    /// absent.
    /// </summary>
    public static PriceBook Book(IEnumerable<Symbol> symbols)
    {
        var bars = symbols.Distinct().Select(s => Read(s, SharedData.RequireDailyFile(FileName(s)))).ToList();
        var first = bars.Min(b => b.FirstDate!.Value);
        var last = bars.Max(b => b.LastDate!.Value);
        if (first < NyseCalendar.MinDate)
            first = NyseCalendar.MinDate;
        return PriceBook.Create(bars, NyseCalendar.TradingDays(first, last));
    }

    /// <summary>The file name of a symbol: <c>BRK/B</c> is stored as <c>BRK.B</c>.</summary>
    private static string FileName(Symbol symbol) => symbol.Value.Replace('/', '.');
}
