using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Tests.TestSupport;

namespace Alchemiser.Infrastructure.Tests.Simulation;

/// <summary>The generated market behaves like the asset classes it imitates.</summary>
public sealed partial class SyntheticMarketTests
{
    private static readonly Lazy<Dictionary<string, BarSeries>> TwelveYears = new(() =>
        new SyntheticMarket()
            .Generate(
                Symbols("SPY", "QQQ", "TQQQ", "SQQQ", "SPXL", "SPXS", "TMF", "TLT", "AGG", "BIL", "SGOV", "GLD",
                    "UVXY", "SVXY", "VIXM", "XLK", "SOXX", "NEWCO"),
                Sessions.Weekdays(Start, 12 * 252))
            .ToDictionary(s => s.Symbol.Value));

    [Theory]
    [InlineData("TQQQ", "QQQ", 3.0)]
    [InlineData("SQQQ", "QQQ", -3.0)]
    [InlineData("SPXL", "SPY", 3.0)]
    [InlineData("SPXS", "SPY", -3.0)]
    [InlineData("TMF", "TLT", 3.0)]
    public void Leveraged_DailyReturn_IsLeverageTimesUnderlyingLessSmallCost(
        string product, string underlying, double leverage)
    {
        var lev = Returns(TwelveYears.Value[product]);
        var und = Returns(TwelveYears.Value[underlying]);

        var shortfall = Enumerable.Range(0, lev.Length).Select(t => (leverage * und[t]) - lev[t]).ToArray();

        // Fee plus financing: under 0.1% a day, never a gain.
        Assert.All(shortfall, s => Assert.InRange(s, 0, 0.001));
        Assert.InRange(shortfall.Average() * 252, 0.005, 0.08);
    }

    [Fact]
    public void Inverse_MovesOppositeToUnderlying()
    {
        var sqqq = Returns(TwelveYears.Value["SQQQ"]);
        var qqq = Returns(TwelveYears.Value["QQQ"]);

        for (var t = 0; t < qqq.Length; t++)
        {
            if (Math.Abs(qqq[t]) > 0.001)
                Assert.True(Math.Sign(sqqq[t]) == -Math.Sign(qqq[t]), $"day {t}: QQQ {qqq[t]}, SQQQ {sqqq[t]}");
        }
    }

    [Fact]
    public void Leveraged_LongRun_ShowsVolatilityDrag()
    {
        var qqq = TwelveYears.Value["QQQ"].Close;
        var tqqq = TwelveYears.Value["TQQQ"].Close;
        var sqqq = TwelveYears.Value["SQQQ"].Close;
        var qqqGrowth = Math.Log(qqq[^1] / qqq[0]);

        // Both 3x and -3x lose against their naive multiple of the underlying's log growth.
        Assert.True(Math.Log(tqqq[^1] / tqqq[0]) < 3 * qqqGrowth);
        Assert.True(Math.Log(sqqq[^1] / sqqq[0]) < -3 * qqqGrowth);
    }

    [Fact]
    public void VolatilityEtp_CalmHalfYears_Decays()
    {
        var spy = TwelveYears.Value["SPY"].Close;
        var uvxy = TwelveYears.Value["UVXY"].Close;
        var svxy = TwelveYears.Value["SVXY"].Close;
        const int window = 126;
        var calm = 0;
        for (var start = 0; start + window < spy.Length; start += 21)
        {
            if (MaxDrawdown(spy.AsSpan(start, window + 1)) > 0.05)
                continue;
            calm++;
            Assert.True(uvxy[start + window] < 0.85 * uvxy[start], $"UVXY did not decay from session {start}");
            Assert.True(svxy[start + window] > svxy[start], $"SVXY did not gain from session {start}");
        }

        Assert.True(calm >= 3, $"only {calm} calm windows");
    }

    [Fact]
    public void VolatilityEtp_WorstEquityDays_Spikes()
    {
        var spy = Returns(TwelveYears.Value["SPY"]);
        var uvxy = Returns(TwelveYears.Value["UVXY"]);
        var worst = Enumerable.Range(0, spy.Length).OrderBy(t => spy[t]).Take(30).ToArray();

        var up = worst.Count(t => uvxy[t] > 0);

        Assert.True(up >= 27, $"UVXY rose on {up} of the 30 worst SPY days");
        Assert.True(worst.Average(t => uvxy[t]) > 0.05);
    }

    [Theory]
    [InlineData("SPY", 0.10, 0.24)]
    [InlineData("XLK", 0.15, 0.35)]
    [InlineData("SOXX", 0.22, 0.45)]
    [InlineData("AGG", 0.03, 0.08)]
    [InlineData("TLT", 0.10, 0.20)]
    [InlineData("GLD", 0.10, 0.22)]
    [InlineData("BIL", 0.0, 0.005)]
    public void AnnualVolatility_MatchesAssetClass(string ticker, double min, double max)
    {
        var r = Returns(TwelveYears.Value[ticker]);
        var mean = r.Average();

        var vol = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / (r.Length - 1) * 252);

        Assert.InRange(vol, min, max);
    }

    [Theory]
    [InlineData("BIL")]
    [InlineData("SGOV")]
    public void TBills_NearlyFlatSlowlyRising(string ticker)
    {
        var close = TwelveYears.Value[ticker].Close;

        Assert.All(Returns(TwelveYears.Value[ticker]), r => Assert.InRange(r, -0.0005, 0.001));
        Assert.InRange(Math.Pow(close[^1] / close[0], 1.0 / 12) - 1, 0.01, 0.05);
    }

    [Fact]
    public void Equities_ShareTheMarketFactor()
    {
        Assert.True(Correlation("SPY", "QQQ") > 0.8);
        Assert.True(Correlation("SPY", "NEWCO") > 0.3);
        Assert.InRange(Correlation("SPY", "TLT"), -0.5, 0.1);
        Assert.InRange(Correlation("SPY", "BIL"), -0.1, 0.1);
    }

    [Fact]
    public void Catalogue_LeveragedUnderlyingsHaveTheirOwnPath()
    {
        foreach (var (key, asset) in SyntheticCatalogue.All)
        {
            if (asset is LeveragedAsset lev)
            {
                Assert.True(SyntheticCatalogue.Contains(lev.Underlying), $"{key}: unknown underlying {lev.Underlying}");
                Assert.IsNotType<LeveragedAsset>(SyntheticCatalogue.Find(lev.Underlying));
            }
            else if (asset is BaseAsset b)
            {
                Assert.True((b.EquityLoading * b.EquityLoading) + (b.RatesLoading * b.RatesLoading) <= 1, key);
            }
        }
    }

    private static double Correlation(string a, string b)
    {
        var x = Returns(TwelveYears.Value[a]);
        var y = Returns(TwelveYears.Value[b]);
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Returns(BarSeries bars) =>
        Enumerable.Range(1, bars.Count - 1).Select(t => (bars.Close[t] / bars.Close[t - 1]) - 1).ToArray();

    private static double MaxDrawdown(ReadOnlySpan<double> prices)
    {
        double peak = prices[0], worst = 0;
        foreach (var p in prices)
        {
            peak = Math.Max(peak, p);
            worst = Math.Max(worst, 1 - (p / peak));
        }

        return worst;
    }
}
