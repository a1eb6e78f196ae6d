using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Infrastructure.Tests.Execution.Worker.SimulatedExecutionBed;

namespace Alchemiser.Infrastructure.Tests.Execution.Worker;

/// <summary>The worker against the real simulated broker and a directory object store.</summary>
public sealed class ExecutionWorkerSimulatedTests : IDisposable
{
    private readonly SimulatedExecutionBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task ExecuteAsync_SellsAndBuys_SellsFirstAndEndsAtTheTargetPositions()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();
        await HoldAsync(broker, "AAA", 20m);
        await HoldAsync(broker, "CCC", 7.5m);

        var summary = await _bed.Worker(broker).ExecuteAsync(
            Plan([Sell("AAA", 1_000m, 20m), Sell("CCC", 150m, 7.5m, fullExit: true), Buy("BBB", 2_000m)]), FastSettings, Ct);

        Assert.All(summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        var positions = (await broker.GetPositionsAsync(Ct)).ToDictionary(p => p.Symbol.Value, p => p.Quantity);
        Assert.Equal(new Dictionary<string, decimal> { ["AAA"] = 10m, ["BBB"] = 40m }, positions);
        var orders = (await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Where(o => !o.ClientOrderId.StartsWith("setup-", StringComparison.Ordinal)).Reverse().ToList();
        // Sells run concurrently (in either order), and every sell is placed before the buy.
        Assert.Equal(["20261123-S-AAA-0", "20261123-S-CCC-0"], orders.Take(2).Select(o => o.ClientOrderId).Order(StringComparer.Ordinal));
        Assert.Equal("20261123-B-BBB-0", orders[2].ClientOrderId);
        Assert.Equal(3, orders.Count);
        Assert.Equal(3, _bed.Fills.Count);
        Assert.Equal(summary.FinalAccount, await broker.GetAccountAsync(Ct));
        Assert.NotNull(await _bed.Store.OpenReadAsync("executions/2026-11-23.json", Ct));
    }

    [Fact]
    public async Task ExecuteAsync_CrashBetweenSubmitAndRecord_ReplayAdoptsAndEqualsAnUninterruptedRun()
    {
        await _bed.WriteBarsAsync();
        var plan = Plan([Sell("AAA", 1_000m, 20m), Buy("BBB", 2_000m), Buy("CCC", 300m)]);
        var reference = _bed.Broker(root: Path.Combine(_bed.StateRoot, "reference"));
        await HoldAsync(reference, "AAA", 20m);
        await _bed.Worker(reference, Path.Combine(_bed.StateRoot, "reference-store")).ExecuteAsync(plan, FastSettings, Ct);

        var broker = _bed.Broker();
        await HoldAsync(broker, "AAA", 20m);
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var faulty = new DecoratedBroker(broker) { CrashAfterSubmitOf = "20261123-B-BBB-0", CrashToken = crash };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _bed.Worker(faulty).ExecuteAsync(plan, FastSettings, crash.Token));
        var summary = await _bed.Worker(_bed.Broker()).ExecuteAsync(plan, FastSettings, Ct);

        var orders = await _bed.Broker().ListOrdersAsync(OrderListing.All, cancellationToken: Ct);
        var keys = orders.Select(o => (o.Symbol, o.Side, o.ClientOrderId)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Single(orders, o => o.ClientOrderId == "20261123-B-BBB-0");
        Assert.All(summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        var expected = await reference.GetAccountAsync(Ct);
        Assert.Equal(expected, await _bed.Broker().GetAccountAsync(Ct));
        Assert.Equal(
            (await reference.GetPositionsAsync(Ct)).Select(p => (p.Symbol, p.Quantity)),
            (await _bed.Broker().GetPositionsAsync(Ct)).Select(p => (p.Symbol, p.Quantity)));
        Assert.Contains("20261123-B-BBB-0", _bed.Fills.Keys);
    }

    [Fact]
    public async Task ExecuteAsync_CompletedPlanDeliveredAgain_ReturnsTheStoredSummaryAndPlacesNothing()
    {
        await _bed.WriteBarsAsync();
        var plan = Plan([Buy("BBB", 2_000m)]);
        var first = await _bed.Worker(_bed.Broker()).ExecuteAsync(plan, FastSettings, Ct);
        var orders = (await _bed.Broker().ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count;

        var second = await _bed.Worker(_bed.Broker()).ExecuteAsync(plan, FastSettings, Ct);

        Assert.Equal(first.CompletedAt, second.CompletedAt);
        Assert.Equal(first.Items, second.Items);
        Assert.Equal(orders, (await _bed.Broker().ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count);
    }

    [Fact]
    public async Task ExecuteAsync_CancelNeverConfirmed_StopsTheItemWithoutANextStep()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();
        // The worker sees quotes 5 cents low, so its step-0 limit (99.95) sits below the simulated mid and works.
        var faulty = new DecoratedBroker(broker) { IgnoreCancels = true, QuoteShift = -0.05m };

        var summary = await _bed.Worker(faulty).ExecuteAsync(Plan([Buy("AAA", 1_000m)]), FastSettings, Ct);

        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.CancelUnconfirmed, 1), (item.Status, item.Reason, item.OrdersPlaced));
        var order = Assert.Single(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
        Assert.Equal(("20261123-B-AAA-0", OrderStatus.New), (order.ClientOrderId, order.Status));
    }

    [Fact]
    public async Task ExecuteAsync_StepsDoNotFill_WalksToTheFinalStepWhichCrosses()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();
        var faulty = new DecoratedBroker(broker) { QuoteShift = -0.05m };

        var summary = await _bed.Worker(faulty).ExecuteAsync(Plan([Buy("AAA", 1_000m)]), FastSettings, Ct);

        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, 4, 4), (item.Status, item.StepsUsed, item.OrdersPlaced));
        var fill = Assert.Single(_bed.Fills.Values);
        Assert.Equal((3, ExecutionOrderKind.MarketableLimit, 100.01m), (fill.Step, fill.OrderKind, fill.AveragePrice));
        Assert.True(fill.Slippage.Bps > 0);
    }

    [Fact]
    public async Task ExecuteAsync_MarketClosed_EverythingSkipped()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker(o => o with { TimeBeforeClose = TimeSpan.Zero });

        var summary = await _bed.Worker(broker).ExecuteAsync(Plan([Buy("AAA", 1_000m)]), FastSettings, Ct);

        Assert.True(summary.MarketClosed);
        Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.MarketClosed), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Empty(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
    }

    [Fact]
    public async Task ExecuteAsync_OneMinuteBeforeClose_TooLate()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker(o => o with { TimeBeforeClose = TimeSpan.FromMinutes(1) });

        var summary = await _bed.Worker(broker).ExecuteAsync(Plan([Buy("AAA", 1_000m)]), FastSettings, Ct);

        Assert.False(summary.MarketClosed);
        Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.TooLate), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Empty(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
    }

    [Fact]
    public async Task ExecuteAsync_NonFractionableBelowOneShare_SkippedRoundsToZero()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker(o => o with { NonFractionableSymbols = new HashSet<Core.Market.Symbol> { S("AAA") } });

        var summary = await _bed.Worker(broker).ExecuteAsync(Plan([Buy("AAA", 80m), Buy("BBB", 80m)]), FastSettings, Ct);

        Assert.Equal((ExecutionItemStatus.Skipped, ExecutionReason.RoundsToZero), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Equal((ExecutionItemStatus.Filled, 1.6m), (summary.Items[1].Status, summary.Items[1].FilledQuantity));
    }

    [Fact]
    public async Task ExecuteAsync_SellLargerThanThePosition_SellsOnlyThePosition()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();
        await HoldAsync(broker, "AAA", 4m);

        var summary = await _bed.Worker(broker).ExecuteAsync(Plan([Sell("AAA", 1_000m, 10m)]), FastSettings, Ct);

        Assert.Equal((ExecutionItemStatus.Filled, 4m), (summary.Items[0].Status, summary.Items[0].FilledQuantity));
        Assert.Empty(await broker.GetPositionsAsync(Ct));
    }

    [Fact]
    public async Task ExecuteAsync_SellOfAnUnknownAsset_BlocksTheBuys()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();

        var summary = await _bed.Worker(broker).ExecuteAsync(Plan([Sell("ZZZ", 1_000m, 10m), Buy("BBB", 500m)]), FastSettings, Ct);

        Assert.True(summary.BuysBlocked);
        Assert.Equal((ExecutionItemStatus.Failed, ExecutionReason.NotTradable), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.BuysBlocked), (summary.Items[1].Status, summary.Items[1].Reason));
        Assert.Empty(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
    }

    [Fact]
    public async Task ExecuteAsync_BuysAbovePhiTimesPlanEquity_CircuitBreakerTrips()
    {
        await _bed.WriteBarsAsync();
        var broker = _bed.Broker();

        var summary = await _bed.Worker(broker).ExecuteAsync(
            Plan([Buy("AAA", 700m), Buy("BBB", 600m)], equity: 1_000m), FastSettings with { Concurrency = 1 }, Ct);

        Assert.True(summary.CircuitBreaker);
        Assert.Equal(ExecutionItemStatus.Filled, summary.Items[0].Status);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.CircuitBreaker), (summary.Items[1].Status, summary.Items[1].Reason));
        Assert.Single(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
    }
}
