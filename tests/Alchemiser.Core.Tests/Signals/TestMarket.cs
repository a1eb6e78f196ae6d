using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>Small price books for evaluator tests: every series ends on the same last day (weekdays ending on
/// <see cref="LastDay"/>), so a series of three closes covers the last three days.</summary>
internal static class TestMarket
{
    public static readonly DateOnly LastDay = new(2026, 3, 5);

    public static PriceBook Book(params (string Ticker, double[] Closes)[] series)
    {
        var length = series.Max(s => s.Closes.Length);
        var days = Weekdays(length);
        var bars = series.Select(s =>
            new BarSeries(Symbol.Parse(s.Ticker), days[(length - s.Closes.Length)..], s.Closes));
        return PriceBook.Create(bars);
    }

    public static DateOnly[] Weekdays(int count)
    {
        var days = new List<DateOnly>();
        for (var day = LastDay; days.Count < count; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                days.Add(day);
        }
        days.Reverse();
        return [.. days];
    }

    public static StrategyDefinition Strategy(string body)
    {
        var result = StrategyLoader.Load(new SourceText("test.clj", $"(defsymphony \"Test\" {{}}\n  {body})"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Strategy!;
    }

    public static StrategyResult Evaluate(string body, PriceBook book, DateOnly? asOf = null) =>
        new StrategyEvaluator(Strategy(body), book).Evaluate(asOf ?? book.Sessions[^1]);

    public static void AssertAllocation(StrategyResult result, params (string Ticker, double Weight)[] expected)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        var actual = result.Allocation!.Select(h => (h.Symbol.Value, h.Weight)).ToList();
        Assert.Equal(expected.Select(e => e.Ticker).Order(StringComparer.Ordinal), actual.Select(a => a.Value));
        foreach (var (ticker, weight) in expected)
            Assert.Equal(weight, result.Allocation!.WeightOf(Symbol.Parse(ticker)), 1e-9);
    }
}
