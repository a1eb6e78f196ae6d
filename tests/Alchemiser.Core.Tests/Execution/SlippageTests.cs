using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Tests.Execution;

public sealed class SlippageTests
{
    [Theory]
    [InlineData(OrderSide.Buy, "100.10", "100.00", "10", "0.10", "10.00", "1.00")]
    [InlineData(OrderSide.Sell, "99.95", "100.00", "3", "0.05", "5.00", "0.15")]
    [InlineData(OrderSide.Buy, "99.99", "100.00", "1", "-0.01", "-1.00", "-0.01")]
    [InlineData(OrderSide.Buy, "30.01", "30.00", "7", "0.01", "3.33", "0.07")]
    [InlineData(OrderSide.Buy, "40.0101", "40", "1", "0.0101", "2.53", "0.01")]
    [InlineData(OrderSide.Sell, "40.0101", "40", "1", "-0.0101", "-2.53", "-0.01")]
    public void Measure_Table(OrderSide side, string average, string mid, string quantity, string perShare, string bps, string dollars)
    {
        var slippage = Slippage.Measure(side, decimal.Parse(average), decimal.Parse(mid), decimal.Parse(quantity));

        Assert.Equal(decimal.Parse(perShare), slippage.PerShare);
        Assert.Equal(decimal.Parse(bps), slippage.Bps);
        Assert.Equal(decimal.Parse(dollars), slippage.Dollars);
    }
}
