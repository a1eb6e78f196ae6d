using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Tests.TestSupport;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SyntheticMarketTests
{
    private static readonly DateOnly Start = new(2012, 1, 3);

    [Fact]
    public void Generate_SameSeed_SameBits()
    {
        var sessions = Sessions.Weekdays(Start, 800);
        var symbols = Symbols("SPY", "TQQQ", "UVXY", "BIL", "ZZZZ");

        var first = new SyntheticMarket(7).Generate(symbols, sessions);
        var second = new SyntheticMarket(7).Generate(symbols, sessions);

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
            AssertSameBits(first[i], second[i], first[i].Count);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentPaths()
    {
        var sessions = Sessions.Weekdays(Start, 100);

        var a = new SyntheticMarket(1).Generate(Symbols("SPY"), sessions)[0];
        var b = new SyntheticMarket(2).Generate(Symbols("SPY"), sessions)[0];

        Assert.NotEqual(a.Close, b.Close);
    }

    [Fact]
    public void Generate_DefaultSeed_IsTheDocumentedConstant() =>
        Assert.Equal(SyntheticMarket.DefaultSeed, new SyntheticMarket().Seed);

    [Fact]
    public void Generate_MoreSessions_OnlyAppends()
    {
        var longer = Sessions.Weekdays(Start, 1500);
        var shorter = longer[..1000];
        var symbols = Symbols("SPY", "SOXL", "SVXY", "TLT", "AGG", "UNKNOWN");

        var shortRun = new SyntheticMarket().Generate(symbols, shorter);
        var longRun = new SyntheticMarket().Generate(symbols, longer);

        for (var i = 0; i < shortRun.Count; i++)
            AssertSameBits(shortRun[i], longRun[i], 1000);
    }

    [Fact]
    public void Generate_OtherSymbolsRequested_PathUnchanged()
    {
        var sessions = Sessions.Weekdays(Start, 500);

        var alone = new SyntheticMarket().Generate(Symbols("TQQQ"), sessions)[0];
        var together = new SyntheticMarket().Generate(Symbols("SPY", "QQQ", "UVXY", "TQQQ"), sessions)[3];

        AssertSameBits(alone, together, 500);
    }

    [Fact]
    public void Generate_DuplicateSymbols_OneSeriesEach()
    {
        var result = new SyntheticMarket().Generate(Symbols("SPY", "QQQ", "SPY"), Sessions.Weekdays(Start, 5));

        Assert.Equal(["SPY", "QQQ"], result.Select(s => s.Symbol.Value));
    }

    [Fact]
    public void Generate_SessionsNotIncreasing_Throws()
    {
        DateOnly[] sessions = [new(2024, 1, 2), new(2024, 1, 4), new(2024, 1, 3)];

        var error = Assert.Throws<ArgumentException>(() => new SyntheticMarket().Generate(Symbols("SPY"), sessions));

        Assert.Contains("2024-01-03 follows 2024-01-04", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NoSessions_EmptySeries() =>
        Assert.Equal(0, new SyntheticMarket().Generate(Symbols("SPY"), []).Single().Count);

    [Fact]
    public void Generate_ThirtyYearsOfEveryCatalogueSymbol_FiniteConsistentBars()
    {
        var sessions = Sessions.Weekdays(new DateOnly(1996, 1, 2), 30 * 252);
        var symbols = SyntheticMarket.CatalogueSymbols.Append(Symbol.Parse("NEWCO")).ToArray();

        var result = new SyntheticMarket().Generate(symbols, sessions);

        Assert.Equal(symbols.Length, result.Count);
        foreach (var bars in result)
        {
            Assert.Equal(sessions, bars.Dates);
            for (var t = 0; t < bars.Count; t++)
            {
                double open = bars.Open![t], high = bars.High![t], low = bars.Low![t], close = bars.Close[t];
                var where = $"{bars.Symbol} {bars.Dates[t]}: O={open} H={high} L={low} C={close}";
                Assert.True(double.IsFinite(high) && low > 0, where);
                Assert.True(low <= open && low <= close && open <= high && close <= high, where);
                Assert.True(bars.Volume![t] > 0 && double.IsFinite(bars.Volume[t]), where);
            }
        }
    }

    [Fact]
    public void Generate_StartPrices_Plausible()
    {
        var result = new SyntheticMarket().Generate(Symbols("SPY", "BIL", "NEWCO"), Sessions.Weekdays(Start, 1));

        Assert.InRange(result[0].Close[0], 400, 500);
        Assert.InRange(result[1].Close[0], 90, 93);
        Assert.InRange(result[2].Close[0], 10, 250);
    }

    private static Symbol[] Symbols(params string[] tickers) => tickers.Select(Symbol.Parse).ToArray();

    private static void AssertSameBits(BarSeries expected, BarSeries actual, int count)
    {
        Assert.Equal(expected.Symbol, actual.Symbol);
        Assert.Equal(expected.Dates[..count], actual.Dates[..count]);
        foreach (var (e, a) in new[]
                 {
                     (expected.Open!, actual.Open!), (expected.High!, actual.High!), (expected.Low!, actual.Low!),
                     (expected.Close, actual.Close), (expected.Volume!, actual.Volume!),
                 })
        {
            Assert.Equal(
                e[..count].Select(BitConverter.DoubleToInt64Bits),
                a[..count].Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
