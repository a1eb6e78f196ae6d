using Alchemiser.Workflow.Ledger;

namespace Alchemiser.Workflow.Tests.Ledger;

public sealed class CentSplitTests
{
    [Fact]
    public void Split_ThirdsOfOneDollar_CentsAddUpToTheAmount() =>
        Assert.Equal([0.34m, 0.33m, 0.33m], CentSplit.Split(1m, [1.0 / 3, 1.0 / 3, 1.0 / 3]));

    [Fact]
    public void Split_NegativeAmount_PartsKeepTheSign() =>
        Assert.Equal([-0.04m, -0.01m], CentSplit.Split(-0.05m, [0.3 / 0.38, 0.08 / 0.38]));

    [Fact]
    public void Split_SharesNotSummingToOne_AreNormalised() =>
        Assert.Equal([25m, 75m], CentSplit.Split(100m, [1, 3]));

    [Fact]
    public void Split_NoUsableShare_AllZero() =>
        Assert.Equal([0m, 0m], CentSplit.Split(10m, [0, double.NaN]));

    [Fact]
    public void Split_ManyUnevenShares_AlwaysAddsUp()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var shares = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.NextDouble()).ToList();
            var amount = Math.Round((decimal)(random.NextDouble() * 10_000), 2);

            Assert.Equal(amount, CentSplit.Split(amount, shares).Sum());
        }
    }
}
