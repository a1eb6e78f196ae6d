using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Tests.Execution;

public sealed class QuotePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 20, 45, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("10.00", "10.01", 0, QuoteCheck.Usable)]
    [InlineData("10.00", "10.00", 0, QuoteCheck.Usable)]
    [InlineData("10.00", "10.01", 10_000, QuoteCheck.Usable)]
    [InlineData("10.00", "10.01", 10_001, QuoteCheck.Unusable)]
    [InlineData("10.00", "10.01", -3_000, QuoteCheck.Usable)]
    [InlineData("0", "10.01", 0, QuoteCheck.Unusable)]
    [InlineData("10.00", "0", 0, QuoteCheck.Unusable)]
    [InlineData("10.02", "10.01", 0, QuoteCheck.Unusable)]
    [InlineData("97.50", "102.50", 0, QuoteCheck.Usable)]        // spread 5.00 = 5 % of mid 100
    [InlineData("97.49", "102.50", 0, QuoteCheck.SpreadTooWide)]
    [InlineData("95.00", "100.00", 0, QuoteCheck.SpreadTooWide)]
    public void Check_Table(string bid, string ask, int ageMilliseconds, QuoteCheck expected) =>
        Assert.Equal(expected, QuotePolicy.Check(new Quote(decimal.Parse(bid), decimal.Parse(ask), Now.AddMilliseconds(-ageMilliseconds)), Now));

    [Fact]
    public void SpreadBps_IsSpreadOverMid() => Assert.Equal(10m, new Quote(99.95m, 100.05m, Now).SpreadBps);
}
