using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Workflow.Tests.Execution.WorkerHarness;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>
/// A broker holds buying power at the limit of every working buy, so a fully deployed account cannot buy at limits
/// above the mid the plan was sized at: each buy is cut to what the buying power covers instead of being refused.
/// </summary>
public sealed partial class ExecutionWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_FullyDeployedBuysAboveTheMid_LastOneTrimmedToTheBuyingPowerNotRejected()
    {
        _h.Settings = _h.Settings with { Concurrency = 1 }; // AAA walks first, then CCC
        _h.Broker.Cash = 10_000m;
        foreach (var symbol in new[] { "AAA", "CCC" })
        {
            _h.Broker.SetQuote(symbol, 99.98m, 100.02m);
            _h.Broker.Scripts[Cid(symbol, OrderSide.Buy, 0)] = OrderScript.Never; // step 1 buys at 100.01 > mid
        }

        var summary = await _h.RunAsync(Plan([Buy("AAA", 5_000m), Buy("CCC", 5_000m)], equity: 10_000m));

        Assert.All(summary.Items, i => Assert.Equal((ExecutionItemStatus.Filled, ExecutionReason.None), (i.Status, i.Reason)));
        // AAA: 50 working at 100.00, then 50 filled at 100.01 (5,000.50). CCC: 4,999.50 left covers 49.995 at 100.00
        // and then 49.99 at 100.01; both cuts together ($1) are within the tolerance, so CCC counts as filled.
        Assert.Equal(
            [("AAA", 50m, 100.00m), ("AAA", 50m, 100.01m), ("CCC", 49.995m, 100.00m), ("CCC", 49.99m, 100.01m)],
            _h.Broker.Submissions.Select(s => (s.Symbol.ToString(), s.Quantity, s.LimitPrice!.Value)));
        Assert.Equal(0m, _h.Broker.Cash);
    }

    [Fact]
    public async Task ExecuteAsync_CutWithinTheSlippageCapOfThePlannedBuys_StillFilled()
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.OtherHolds = 8m; // above m = $5, within 100 bps of $1,000 planned

        var summary = await PrepareThenRunAsync(Plan([Buy("AAA", 1_000m)], equity: 1_000m));

        Assert.Equal([9.92m], _h.Broker.Submissions.Select(s => s.Quantity));
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, ExecutionReason.None, 9.92m), (item.Status, item.Reason, item.FilledQuantity));
    }

    [Theory]
    [InlineData(false)] // the cut was stored, the order never reached the broker
    [InlineData(true)] // the broker has the cut order, the worker never recorded it
    public async Task ExecuteAsync_CrashAroundTheSubmissionOfACutBuy_ReplayPlacesTheCutOrderOnce(bool afterSubmit)
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.OtherHolds = 8m;
        Action<OrderRequest> crash = _ => throw new IOException("process killed");
        if (afterSubmit)
            _h.Broker.AfterSubmit = crash;
        else
            _h.Broker.BeforeSubmit = crash;
        var plan = Plan([Buy("AAA", 1_000m)], equity: 1_000m);

        await Assert.ThrowsAsync<IOException>(() => PrepareThenRunAsync(plan));
        (_h.Broker.AfterSubmit, _h.Broker.BeforeSubmit) = (null, null);
        var summary = await _h.RunAsync(plan);

        var submitted = Assert.Single(_h.Broker.Submissions);
        Assert.Equal((Cid("AAA", OrderSide.Buy, 0), 9.92m), (submitted.ClientOrderId, submitted.Quantity));
        var order = Assert.Single(_h.Broker.Orders);
        Assert.Equal((Cid("AAA", OrderSide.Buy, 0), 9.92m), (order.ClientOrderId, order.Quantity));
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, 9.92m, 1), (item.Status, item.FilledQuantity, item.OrdersPlaced));
    }

    [Fact]
    public async Task ExecuteAsync_LessThanAMinimumOrderCoveredForASmallRest_ItemEndsFilledAtWhatItBought()
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.PartialShare = 0.999m; // step 0 buys 9.99 of 10 at 100.00
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Partial;
        _h.Broker.AfterSubmit = _ => _h.Broker.OtherHolds = 0.50m; // leaves $0.50 for the $1.00 rest

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)], equity: 1_000m));

        Assert.Equal([10m], _h.Broker.Submissions.Select(s => s.Quantity));
        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.Filled, ExecutionReason.None, 9.99m), (item.Status, item.Reason, item.FilledQuantity));
    }

    [Fact]
    public async Task ExecuteAsync_Resumed_AnotherBuysOpenOrderCountsInTheBudgetBeforeItIsAdopted()
    {
        // Budget: min(φ × E = $1,000, 1.05 × $1,100 + m). AAA's $600 order is at the broker when the process dies.
        _h.Broker.Cash = 2_000m;
        _h.Broker.SetQuote("CCC", 99.98m, 100.02m);
        _h.Broker.Scripts[Cid("AAA", OrderSide.Buy, 0)] = OrderScript.Never;
        _h.Broker.AfterSubmit = _ => throw new IOException("process killed");
        _h.Settings = _h.Settings with { Concurrency = 1 };
        var plan = Plan([Buy("AAA", 600m), Buy("CCC", 500m)], equity: 1_000m);
        await Assert.ThrowsAsync<IOException>(() => _h.RunAsync(plan));

        // Resumed: CCC reaches its placement while AAA's walk is still looking its order up.
        _h.Broker.AfterSubmit = null;
        _h.Broker.LookupDelay = id => id == Cid("AAA", OrderSide.Buy, 0) ? TimeSpan.FromMilliseconds(300) : null;
        _h.Settings = _h.Settings with { Concurrency = 2 };
        var summary = await _h.RunAsync(plan);

        Assert.True(summary.CircuitBreaker);
        Assert.Equal(0, _h.SubmissionsOf("CCC")); // $600 open + $500 > $1,000
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.CircuitBreaker), (summary.Items[1].Status, summary.Items[1].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_CutsAddUpBeyondTheTolerance_TheCutThatCrossesItEndsForBuyingPower()
    {
        _h.Settings = _h.Settings with { Concurrency = 1 };
        _h.Broker.Cash = 2_000m;
        _h.Broker.SetQuote("CCC", 99.98m, 100.02m);
        _h.Broker.OtherHolds = 1_015m; // another order leaves AAA $985 of its $1,000 (cut $15; tolerance 1 % of $2,000 = $20)
        _h.Broker.AfterSubmit = _ => _h.Broker.OtherHolds = 25m; // then leaves CCC $990 of $1,015 cash (cut $10: $25 in all)

        var summary = await PrepareThenRunAsync(Plan([Buy("AAA", 1_000m), Buy("CCC", 1_000m)], equity: 2_000m));

        Assert.Equal([9.85m, 9.9m], _h.Broker.Submissions.Select(s => s.Quantity)); // cut by $15, then by $10
        Assert.Equal((ExecutionItemStatus.Filled, ExecutionReason.None), (summary.Items[0].Status, summary.Items[0].Reason));
        Assert.Equal((ExecutionItemStatus.PartiallyFilled, ExecutionReason.BuyingPower), (summary.Items[1].Status, summary.Items[1].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_BuyingPowerShortBeyondTheSlippageCap_PartiallyFilledForBuyingPower()
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.OtherHolds = 400m; // someone else's working order, after the plan was made

        var summary = await PrepareThenRunAsync(Plan([Buy("AAA", 1_000m)], equity: 1_000m));

        var item = Assert.Single(summary.Items);
        Assert.Equal((ExecutionItemStatus.PartiallyFilled, ExecutionReason.BuyingPower), (item.Status, item.Reason));
        Assert.Equal(6m, item.FilledQuantity); // 600 at 100.00
        Assert.Equal([6m], _h.Broker.Submissions.Select(s => s.Quantity));
        Assert.Equal(400m, _h.Broker.Cash);
    }

    [Fact]
    public async Task ExecuteAsync_NonFractionableBuyCut_WholeShares()
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.OtherHolds = 450m;
        _h.Broker.NonFractionable.Add(Symbol.Parse("AAA"));

        var summary = await PrepareThenRunAsync(Plan([Buy("AAA", 1_000m)], equity: 1_000m));

        Assert.Equal([5m], _h.Broker.Submissions.Select(s => s.Quantity)); // 550 covers 5.5 shares
        Assert.Equal(ExecutionReason.BuyingPower, Assert.Single(summary.Items).Reason);
    }

    [Fact]
    public async Task ExecuteAsync_NoBuyingPowerLeft_NoOrderAndUnfilledForBuyingPower()
    {
        _h.Broker.Cash = 1_000m;
        _h.Broker.OtherHolds = 999.50m;

        var summary = await PrepareThenRunAsync(Plan([Buy("AAA", 1_000m)], equity: 1_000m));

        Assert.Empty(_h.Broker.Submissions);
        Assert.Equal((ExecutionItemStatus.Unfilled, ExecutionReason.BuyingPower), (summary.Items[0].Status, summary.Items[0].Reason));
    }

    [Fact]
    public async Task ExecuteAsync_ParallelBuys_EachSubmissionFollowsItsOwnAccountRead()
    {
        _h.Broker.AccountReadDelay = TimeSpan.FromMilliseconds(30);
        _h.Broker.SetQuote("CCC", 99.98m, 100.02m);
        _h.Broker.SetQuote("DDD", 99.98m, 100.02m);

        await _h.RunAsync(Plan([Buy("AAA", 1_000m), Buy("BBB", 1_000m), Buy("CCC", 1_000m), Buy("DDD", 1_000m)]));

        var calls = _h.Broker.Calls;
        var submits = Enumerable.Range(0, calls.Count).Where(i => calls[i].StartsWith("submit", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, submits.Count);
        Assert.All(submits, i => Assert.Equal("account", calls[i - 1])); // read and place one buy at a time
    }

    /// <summary>The plan was sized before <see cref="ScriptedBroker.OtherHolds"/> appeared: the scaling between
    /// the phases sees cash, and only the placement sees the buying power held elsewhere.</summary>
    private Task<ExecutionSummary> PrepareThenRunAsync(Core.Portfolio.Rebalance.RebalancePlan plan)
    {
        var holds = _h.Broker.OtherHolds;
        _h.Broker.OtherHolds = 0;
        var reads = 0;
        _h.Broker.BeforeAccountRead = () =>
        {
            if (++reads == 2)
                _h.Broker.OtherHolds = holds;
        };
        return _h.RunAsync(plan);
    }
}
