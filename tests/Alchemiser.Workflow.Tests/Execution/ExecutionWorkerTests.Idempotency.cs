using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Workflow.Tests.Execution.WorkerHarness;

namespace Alchemiser.Workflow.Tests.Execution;

public sealed partial class ExecutionWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_OrderAlreadyAtTheBroker_AdoptedInsteadOfPlaced()
    {
        var cid = Cid("AAA", OrderSide.Buy, 0);
        _h.Broker.Seed(new OrderRequest(cid, Core.Market.Symbol.Parse("AAA"), OrderSide.Buy, 10m, OrderType.Limit, 100m), 100m);

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Empty(_h.Broker.Submissions);
        Assert.Equal((ExecutionItemStatus.Filled, 1), (summary.Items[0].Status, summary.Items[0].OrdersPlaced));
        Assert.Equal(_h.Broker.Orders[0].Id, _h.Fills.Fills[cid].BrokerOrderId);
    }

    [Fact]
    public async Task ExecuteAsync_DuplicateOnSubmit_AdoptsTheExistingOrder()
    {
        var cid = Cid("AAA", OrderSide.Buy, 0);
        _h.Broker.Scripts[cid] = OrderScript.DuplicateOnSubmit;

        var summary = await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        Assert.Single(_h.Broker.Orders);
        Assert.Equal(ExecutionItemStatus.Filled, summary.Items[0].Status);
        Assert.True(_h.Fills.Fills.ContainsKey(cid));
    }

    [Fact]
    public async Task ExecuteAsync_CrashAfterSubmitBeforeTheRecord_ReplayAdoptsAndPlacesNoSecondOrder()
    {
        _h.Broker.Positions[Core.Market.Symbol.Parse("AAA")] = 20m;
        _h.Broker.Scripts[Cid("BBB", OrderSide.Buy, 0)] = OrderScript.Partial;
        _h.Broker.AfterSubmit = r =>
        {
            if (r.ClientOrderId == Cid("BBB", OrderSide.Buy, 0))
                throw new IOException("process killed");
        };
        var plan = Plan([Sell("AAA", 1_000m, 20m), Buy("BBB", 500m)]);

        await Assert.ThrowsAsync<IOException>(() => _h.RunAsync(plan));
        _h.Broker.AfterSubmit = null;
        var summary = await _h.RunAsync(plan);

        Assert.Equal(_h.Broker.Orders.Count, _h.Broker.Orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Equal(
            [Cid("AAA", OrderSide.Sell, 0), Cid("BBB", OrderSide.Buy, 0), Cid("BBB", OrderSide.Buy, 1)],
            _h.Broker.Orders.Select(o => o.ClientOrderId));
        Assert.All(summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        Assert.Equal(10m, _h.Broker.Positions[Core.Market.Symbol.Parse("BBB")]);
        Assert.Equal(3, _h.Fills.Fills.Count);
    }

    [Fact]
    public async Task ExecuteAsync_DuplicateDelivery_ReturnsTheStoredSummaryAndPlacesNothing()
    {
        var plan = Plan([Buy("AAA", 1_000m)]);
        var first = await _h.RunAsync(plan);
        var submissions = _h.Broker.Submissions.Count;
        var writes = _h.Store.Writes;

        var second = await _h.RunAsync(plan, _h.NewWorker());

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.Equal(submissions, _h.Broker.Submissions.Count);
        Assert.Equal(writes, _h.Store.Writes);
        Assert.Equal(["executions/2026-11-24.json"], _h.Store.Keys);
    }

    [Fact]
    public async Task ExecuteAsync_RecordOfAnotherPlan_Refused()
    {
        await _h.RunAsync(Plan([Buy("AAA", 1_000m)]));

        await Assert.ThrowsAsync<InvalidDataException>(() => _h.RunAsync(Plan([Buy("BBB", 1_000m)])));
    }

    [Fact]
    public void KeyOf_RerunId_IsAValidKeyDistinctFromTheDay()
    {
        var rerun = ExecutionJournal.KeyOf(InstanceId.Parse("2026-11-24#2"));

        Assert.True(Workflow.Data.ObjectKey.IsValid(rerun, out _));
        Assert.StartsWith("executions/2026-11-24_2-", rerun, StringComparison.Ordinal);
        Assert.NotEqual(ExecutionJournal.KeyOf(Day), rerun);
    }
}
