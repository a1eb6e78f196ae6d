using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Workflow.Tests.Execution.WorkerHarness;

namespace Alchemiser.Workflow.Tests.Execution;

public sealed partial class ExecutionWorkerTests
{
    private readonly WorkerHarness _h = new();

    public ExecutionWorkerTests()
    {
        _h.Broker.SetQuote("AAA", 99.98m, 100.02m); // mid 100.00, spread 4 bps
        _h.Broker.SetQuote("BBB", 49.99m, 50.01m); // mid 50.00
    }

    [Fact]
    public async Task ExecuteAsync_FillAtStep0_OneDayLimitAtTheMidAndTheFillRecorded()
    {
        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        var order = Assert.Single(_h.Broker.Submissions);
        Assert.Equal(new OrderRequest(Cid("AAA", OrderSide.Buy, 0), order.Symbol, OrderSide.Buy, 10m, OrderType.Limit, 100.00m), order);
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, ExecutionReason.None, 10m, (decimal?)100m, 1_000m, 1, 1),
            (item.Status, item.Reason, item.FilledQuantity, item.Vwap, item.Notional, item.StepsUsed, item.OrdersPlaced));
        var fill = Assert.Single(_h.Fills.Fills.Values);
        Assert.Equal((order.ClientOrderId, 0, ExecutionOrderKind.Limit, 10m, 100m, 1_000m), (fill.ClientOrderId, fill.Step, fill.OrderKind, fill.FilledQuantity, fill.AveragePrice, fill.Notional));
        Assert.Equal((99.98m, 100.02m, 100m, 4m, 0m, 0m), (fill.ArrivalBid, fill.ArrivalAsk, fill.ArrivalMid, fill.SpreadBps, fill.Slippage.Bps, fill.Slippage.Dollars));
        Assert.Equal(new DateOnly(2026, 11, 24), fill.TradingDate);
        Assert.Equal(["alpha"], fill.Attribution.Select(a => a.StrategyId));
    }

    [Fact]
    public async Task ExecuteAsync_PartialAtStep0ThenFilledAtStep1_RemainderOnlyAndVwapOfBoth()
    {
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Partial; // 4 of 10 at 100.00

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Equal([10m, 6m], _h.Broker.Submissions.Select(s => s.Quantity));
        Assert.Equal([100.00m, 100.01m], _h.Broker.Submissions.Select(s => s.LimitPrice!.Value));
        Assert.Single(_h.Broker.Cancels);
        var item = Assert.Single(summary.Items);
        Assert.Equal(ExecutionItemStatus.Filled, item.Status);
        Assert.Equal(10m, item.FilledQuantity);
        Assert.Equal((4m * 100.00m + 6m * 100.01m) / 10m, item.Vwap);
        Assert.Equal(2, item.StepsUsed);
        Assert.Equal(2, _h.Fills.Fills.Count);
        Assert.Equal(4m, _h.Fills.Fills[Cid("AAA", OrderSide.Buy, 0)].FilledQuantity);
    }

    [Fact]
    public async Task ExecuteAsync_NeverFillsAtTheLimitSteps_CancelsEachThenFinalMarketableLimitFills()
    {
        for (var step = 0; step < 3; step++)
            _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, step)] = OrderScript.Never;
        var started = _h.Time.GetUtcNow();

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        // min(ceil(100.02 + 0.1 % × 100.02), floor(100 × 1.01)) = 100.13
        Assert.Equal([100.00m, 100.01m, 100.01m, 100.13m], _h.Broker.Submissions.Select(s => s.LimitPrice!.Value));
        Assert.Equal(3, _h.Broker.Cancels.Count);
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, 4, 4), (item.Status, item.StepsUsed, item.OrdersPlaced));
        var fill = Assert.Single(_h.Fills.Fills.Values);
        Assert.Equal((3, ExecutionOrderKind.MarketableLimit), (fill.Step, fill.OrderKind));
        Assert.True(fill.TimeToFill >= TimeSpan.FromSeconds(30), $"time to fill {fill.TimeToFill} spans the three waits");
        Assert.True(_h.Time.GetUtcNow() - started >= 3 * ExecutionSettings.Default.StepWait);
    }

    [Fact]
    public async Task ExecuteAsync_FinalOrderMarket_SendsAMarketOrderAtStep3()
    {
        for (var step = 0; step < 3; step++)
            _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, step)] = OrderScript.Never;
        _h.Settings = ExecutionSettings.Default with { FinalOrder = FinalOrderKind.Market };

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        var last = _h.Broker.Submissions[^1];
        Assert.Equal((OrderType.Market, (decimal?)null), (last.Type, last.LimitPrice));
        Assert.Equal(ExecutionOrderKind.Market, _h.Fills.Fills[last.ClientOrderId].OrderKind);
        Assert.Equal(ExecutionItemStatus.Filled, summary.Items[0].Status);
    }

    [Fact]
    public async Task ExecuteAsync_FarSideBeyondTheCapAtStep3_NotPlacedPriceCap()
    {
        for (var step = 0; step < 3; step++)
            _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, step)] = OrderScript.Never;
        _h.Broker.AfterSubmit = r =>
        {
            if (r.ClientOrderId == Cid("AAA", OrderSide.Buy, 2))
                _h.Broker.SetQuote("AAA", 101.50m, 101.54m); // ask above mid₀ × 1.01 = 101.00
        };

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Equal(3, _h.Broker.Submissions.Count);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.PriceCap), (summary.Items[0].Status, summary.Items[0].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_CancelNeverConfirms_StopsTheItemWithoutANextStep()
    {
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.CancelNeverConfirms;
        var started = _h.Time.GetUtcNow();

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Single(_h.Broker.Submissions);
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.CancelUnconfirmed), (item.Status, item.Reason));
        var settings = ExecutionSettings.Default;
        Assert.True(_h.Time.GetUtcNow() - started >= settings.StepWait + settings.CancelWait + settings.CancelGrace);
        Assert.Empty(_h.Fills.Fills);
    }

    [Fact]
    public async Task ExecuteAsync_Rejected_FailsWithTheBrokerReasonAsDataAndNoFurtherStep()
    {
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Reject;

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Single(_h.Broker.Submissions);
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.Rejected, "insufficient buying power", 0),
            (item.Status, item.Reason, item.BrokerReason, item.OrdersPlaced));
    }

    [Fact]
    public async Task ExecuteAsync_NonFractionableRoundsToZero_SkippedWithoutAnOrder()
    {
        _h.Broker.NonFractionable.Add(Core.Market.Symbol.Parse("AAA"));

        var summary = await _h.RunAsync(Plan([Buy("AAA", 99m), Buy("BBB", 120m)]));

        Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.RoundsToZero), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Equal(0, _h.SubmissionsOf("AAA"));
        Assert.Equal(2.4m, summary.Items[1].FilledQuantity);
    }

    [Fact]
    public async Task ExecuteAsync_NonFractionable_FloorsToWholeShares()
    {
        _h.Broker.NonFractionable.Add(Core.Market.Symbol.Parse("AAA"));

        await _h.RunAsync(Plan([Buy("AAA", 1_099m)]));

        Assert.Equal(10m, Assert.Single(_h.Broker.Submissions).Quantity);
    }

    [Fact]
    public async Task ExecuteAsync_SellAboveThePosition_CappedAtTheBrokerPosition()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 3m;

        var summary = await _h.RunAsync(Plan([Sell("AAA", 1_000m, held: 10m)]));

        Assert.Equal(3m, Assert.Single(_h.Broker.Submissions).Quantity);
        Assert.Equal((ExecutionItemStatus.Filled, 3m), (summary.Items[0].Status, summary.Items[0].FilledQuantity));
        Assert.Equal(0m, _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")]);
    }

    [Fact]
    public async Task ExecuteAsync_FullExit_SellsExactlyTheBrokerQuantity()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 7.123456m;

        await _h.RunAsync(Plan([Sell("AAA", 500m, held: 5m, fullExit: true)]));

        var order = Assert.Single(_h.Broker.Submissions);
        Assert.Equal((OrderSide.Sell, 7.123456m, (decimal?)100.00m), (order.Side, order.Quantity, order.LimitPrice));
    }

    [Fact]
    public async Task ExecuteAsync_QuoteNeverUsable_FailsNoQuoteAfterThreeRefetches()
    {
        _h.Broker.SetQuote("AAA", 0m, 100.02m);

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.NoQuote), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Empty(_h.Broker.Submissions);
    }

    [Fact]
    public async Task ExecuteAsync_SpreadWiderThanFivePercent_FailsSpreadTooWide()
    {
        _h.Broker.SetQuote("AAA", 95m, 105m);

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.SpreadTooWide), (summary.Items[0].Status, summary.Items[0].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownAsset_FailsNotTradable()
    {
        var summary = await _h.RunAsync(Plan([Buy("ZZZ", 1_000m)]));

        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.NotTradable), (summary.Items[0].Status, summary.Items[0].Reason));
    }
}
