using Alchemiser.Core.Execution;
using CsCheck;

namespace Alchemiser.Core.Tests.Execution;

public sealed class PricingLadderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 20, 45, 0, TimeSpan.Zero);

    private static Quote At(decimal bid, decimal ask) => new(bid, ask, Now);

    [Theory]
    [InlineData("100.00", "100.10", OrderSide.Buy, 0, "100.05")]
    [InlineData("100.00", "100.10", OrderSide.Buy, 1, "100.07")]
    [InlineData("100.00", "100.10", OrderSide.Buy, 2, "100.09")]
    [InlineData("100.00", "100.10", OrderSide.Sell, 0, "100.05")]
    [InlineData("100.00", "100.10", OrderSide.Sell, 1, "100.03")]
    [InlineData("100.00", "100.10", OrderSide.Sell, 2, "100.01")]
    [InlineData("10.00", "10.01", OrderSide.Buy, 0, "10.00")]
    [InlineData("10.00", "10.01", OrderSide.Buy, 2, "10.00")]
    [InlineData("10.00", "10.01", OrderSide.Sell, 0, "10.01")]
    [InlineData("10.00", "10.01", OrderSide.Sell, 2, "10.01")]
    [InlineData("25.40", "25.40", OrderSide.Buy, 1, "25.40")]
    [InlineData("0.9000", "0.9050", OrderSide.Buy, 0, "0.90")]
    [InlineData("0.9000", "0.9050", OrderSide.Sell, 0, "0.91")]
    public void LimitFor_Table(string bid, string ask, OrderSide side, int step, string expected) =>
        Assert.Equal(decimal.Parse(expected), PricingLadder.LimitFor(At(decimal.Parse(bid), decimal.Parse(ask)), side, step));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void LimitFor_StepOutOfRange_Throws(int step) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PricingLadder.LimitFor(At(10m, 10.01m), OrderSide.Buy, step));

    [Fact]
    public void LimitFor_InvalidQuote_Throws() =>
        Assert.Throws<ArgumentException>(() => PricingLadder.LimitFor(At(10.02m, 10.01m), OrderSide.Buy, 0));

    [Theory]
    // mid₀ 100.05, cap 100 bps: BUY cap 101.0505, SELL cap 99.0495.
    [InlineData(OrderSide.Buy, "100.00", "100.10", "100.21")]   // ask 100.10 + 0.1001 = 100.2001, rounded up
    [InlineData(OrderSide.Buy, "100.90", "101.00", "101.05")]   // 101.101 → 101.11 is beyond the cap: 101.05
    [InlineData(OrderSide.Sell, "100.00", "100.10", "99.90")]   // bid 100.00 − 0.10
    [InlineData(OrderSide.Sell, "99.10", "99.20", "99.05")]     // 99.10 − 0.0991 = 99.0009 → 99.00 is beyond the cap: 99.05
    public void FinalLimitFor_Table(OrderSide side, string bid, string ask, string expected)
    {
        var price = PricingLadder.FinalLimitFor(100.05m, At(decimal.Parse(bid), decimal.Parse(ask)), side, Now);

        Assert.True(price.CanPlace);
        Assert.Equal(decimal.Parse(expected), price.Limit);
    }

    [Fact]
    public void FinalLimitFor_CheapStock_CrossesByOneCent() =>
        Assert.Equal(5.01m, PricingLadder.FinalLimitFor(4.995m, At(4.99m, 5.00m), OrderSide.Buy, Now).Limit);

    [Theory]
    [InlineData(OrderSide.Buy, "101.00", "101.06")]
    [InlineData(OrderSide.Sell, "99.04", "99.10")]
    public void FinalLimitFor_FarSideBeyondCap_RefusesWithPriceCap(OrderSide side, string bid, string ask) =>
        Assert.Equal(ExecutionReason.PriceCap, PricingLadder.FinalLimitFor(100.05m, At(decimal.Parse(bid), decimal.Parse(ask)), side, Now).Refusal);

    [Fact]
    public void FinalLimitFor_StaleOrInvalidFreshQuote_RefusesWithNoQuote()
    {
        Assert.Equal(ExecutionReason.NoQuote, PricingLadder.FinalLimitFor(100m, new Quote(100m, 100.1m, Now.AddSeconds(-11)), OrderSide.Buy, Now).Refusal);
        Assert.Equal(ExecutionReason.NoQuote, PricingLadder.FinalLimitFor(100m, At(0m, 100.1m), OrderSide.Sell, Now).Refusal);
    }

    [Fact]
    public void CheckFinal_MarketOrderMode_SameCapRule()
    {
        Assert.Equal(ExecutionReason.None, PricingLadder.CheckFinal(100m, At(100.5m, 101.00m), OrderSide.Buy, Now));
        Assert.Equal(ExecutionReason.PriceCap, PricingLadder.CheckFinal(100m, At(100.5m, 101.01m), OrderSide.Buy, Now));
        Assert.Equal(ExecutionReason.None, PricingLadder.CheckFinal(100m, At(99.00m, 99.5m), OrderSide.Sell, Now));
        Assert.Equal(ExecutionReason.PriceCap, PricingLadder.CheckFinal(100m, At(98.99m, 99.5m), OrderSide.Sell, Now));
    }

    [Fact]
    public void Settings_Invalid_Throw()
    {
        Assert.Throws<ArgumentException>(() => new PricingSettings([0.5m, 0.4m, 0.9m], 100, TimeSpan.FromSeconds(10), 5));
        Assert.Throws<ArgumentException>(() => new PricingSettings([0.5m, 0.9m], 100, TimeSpan.FromSeconds(10), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PricingSettings([0.5m, 0.75m, 0.95m], -1, TimeSpan.FromSeconds(10), 5));
    }

    private static readonly Gen<Quote> GenWholeCentQuote =
        Gen.Long[1, 1_000_000].Select(Gen.Long[0, 2_000]).Select(t => At(t.Item1 / 100m, (t.Item1 + t.Item2) / 100m));

    [Fact]
    public void LimitFor_Property_WithinQuoteMonotoneWholeCents() =>
        GenWholeCentQuote.Sample(quote =>
        {
            foreach (var side in new[] { OrderSide.Buy, OrderSide.Sell })
            {
                var previous = side == OrderSide.Buy ? decimal.MinValue : decimal.MaxValue;
                for (var step = 0; step < PricingLadder.LimitSteps; step++)
                {
                    var limit = PricingLadder.LimitFor(quote, side, step);
                    if (limit < quote.Bid || limit > quote.Ask || decimal.Round(limit, 2) != limit)
                        return false;
                    if (side == OrderSide.Buy ? limit < previous : limit > previous)
                        return false;
                    previous = limit;
                }
                var final = PricingLadder.FinalLimitFor(quote.Mid, quote, side, Now);
                if (final.CanPlace && (decimal.Round(final.Limit, 2) != final.Limit
                    || (side == OrderSide.Buy ? final.Limit < previous || final.Limit < quote.Ask : final.Limit > previous || final.Limit > quote.Bid)))
                    return false;
            }
            return true;
        });
}
