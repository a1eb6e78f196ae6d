using Alchemiser.Core.Execution;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using static Alchemiser.Core.Tests.Portfolio.Rebalance.PlanInputs;

namespace Alchemiser.Core.Tests.Portfolio.Rebalance;

public sealed class RebalancePlannerTests
{
    [Fact]
    public void Plan_WorkedExampleOfSection55_ReproducesEveryNumber()
    {
        // E = $10,000, C = BP = $4,000, φ = 0.95, AAA worth $6,000, target {AAA 0.5, BBB 0.5}.
        var plan = PlanOf(Request(10_000m, 4_000m, 4_000m, [Held("AAA", 6_000m, 60m)], Target(("s", "AAA", 0.5), ("s", "BBB", 0.5)), phi: 0.95m));

        Assert.Equal(new RebalanceTotals(
            PortfolioValue: 10_000m, DeploymentFraction: 0.95m, Deployable: 9_500m, MinimumTrade: 5.00m, Cash: 4_000m, BuyingPower: 4_000m,
            SellProceeds: 1_250m, Buys: 4_750m, Available: 5_250m, ScaleFactor: 1m, ScaledBuys: 4_750m), plan.Totals);
        Assert.Equal(["AAA", "BBB"], plan.Items.Select(i => i.Symbol.Value));
        var aaa = plan.Item("AAA");
        Assert.Equal((RebalanceSide.Sell, -1_250m, 4_750m, 6_000m, RebalanceReason.Decrease, false), (aaa.Side, aaa.Delta, aaa.TargetValue, aaa.CurrentValue, aaa.Reason, aaa.IsFullExit));
        Assert.Equal((0.6m, 0.475m), (aaa.CurrentWeight, aaa.TargetWeight));
        var bbb = plan.Item("BBB");
        Assert.Equal((RebalanceSide.Buy, 4_750m, 4_750m, 0m, RebalanceReason.New), (bbb.Side, bbb.Delta, bbb.TargetValue, bbb.CurrentValue, bbb.Reason));
        // After trading, cash ≈ $500 = the 5 % reserve.
        Assert.Equal(500m, plan.Totals.Cash + plan.Totals.SellProceeds - plan.Totals.ScaledBuys);
        Assert.Equal(Day, plan.PlanId);
        Assert.True(plan.HasTrades);
    }

    [Theory]
    [InlineData("10000", "5.00")]
    [InlineData("1000", "5.00")]
    [InlineData("999.99", "10.00")]
    [InlineData("800", "8.00")]
    [InlineData("500.50", "5.01")]
    [InlineData("0", "0.00")]
    public void Plan_MinimumTradeSize_FollowsPortfolioValue(string equity, string expected) =>
        Assert.Equal(decimal.Parse(expected), PlanOf(Request(decimal.Parse(equity), decimal.Parse(equity), decimal.Parse(equity), [], Target(("s", "AAA", 1.0)))).Totals.MinimumTrade);

    [Fact]
    public void Plan_DeltaBelowMinimum_Holds()
    {
        // V = 800 → m = 8.00; AAA Δ = 400 − 392.01 = 7.99 holds, BBB Δ = 400 − 392 = 8.00 buys.
        var plan = PlanOf(Request(800m, 15.99m, 15.99m, [Held("AAA", 392.01m), Held("BBB", 392m)], Target(("s", "AAA", 0.5), ("s", "BBB", 0.5))));

        Assert.Equal((RebalanceSide.Hold, 0m, RebalanceReason.HoldBelowMinimum), (plan.Item("AAA").Side, plan.Item("AAA").Delta, plan.Item("AAA").Reason));
        Assert.Equal((RebalanceSide.Buy, 8m, RebalanceReason.Increase), (plan.Item("BBB").Side, plan.Item("BBB").Delta, plan.Item("BBB").Reason));
        Assert.Equal(["BBB", "AAA"], plan.Items.Select(i => i.Symbol.Value));
    }

    [Fact]
    public void Plan_FullExitBelowMinimum_SellsWholePositionAttributedToPreviousContributions()
    {
        var previous = new[] { new Contribution("a", S("ZZZ"), 0.3), new Contribution("b", S("ZZZ"), 0.1), new Contribution("a", S("AAA"), 1.0) };
        var plan = PlanOf(Request(10_000m, 7_000m, 7_000m, [Held("AAA", 3_000m), Held("ZZZ", 3.004m, 0.25m)], Target(("a", "AAA", 1.0)), previous: previous));

        var zzz = plan.Item("ZZZ");
        Assert.Equal((RebalanceSide.Sell, -3.00m, 0.25m, true, RebalanceReason.Exit), (zzz.Side, zzz.Delta, zzz.CurrentQuantity, zzz.IsFullExit, zzz.Reason));
        AssertShares([("a", 0.75), ("b", 0.25)], zzz.Attribution);
    }

    [Fact]
    public void Plan_FullExitWithoutPreviousContributions_IsUnattributed()
    {
        var plan = PlanOf(Request(10_000m, 5_000m, 5_000m, [Held("ZZZ", 5_000m)], Target(("a", "AAA", 1.0))));

        Assert.Equal([new AttributionShare(AttributionShare.Unattributed, 1)], plan.Item("ZZZ").Attribution);
    }

    [Fact]
    public void Plan_TwoStrategiesWantOneSymbol_SplitsAttributionByContribution()
    {
        var plan = PlanOf(Request(10_000m, 10_000m, 10_000m, [], Target(("b/ftlt", "SPY", 0.6), ("a", "SPY", 0.2), ("a", "BIL", 0.2))));

        AssertShares([("a", 0.25), ("b/ftlt", 0.75)], plan.Item("SPY").Attribution);
        Assert.Equal([new AttributionShare("a", 1)], plan.Item("BIL").Attribution);
    }

    [Fact]
    public void Plan_Order_SellsByMagnitudeThenBuysByMagnitudeThenHolds()
    {
        var plan = PlanOf(Request(
            10_000m, 0m, 0m,
            [Held("AAA", 3_000m), Held("BBB", 3_000m), Held("CCC", 2_000m), Held("DDD", 2_000m)],
            Target(("s", "AAA", 0.2), ("s", "BBB", 0.1), ("s", "CCC", 0.2), ("s", "EEE", 0.1), ("s", "FFF", 0.4))));

        // BBB and DDD tie at −2,000: ordinal symbol order breaks the tie.
        Assert.Equal(["BBB", "DDD", "AAA", "FFF", "EEE", "CCC"], plan.Items.Select(i => i.Symbol.Value));
        Assert.Equal([-2_000m, -2_000m, -1_000m, 4_000m, 1_000m, 0m], plan.Items.Select(i => i.Delta));
        Assert.True(plan.Item("DDD").IsFullExit);
        Assert.False(plan.Item("BBB").IsFullExit);
    }

    [Fact]
    public void Plan_BuysExceedAvailable_ScalesBuysByKRoundedDown()
    {
        // AAA sells 4,000; A = min(500, 2,000) + 4,000 = 4,500 < B = 5,000 → k = 0.9.
        var plan = PlanOf(Request(10_000m, 500m, 2_000m, [Held("AAA", 9_000m)], Target(("s", "AAA", 0.5), ("s", "BBB", 0.3), ("s", "CCC", 0.2))));

        Assert.Equal((4_000m, 5_000m, 4_500m, 0.9m, 4_500m), (plan.Totals.SellProceeds, plan.Totals.Buys, plan.Totals.Available, plan.Totals.ScaleFactor, plan.Totals.ScaledBuys));
        Assert.Equal((RebalanceSide.Buy, 2_700m, RebalanceReason.Scaled), (plan.Item("BBB").Side, plan.Item("BBB").Delta, plan.Item("BBB").Reason));
        Assert.Equal((RebalanceSide.Buy, 1_800m, RebalanceReason.Scaled), (plan.Item("CCC").Side, plan.Item("CCC").Delta, plan.Item("CCC").Reason));
        Assert.Equal(-4_000m, plan.Item("AAA").Delta);
    }

    [Fact]
    public void Plan_ScaledBuyBelowMinimum_Holds()
    {
        // Sell AAA 14; buys BBB 15 and CCC 5; A = 14 → k = 0.7: BBB 10.50, CCC 3.50 < m holds.
        var plan = PlanOf(Request(10_000m, 0m, 0m, [Held("AAA", 9_994m)], Target(("s", "AAA", 0.998), ("s", "BBB", 0.0015), ("s", "CCC", 0.0005))));

        Assert.Equal(0.7m, plan.Totals.ScaleFactor);
        Assert.Equal((RebalanceSide.Buy, 10.50m, RebalanceReason.Scaled), (plan.Item("BBB").Side, plan.Item("BBB").Delta, plan.Item("BBB").Reason));
        Assert.Equal((RebalanceSide.Hold, 0m, RebalanceReason.HoldBelowMinimum), (plan.Item("CCC").Side, plan.Item("CCC").Delta, plan.Item("CCC").Reason));
        Assert.Equal(10.50m, plan.Totals.ScaledBuys);
    }

    [Fact]
    public void Plan_BuysWithinOneCentOfAvailable_AreNotScaled()
    {
        var plan = PlanOf(Request(1_000m, 999.99m, 999.99m, [], Target(("s", "AAA", 1.0))));

        Assert.Equal((1m, 1_000m), (plan.Totals.ScaleFactor, plan.Item("AAA").Delta));
    }

    [Fact]
    public void Plan_BuyingPowerAboveCash_IsIgnored()
    {
        var plan = PlanOf(Request(10_000m, 1_000m, 20_000m, [Held("AAA", 9_000m)], Target(("s", "AAA", 0.5), ("s", "BBB", 0.5))));

        Assert.Equal(5_000m, plan.Totals.Available);
        Assert.Equal(5_000m, plan.Item("BBB").Delta);
    }

    [Fact]
    public void Plan_NegativeCash_CountsAsNothingAvailable()
    {
        var plan = PlanOf(Request(10_000m, -100m, 0m, [], Target(("s", "AAA", 1.0))));

        Assert.Equal((0m, 0m), (plan.Totals.Available, plan.Totals.ScaleFactor));
        Assert.False(plan.HasTrades);
    }

    [Fact]
    public void Plan_NotTradableTarget_HoldsAndLeavesItsDollarsInCash()
    {
        var assets = new[] { new AssetInfo(S("AAA"), true, true), new AssetInfo(S("BBB"), false, true) };
        var plan = PlanOf(Request(10_000m, 10_000m, 10_000m, [], Target(("s", "AAA", 0.5), ("s", "BBB", 0.5)), assets: assets));

        Assert.Equal((RebalanceSide.Hold, 0m, 5_000m, RebalanceReason.NotTradable), (plan.Item("BBB").Side, plan.Item("BBB").Delta, plan.Item("BBB").TargetValue, plan.Item("BBB").Reason));
        Assert.Equal(5_000m, plan.Item("AAA").Delta);
        Assert.Equal(5_000m, plan.Totals.ScaledBuys);
    }

    [Fact]
    public void Plan_SymbolMissingFromAssetList_IsNotTradable()
    {
        var plan = PlanOf(Request(10_000m, 10_000m, 10_000m, [], Target(("s", "AAA", 1.0)), assets: []));

        Assert.Equal(RebalanceReason.NotTradable, plan.Item("AAA").Reason);
        Assert.False(plan.HasTrades);
    }

    [Fact]
    public void Plan_NonFractionableAsset_IsFlagged()
    {
        var plan = PlanOf(Request(10_000m, 10_000m, 10_000m, [], Target(("s", "AAA", 1.0)), assets: [new AssetInfo(S("AAA"), true, false)]));

        Assert.False(plan.Item("AAA").IsFractionable);
    }

    [Fact]
    public void Plan_ForeignOpenOrder_FailsWithOpenOrdersPresent()
    {
        var orders = new[] { new OpenOrder("20261124-B-SPY-0", S("SPY")), new OpenOrder("20261123-S-QQQ-1", S("QQQ")), new OpenOrder(null, S("BIL")) };
        var outcome = RebalancePlanner.Plan(Request(10_000m, 10_000m, 10_000m, [], Target(("s", "SPY", 1.0)), openOrders: orders));

        Assert.False(outcome.Succeeded);
        Assert.Equal(RebalanceFailureReason.OpenOrdersPresent, outcome.Failure.Reason);
        Assert.Equal([S("BIL"), S("QQQ")], outcome.Failure.Symbols);
        Assert.Null(outcome.Plan);
    }

    [Fact]
    public void Plan_OwnOpenOrders_AreAllowed()
    {
        var orders = new[] { new OpenOrder(ClientOrderId.For(Day, S("SPY"), OrderSide.Buy, 1).Value, S("SPY")) };

        Assert.True(RebalancePlanner.Plan(Request(10_000m, 10_000m, 10_000m, [], Target(("s", "SPY", 1.0)), openOrders: orders)).Succeeded);
    }

    [Fact]
    public void Plan_RerunSeesFirstRunsOrder_Fails()
    {
        var orders = new[] { new OpenOrder("20261124-B-SPY-0", S("SPY")) };
        var request = Request(10_000m, 10_000m, 10_000m, [], Target(("s", "SPY", 1.0)), openOrders: orders) with { PlanId = InstanceId.Parse("2026-11-24#2") };

        Assert.Equal(RebalanceFailureReason.OpenOrdersPresent, RebalancePlanner.Plan(request).Failure?.Reason);
    }

    [Fact]
    public void Plan_HeldPositionWithoutMarketValue_FailsWithMissingMarketValue()
    {
        var outcome = RebalancePlanner.Plan(Request(10_000m, 5_000m, 5_000m, [new PositionSnapshot(S("AAA"), 5m, null)], Target(("s", "AAA", 1.0))));

        Assert.Equal(RebalanceFailureReason.MissingMarketValue, outcome.Failure?.Reason);
        Assert.Equal([S("AAA")], outcome.Failure?.Symbols);
    }

    [Fact]
    public void Plan_ZeroQuantityWithoutMarketValue_IsIgnored()
    {
        var plan = PlanOf(Request(10_000m, 10_000m, 10_000m, [new PositionSnapshot(S("OLD"), 0m, null)], Target(("s", "AAA", 1.0))));

        Assert.DoesNotContain(plan.Items, i => i.Symbol == S("OLD"));
    }

    [Fact]
    public void Plan_ShortPosition_Fails() =>
        Assert.Equal(RebalanceFailureReason.ShortPosition, RebalancePlanner.Plan(Request(10_000m, 11_000m, 11_000m, [Held("AAA", -1_000m, -10m)], Target(("s", "AAA", 1.0)))).Failure?.Reason);

    [Fact]
    public void Plan_NegativeEquity_Fails() =>
        Assert.Equal(RebalanceFailureReason.NegativeEquity, RebalancePlanner.Plan(Request(-1m, 0m, 0m, [], Target(("s", "AAA", 1.0)))).Failure?.Reason);

    [Fact]
    public void Plan_DuplicatePosition_Throws() =>
        Assert.Throws<ArgumentException>(() => RebalancePlanner.Plan(Request(10_000m, 0m, 0m, [Held("AAA", 5_000m), Held("AAA", 5_000m)], Target(("s", "AAA", 1.0)))));

    [Fact]
    public void Plan_MoneyRoundsToCentsHalfAwayFromZero()
    {
        // Dep = 0.95 × 1,234.57 = 1,172.8415 → 1,172.84; T_AAA = 1/3 × 1,172.84 = 390.9466… → 390.95.
        var plan = PlanOf(Request(1_234.57m, 1_234.57m, 1_234.57m, [], Target(("s", "AAA", 1.0 / 3), ("s", "BBB", 2.0 / 3)), phi: 0.95m));

        Assert.Equal(1_172.84m, plan.Totals.Deployable);
        Assert.Equal(390.95m, plan.Item("AAA").TargetValue);
        Assert.Equal(781.89m, plan.Item("BBB").TargetValue);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void Settings_DeploymentFractionOutOfRange_IsRejected(string phi) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RebalanceSettings(decimal.Parse(phi)));

    [Fact]
    public void Settings_Defaults_MatchSection12() =>
        Assert.Equal((1m, 5.00m, 0.01m), (RebalanceSettings.Default.DeploymentFraction, RebalanceSettings.Default.MinTradeUsd, RebalanceSettings.Default.MinTradeFractionBelow1000));

    private static void AssertShares((string Strategy, double Share)[] expected, IReadOnlyList<AttributionShare> actual)
    {
        Assert.Equal(expected.Select(e => e.Strategy), actual.Select(a => a.StrategyId));
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i].Share, actual[i].Share, 1e-12);
    }
}
