using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Tests.Execution;

public sealed class OrderQuantityTests
{
    [Theory]
    [InlineData("1000", "333.33", true, "3.00003")]
    [InlineData("1000", "333.33", false, "3")]
    [InlineData("1", "3", true, "0.333333")]
    [InlineData("2", "3", true, "0.666666")]
    [InlineData("4750", "95.125", true, "49.934296")]
    public void ForBuy_Table(string dollars, string mid, bool fractionable, string expected)
    {
        var result = OrderQuantity.ForBuy(decimal.Parse(dollars), decimal.Parse(mid), fractionable);

        Assert.Equal(ExecutionReason.None, result.Reason);
        Assert.Equal(decimal.Parse(expected), result.Quantity);
    }

    [Theory]
    [InlineData("99", "100", false)]
    [InlineData("0.00000001", "100", true)]
    [InlineData("0", "100", true)]
    public void ForBuy_TooSmall_RoundsToZero(string dollars, string mid, bool fractionable) =>
        Assert.Equal(new QuantityResult(0, ExecutionReason.RoundsToZero), OrderQuantity.ForBuy(decimal.Parse(dollars), decimal.Parse(mid), fractionable));

    [Theory]
    [InlineData("-500", "100", "10", true, "5")]
    [InlineData("500", "100", "10", true, "5")]
    [InlineData("-500", "100", "3", true, "3")]
    [InlineData("-500", "100", "3.25", false, "3")]
    [InlineData("-1250", "120", "50", true, "10.416666")]
    public void ForSell_Table_CappedAtPosition(string dollars, string mid, string position, bool fractionable, string expected) =>
        Assert.Equal(decimal.Parse(expected), OrderQuantity.ForSell(decimal.Parse(dollars), decimal.Parse(mid), decimal.Parse(position), fractionable).Quantity);

    [Fact]
    public void ForSell_NoPosition_RoundsToZero() =>
        Assert.Equal(ExecutionReason.RoundsToZero, OrderQuantity.ForSell(-500, 100, 0, true).Reason);

    [Theory]
    [InlineData("2.5", true, "2.5", ExecutionReason.None)]
    [InlineData("2.5", false, "2", ExecutionReason.None)]
    [InlineData("0.4", false, "0", ExecutionReason.RoundsToZero)]
    [InlineData("12.1234567", true, "12.123456", ExecutionReason.None)]
    public void ForFullExit_Table(string position, bool fractionable, string expected, ExecutionReason reason) =>
        Assert.Equal(new QuantityResult(decimal.Parse(expected), reason), OrderQuantity.ForFullExit(decimal.Parse(position), fractionable));

    [Fact]
    public void ForBuy_NonPositiveMid_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderQuantity.ForBuy(100, 0, true));
}
