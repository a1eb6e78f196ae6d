using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed partial class PlanRebalanceActivityTests
{
    private static readonly DateOnly T2 = new(2026, 11, 25); // the next trading day: D2 = T

    private async Task<RebalancePlanned> FirstRunWithThresholdAsync()
    {
        var first = await PlanAsync(Request([Ok("alpha", 1, 1, 0.05, H("SPY", 0.5), H("TLT", 0.5))]));
        await new PortfolioStateStore(_objects).RecordAsync(InstanceId.ForTradingDate(T).Value, T, first, Ct);
        return first;
    }

    [Fact]
    public async Task Threshold_FirstRunSetsABook()
    {
        var first = await FirstRunWithThresholdAsync();

        var slice = Assert.Single(first.Slices);
        Assert.Equal(StrategyUse.Target, slice.Use);
        Assert.Equal(0.05, slice.Threshold);
        var book = Assert.Single(first.NewBooks);
        Assert.Equal("alpha", book.StrategyId);
        Assert.Equal(D, book.Book.AsOf);
        Assert.Equal([("SPY", 0.5), ("TLT", 0.5)], book.Book.Weights.Select(h => (h.Symbol.Value, h.Weight)));
    }

    [Fact]
    public async Task Threshold_SecondRunWithinTheta_IsHeldAtTheDriftedBookWithoutANewBook()
    {
        await FirstRunWithThresholdAsync();
        _bars.With("SPY", T, [100, 102]).With("TLT", T, [100, 100]); // closes on D and on D2 = T

        var second = await PlanAsync(Request([Ok("alpha", 1, 1, 0.05, H("SPY", 0.5), H("TLT", 0.5))], T2));

        var slice = Assert.Single(second.Slices);
        Assert.Equal(StrategyUse.HeldByThreshold, slice.Use);
        var spy = 0.5 * 1.02 / (0.5 * 1.02 + 0.5);
        Assert.Equal(spy - 0.5, slice.Drift!.Value, 12);
        Assert.Equal([("SPY", Math.Round(spy, 12)), ("TLT", Math.Round(1 - spy, 12))], slice.Weights.Select(h => (h.Symbol.Value, Math.Round(h.Weight, 12))));
        Assert.Equal(Math.Round(spy, 12), Math.Round(second.Target.Single(h => h.Symbol.Value == "SPY").Weight, 12));
        Assert.Empty(second.NewBooks);
        Assert.Equal([("SPY", 0.5), ("TLT", 0.5)], second.PreviousTarget.Select(h => (h.Symbol.Value, h.Weight)));
    }

    [Fact]
    public async Task Threshold_SecondRunBeyondTheta_RebalancesAndSetsANewBook()
    {
        await FirstRunWithThresholdAsync();
        _bars.With("SPY", T, [100, 150]).With("TLT", T, [100, 100]); // SPY drifts to 0.6

        var second = await PlanAsync(Request([Ok("alpha", 1, 1, 0.05, H("SPY", 0.5), H("TLT", 0.5))], T2));

        var slice = Assert.Single(second.Slices);
        Assert.Equal(StrategyUse.Target, slice.Use);
        Assert.Equal(0.1, slice.Drift!.Value, 12);
        Assert.Equal(T, Assert.Single(second.NewBooks).Book.AsOf);
    }

    [Fact]
    public async Task Threshold_BranchSwitch_AlwaysRebalances()
    {
        await FirstRunWithThresholdAsync();
        _bars.With("SPY", T, [100, 100]).With("TLT", T, [100, 100]).With("GLD", T, [100, 100]);

        var second = await PlanAsync(Request([Ok("alpha", 1, 1, 0.05, H("SPY", 0.5), H("GLD", 0.5))], T2));

        var slice = Assert.Single(second.Slices);
        Assert.Equal(StrategyUse.Target, slice.Use);
        Assert.Equal([("GLD", 0.5), ("SPY", 0.5)], slice.Weights.Select(h => (h.Symbol.Value, h.Weight)));
        var book = Assert.Single(second.NewBooks);
        Assert.Equal(T, book.Book.AsOf);
        Assert.Equal(["GLD", "SPY"], book.Book.Weights.Select(h => h.Symbol.Value));
    }

    [Fact]
    public async Task HoldPrevious_PreviousTradingDaysSlice_IsReused()
    {
        await SaveStateAsync(new PortfolioState("2026-11-23", D, [H("SPY", 0.5), H("TLT", 0.5)],
            new Dictionary<string, IReadOnlyList<Core.Signals.Holding>> { ["alpha"] = [H("SPY", 1)], ["beta"] = [H("TLT", 1)] },
            new Dictionary<string, StrategyBook>(), []));

        var planned = await PlanAsync(Request([Ok("alpha", 0.5, 0.5, null, H("SPY", 1)), Failed("beta", 0.5)], mode: StrategyFailureMode.HoldPrevious));

        Assert.Equal(PlanOutcome.Trades, planned.Outcome);
        Assert.True(planned.IsDegraded);
        var beta = planned.Slices.Single(s => s.StrategyId == "beta");
        Assert.Equal(StrategyUse.ReusedPrevious, beta.Use);
        Assert.Equal([("TLT", 1.0)], beta.Weights.Select(h => (h.Symbol.Value, h.Weight)));
        Assert.Equal([("SPY", 0.5), ("TLT", 0.5)], planned.Target.Select(h => (h.Symbol.Value, h.Weight)));
    }

    [Fact]
    public async Task HoldPrevious_StateOlderThanThePreviousTradingDay_Fails()
    {
        var older = NyseCalendar.PreviousTradingDay(D);
        await SaveStateAsync(new PortfolioState(older.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), older, [H("TLT", 1)],
            new Dictionary<string, IReadOnlyList<Core.Signals.Holding>> { ["beta"] = [H("TLT", 1)] },
            new Dictionary<string, StrategyBook>(), []));

        var planned = await PlanAsync(Request([Ok("alpha", 0.5, 0.5, null, H("SPY", 1)), Failed("beta", 0.5)], mode: StrategyFailureMode.HoldPrevious));

        Assert.Equal(PlanOutcome.Failed, planned.Outcome);
        Assert.Contains("strategy beta failed", planned.Failure, StringComparison.Ordinal);
        Assert.Null(planned.Plan);
        Assert.DoesNotContain(_objects.Keys, k => k.StartsWith("plans/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HoldPrevious_NoState_Fails()
    {
        var planned = await PlanAsync(Request([Failed("beta", 1)], mode: StrategyFailureMode.HoldPrevious));

        Assert.Equal(PlanOutcome.Failed, planned.Outcome);
    }

    [Fact]
    public async Task FailedStrategyWithAbort_Fails()
    {
        await SaveStateAsync(new PortfolioState("2026-11-23", D, [H("TLT", 1)],
            new Dictionary<string, IReadOnlyList<Core.Signals.Holding>> { ["beta"] = [H("TLT", 1)] },
            new Dictionary<string, StrategyBook>(), []));

        var planned = await PlanAsync(Request([Ok("alpha", 0.5, 0.5, null, H("SPY", 1)), Failed("beta", 0.5)]));

        Assert.Equal(PlanOutcome.Failed, planned.Outcome);
    }
}
