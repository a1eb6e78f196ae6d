using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market.Validation;

public sealed class LeveragedProductsTests
{
    [Theory]
    [InlineData("SOXS", "SOXX", -3)]
    [InlineData("TQQQ", "QQQ", 3)]
    [InlineData("SH", "SPY", -1)]
    [InlineData("UVXY", "^VIXST", 1.5)]
    [InlineData("SVXY", "^VIXST", -0.5)]
    [InlineData("JDST", "^GDXJ", -2)]
    public void Find_KnownFund_GivesUnderlyingAndLeverage(string fund, string underlying, double leverage)
    {
        var product = LeveragedProducts.Find(Symbol.Parse(fund));

        Assert.NotNull(product);
        Assert.Equal(underlying, product.Underlying);
        Assert.Equal(leverage, product.Leverage);
        Assert.Equal(leverage, LeveragedProducts.LeverageOf(Symbol.Parse(fund)));
    }

    [Fact]
    public void LeverageOf_PlainSymbol_IsOne()
    {
        Assert.Null(LeveragedProducts.Find(Symbol.Parse("MSFT")));
        Assert.Equal(1.0, LeveragedProducts.LeverageOf(Symbol.Parse("MSFT")));
        Assert.Empty(LeveragedProducts.SiblingsOf(Symbol.Parse("MSFT")));
    }

    [Theory]
    [InlineData("SOXS", "SOXL:3 SOXX:1")]
    [InlineData("SOXX", "SOXL:3 SOXS:-3")]
    [InlineData("SPY", "SDS:-2 SH:-1 SPXL:3 SPXS:-3 SPXU:-3 SPYU:4 SSO:2 UPRO:3")]
    [InlineData("VIXY", "SVIX:-1 SVXY:-0.5 UVIX:2 UVXY:1.5 VIXM:0.5 VXX:1")]
    [InlineData("JDST", "")]
    [InlineData("GUSH", "DRIP:-2")]
    public void SiblingsOf_Symbol_AreItsUnderlyingAndTheFundsOnIt(string symbol, string expected)
    {
        var siblings = LeveragedProducts.SiblingsOf(Symbol.Parse(symbol))
            .Select(p => FormattableString.Invariant($"{p.Symbol}:{p.Leverage}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(' ', siblings));
    }

    [Fact]
    public void IsVolatility_VixFundsOnly()
    {
        Assert.True(LeveragedProducts.IsVolatility(Symbol.Parse("UVXY")));
        Assert.True(LeveragedProducts.IsVolatility(Symbol.Parse("SVIX")));
        Assert.False(LeveragedProducts.IsVolatility(Symbol.Parse("TQQQ")));
        Assert.False(LeveragedProducts.IsVolatility(Symbol.Parse("SPY")));
    }

    [Fact]
    public void All_EveryFundOnceWithNonZeroLeverageOnAPlainUnderlying()
    {
        Assert.Equal(LeveragedProducts.All.Count, LeveragedProducts.All.Select(p => p.Symbol).Distinct().Count());
        Assert.All(LeveragedProducts.All, p =>
        {
            Assert.NotEqual(0, p.Leverage);
            Assert.NotEqual(p.Symbol.Value, p.Underlying);
            Assert.False(
                Symbol.TryParse(p.Underlying, out var underlying) && LeveragedProducts.Find(underlying) is not null,
                $"{p.Symbol}'s underlying {p.Underlying} is itself a fund in the table");
        });
    }

    [Fact]
    public void All_SharedData_LeverageMatchesTheRegressionOnTheUnderlying()
    {
        var all = DailyCsv.RequireAll();
        var checkedFunds = 0;
        var failures = new List<string>();
        foreach (var product in LeveragedProducts.All)
        {
            if (!Symbol.TryParse(product.Underlying, out var underlying)
                || !all.TryGetValue(product.Symbol, out var fund)
                || !all.TryGetValue(underlying, out var index))
            {
                continue;
            }
            var slope = Slope(fund, index, lastDays: 250);
            checkedFunds++;
            if (Math.Abs(slope - product.Leverage) > 0.15 * Math.Abs(product.Leverage))
                failures.Add(FormattableString.Invariant($"{product.Symbol}: slope {slope:F2} on {underlying}, table {product.Leverage}"));
        }

        Assert.True(checkedFunds > 60, $"only {checkedFunds} funds have their underlying in the data");
        Assert.Empty(failures);
    }

    /// <summary>The least-squares slope of the fund's daily returns on the underlying's over their last common
    /// days.</summary>
    private static double Slope(BarSeries fund, BarSeries underlying, int lastDays)
    {
        var index = new Dictionary<DateOnly, int>();
        for (var i = 0; i < underlying.Count; i++)
            index[underlying.Dates[i]] = i;
        var pairs = new List<(double X, double Y)>();
        for (var i = fund.Count - 1; i > 0 && pairs.Count < lastDays; i--)
        {
            if (index.TryGetValue(fund.Dates[i], out var j) && j > 0 && underlying.Dates[j - 1] == fund.Dates[i - 1])
            {
                pairs.Add(((underlying.Close[j] / underlying.Close[j - 1]) - 1, (fund.Close[i] / fund.Close[i - 1]) - 1));
            }
        }
        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        return pairs.Sum(p => (p.X - mx) * (p.Y - my)) / pairs.Sum(p => (p.X - mx) * (p.X - mx));
    }
}
