using System.Collections.Concurrent;
using System.Globalization;
using Alchemiser.Core.Indicators;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Market;

/// <summary>
/// Closes of many symbols on one axis of sessions, ready for evaluation. By default the sessions are the union of
/// the bars' dates; pass the exchange calendar's sessions to make gaps visible.
/// </summary>
/// <threadsafety>Immutable after creation; the indicator cache is thread-safe, so strategies may evaluate in parallel.</threadsafety>
public sealed class PriceBook
{
    private readonly DateOnly[] _sessions;
    private readonly Dictionary<Symbol, PriceSeries> _series;
    private readonly ConcurrentDictionary<(int Symbol, IndicatorSpec Spec), double[]> _indicators = new();

    private PriceBook(DateOnly[] sessions, Dictionary<Symbol, PriceSeries> series)
    {
        _sessions = sessions;
        _series = series;
    }

    /// <summary>The sessions, oldest first.</summary>
    public IReadOnlyList<DateOnly> Sessions => _sessions;

    /// <summary>The symbols held, in ordinal order.</summary>
    public IEnumerable<Symbol> Symbols => _series.Keys.Order();

    /// <summary>Builds a book from bar series; bars dated outside <paramref name="sessions"/> (when given) are ignored.</summary>
    /// <param name="bars">One series per symbol.</param>
    /// <param name="sessions">The session axis; default: the union of the bars' dates.</param>
    /// <param name="flagged">Bars that failed validation: their closes are withheld, so a strategy that needs one
    /// fails closed (DSL021) with the check and detail in its message instead of trading on a suspect price.</param>
    public static PriceBook Create(IEnumerable<BarSeries> bars, IEnumerable<DateOnly>? sessions = null, IEnumerable<BarIssue>? flagged = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var all = bars.ToList();
        var axis = (sessions ?? all.SelectMany(b => b.Dates)).Distinct().Order().ToArray();
        var withheld = (flagged ?? []).ToLookup(issue => issue.Symbol);
        var series = new Dictionary<Symbol, PriceSeries>(all.Count);
        foreach (var bar in all)
            series[bar.Symbol] = Align(bar, axis, series.Count, withheld[bar.Symbol]);
        return new PriceBook(axis, series);
    }

    /// <summary>The series of <paramref name="symbol"/>, if the book has any bars for it.</summary>
    public bool TryGetSeries(Symbol symbol, out PriceSeries series) => _series.TryGetValue(symbol, out series!);

    /// <summary>Index of the last session on or before <paramref name="date"/>, or −1 when the book starts later.</summary>
    public int IndexOnOrBefore(DateOnly date)
    {
        var index = Array.BinarySearch(_sessions, date);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Indicator values of a symbol's closes per session (NaN before enough points); computed once.</summary>
    internal double[] TickerIndicator(PriceSeries series, IndicatorSpec spec) =>
        _indicators.GetOrAdd((series.Index, spec), static (key, s) => ComputeTickerIndicator(s, key.Spec), series);

    private static double[] ComputeTickerIndicator(PriceSeries series, IndicatorSpec spec)
    {
        var values = new double[series.Closes.Length];
        Array.Fill(values, double.NaN);
        if (series.First < values.Length)
            IndicatorKernels.Compute(spec, series.Closes.AsSpan(series.First), values.AsSpan(series.First));
        return values;
    }

    private static PriceSeries Align(BarSeries bars, DateOnly[] axis, int index, IEnumerable<BarIssue> withheld)
    {
        var closes = new double[axis.Length];
        Array.Fill(closes, double.NaN);
        var problems = new Dictionary<int, string>();
        var first = axis.Length;
        var cursor = 0;
        for (var i = 0; i < bars.Count; i++)
        {
            while (cursor < axis.Length && axis[cursor] < bars.Dates[i])
                cursor++;
            if (cursor == axis.Length)
                break;
            if (axis[cursor] != bars.Dates[i])
                continue;
            first = Math.Min(first, cursor);
            var close = bars.Close[i];
            if (double.IsFinite(close) && close > 0)
                closes[cursor] = close;
            else
                problems[cursor] = string.Create(CultureInfo.InvariantCulture, $"non-positive or invalid close {close}");
        }
        foreach (var issue in withheld)
        {
            var t = Array.BinarySearch(axis, issue.Date);
            if (t < 0 || t < first)
                continue;
            closes[t] = double.NaN;
            problems[t] = $"flagged by validation ({issue.Check}): {issue.Detail}";
        }
        return new PriceSeries(bars.Symbol, index, closes, first, problems);
    }
}
