using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using static Alchemiser.Core.Tests.Portfolio.Rebalance.PlanInputs;

namespace Alchemiser.Core.Tests.Portfolio.Rebalance;

public sealed class RebalanceThresholdTests
{
    private static readonly DateOnly Ref = new(2026, 11, 2);
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly Holding[] Even = [new(S("AAA"), 0.5), new(S("BBB"), 0.5)];
    private static readonly Dictionary<Symbol, double> AtRef = new() { [S("AAA")] = 100, [S("BBB")] = 100 };
    private static readonly Dictionary<Symbol, double> AtAsOf = new() { [S("AAA")] = 110, [S("BBB")] = 100 };

    [Fact]
    public void Decide_DriftBelowThreshold_HoldsTheDriftedBook()
    {
        // d_AAA = 0.55 / 1.05 = 0.5238095…, d_BBB = 0.4761904…; drift 0.0238095… < 0.05.
        var decision = RebalanceThreshold.Decide(Even, 0.05, new StrategyBook(Even, Ref), AsOf, AtRef, AtAsOf);

        Assert.True(decision.IsHeld);
        Assert.False(decision.ReplacesBook);
        Assert.Equal(11.0 / 21, decision.Weights[0].Weight, 1e-12);
        Assert.Equal(10.0 / 21, decision.Weights[1].Weight, 1e-12);
        Assert.Equal(0.5 / 21, decision.Drift!.Value, 1e-12);
    }

    [Fact]
    public void Decide_DriftAtOrAboveThreshold_RebalancesAndReplacesTheBook()
    {
        var decision = RebalanceThreshold.Decide(Even, 0.02, new StrategyBook(Even, Ref), AsOf, AtRef, AtAsOf);

        Assert.False(decision.IsHeld);
        Assert.Equal(Even, decision.Weights);
        Assert.Equal(AsOf, decision.NewBook!.AsOf);
        Assert.Equal(Even, decision.NewBook.Weights);
        Assert.Equal(0.5 / 21, decision.Drift!.Value, 1e-12);
    }

    [Fact]
    public void Decide_DriftComparedWithTodaysTarget_NotTheBook()
    {
        // The book drifted to AAA 0.5238; today's target AAA 0.52 is 0.0038 away.
        Holding[] target = [new(S("AAA"), 0.52), new(S("BBB"), 0.48)];

        Assert.True(RebalanceThreshold.Decide(target, 0.005, new StrategyBook(Even, Ref), AsOf, AtRef, AtAsOf).IsHeld);
    }

    [Fact]
    public void Decide_BranchSwitch_AlwaysRebalances()
    {
        Holding[] target = [new(S("AAA"), 0.5), new(S("CCC"), 0.5)];
        var decision = RebalanceThreshold.Decide(target, 0.99, new StrategyBook(Even, Ref), AsOf, AtRef, AtAsOf);

        Assert.True(decision.ReplacesBook);
        Assert.Equal(target, decision.Weights);
        Assert.Null(decision.Drift);
    }

    [Fact]
    public void Decide_NoBook_RebalancesAndRecordsOne()
    {
        var decision = RebalanceThreshold.Decide(Even, 0.05, null, AsOf, AtRef, AtAsOf);

        Assert.Equal(new StrategyBook(decision.Weights, AsOf), decision.NewBook);
        Assert.False(decision.IsHeld);
    }

    [Fact]
    public void Decide_MissingClose_Rebalances()
    {
        var partial = new Dictionary<Symbol, double> { [S("AAA")] = 110 };

        Assert.True(RebalanceThreshold.Decide(Even, 0.99, new StrategyBook(Even, Ref), AsOf, AtRef, partial).ReplacesBook);
    }

    [Fact]
    public void Decide_NoThreshold_UsesTargetAndKeepsNoBook()
    {
        var decision = RebalanceThreshold.Decide(Even, null, new StrategyBook(Even, Ref), AsOf, AtRef, AtAsOf);

        Assert.Equal((false, false), (decision.IsHeld, decision.ReplacesBook));
        Assert.Equal(Even, decision.Weights);
    }

    [Fact]
    public void Decide_NegativeThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RebalanceThreshold.Decide(Even, -0.1, null, AsOf, AtRef, AtAsOf));
}
