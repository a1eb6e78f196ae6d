using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Workflow.Tests.Execution.WorkerHarness;

namespace Alchemiser.Workflow.Tests.Execution;

public sealed partial class ExecutionWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_SellsAndBuys_EverySellIsTerminalBeforeTheFirstBuy()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 20m;
        _h.Broker.Scripts[Cid("AAA", OrderSide.Sell, 0)] = OrderScript.Never;

        var summary = await _h.RunAsync(Plan([Sell("AAA", 1_000m, held: 20m), Buy("BBB", 500m)]));

        Assert.Equal([OrderSide.Sell, OrderSide.Sell, OrderSide.Buy], _h.Broker.Submissions.Select(s => s.Side));
        Assert.All(summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        Assert.Equal(999.90m, summary.Totals.SellNotional); // step 1 at ask₀ − 0.75 × spread = 99.99
        Assert.Equal(500m, summary.Totals.BuyNotional);
    }

    [Fact]
    public async Task ExecuteAsync_MarketClosed_EveryItemSkippedAndNoOrder()
    {
        _h.Broker.IsOpen = false;

        var summary = await _h.RunAsync(Plan([Sell("AAA", 100m, 5m), Buy("BBB", 100m)]));

        Assert.True(summary.MarketClosed);
        Assert.All(summary.Items, i => Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.MarketClosed), (i.Status, i.Reason)));
        Assert.Empty(_h.Broker.Submissions);
    }

    [Fact]
    public async Task ExecuteAsync_AfterCloseMinusTwoMinutes_SkippedTooLate()
    {
        _h.Broker.Close = _h.Time.GetUtcNow() + TimeSpan.FromSeconds(119);

        var summary = await _h.RunAsync(Plan([Buy("AAA", 100m)]));

        Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.TooLate), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Empty(_h.Broker.Submissions);
    }

    [Fact]
    public async Task ExecuteAsync_DeadlinePassesDuringTheWalk_NoNewStepAfterIt()
    {
        _h.Broker.Close = _h.Time.GetUtcNow() + TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(5);
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Never;

        var summary = await _h.RunAsync(Plan([Buy("AAA", 100m)]), advanceWhen: () => _h.Broker.Submissions.Count > 0);

        Assert.Single(_h.Broker.Submissions);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.TooLate), (summary.Items[0].Status, summary.Items[0].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_FailedSellsAboveTheBlock_NoBuyAndFlaggedBuysBlocked()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 20m;
        _h.Broker.Scripts[Cid("AAA", OrderSide.Sell, 0)] = OrderScript.Reject;

        var summary = await _h.RunAsync(Plan([Sell("AAA", 1_000m, 20m), Buy("BBB", 500m)]));

        Assert.True(summary.BuysBlocked);
        Assert.True(summary.IsFailed);
        Assert.Equal(1_000m, summary.Totals.FailedSellNotional);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.BuysBlocked), (summary.Items[1].Status, summary.Items[1].Reason));
        Assert.Equal(0, _h.SubmissionsOf("BBB"));
    }

    [Fact]
    public async Task ExecuteAsync_FailedSellsBelowTheBlock_BuysGoAhead()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 20m;
        _h.Broker.Scripts[Cid("AAA", OrderSide.Sell, 0)] = OrderScript.Reject;

        var summary = await _h.RunAsync(Plan([Sell("AAA", 400m, 20m), Buy("BBB", 500m)]));

        Assert.False(summary.BuysBlocked);
        Assert.Equal(ExecutionItemStatus.Filled, summary.Items[1].Status);
    }

    [Fact]
    public async Task ExecuteAsync_CashBelowTheBuys_ScalesByKPrimeAndDropsBuysBelowTheMinimum()
    {
        _h.Broker.Cash = 500m;

        var summary = await _h.RunAsync(Plan([Buy("AAA", 900m), Buy("BBB", 100m)], minimum: 60m));

        Assert.Equal(0.5m, summary.Totals.BuyScale);
        Assert.Equal((450m, 4.5m), (summary.Items[0].TargetDollars, summary.Items[0].FilledQuantity));
        Assert.Equal((ExecutionItemStatus.Skipped, 50m), (summary.Items[1].Status, summary.Items[1].TargetDollars));
        Assert.Equal(0, _h.SubmissionsOf("BBB"));
    }

    [Fact]
    public async Task ExecuteAsync_BuysBeyondPhiTimesPlanEquity_CircuitBreakerTripsBeforeTheOrder()
    {
        _h.Settings = ExecutionSettings.Default with { Concurrency = 1 };

        // limit = min(1 × 1,000, 1.05 × 1,200 + 5) = 1,000: the second 600 would make 1,200.
        var summary = await _h.RunAsync(Plan([Buy("AAA", 600m), Buy("BBB", 600m)], equity: 1_000m));

        Assert.True(summary.CircuitBreaker);
        Assert.Equal(1_000m, summary.Totals.BuyLimit);
        Assert.Equal(ExecutionItemStatus.Filled, summary.Items[0].Status);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.CircuitBreaker), (summary.Items[1].Status, summary.Items[1].Reason));
        Assert.Equal(0, _h.SubmissionsOf("BBB"));
    }

    [Fact]
    public async Task ExecuteAsync_CircuitBreakerTrips_CancelsTheWorkingBuy()
    {
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Never;
        _h.Broker.Scripts[Cid("BBB", OrderSide.Buy, 0)] = OrderScript.Never;

        var summary = await _h.RunAsync(Plan([Buy("AAA", 600m), Buy("BBB", 600m)], equity: 1_000m));

        Assert.True(summary.CircuitBreaker);
        Assert.Single(_h.Broker.Submissions);
        Assert.Single(_h.Broker.Cancels);
        Assert.All(summary.Items, i => Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.CircuitBreaker), (i.Status, i.Reason)));
        Assert.All(_h.Broker.Orders, o => Assert.True(o.IsTerminal));
    }

    [Fact]
    public async Task ExecuteAsync_WithinTheBreaker_UsesOnlyThisPlansBuys()
    {
        _h.Broker.Cash = 1_000_000m; // a large account: the breaker is scoped to the plan, not the account

        var summary = await _h.RunAsync(Plan([Buy("AAA", 600m), Buy("BBB", 300m)], equity: 1_000m));

        Assert.False(summary.CircuitBreaker);
        Assert.All(summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
    }
}
