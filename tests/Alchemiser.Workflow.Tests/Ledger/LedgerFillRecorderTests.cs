using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Ledger;

namespace Alchemiser.Workflow.Tests.Ledger;

public class LedgerFillRecorderTests
{
    private static FillRecord Fill(params AttributionShare[] attribution)
    {
        var submitted = new DateTimeOffset(2026, 11, 24, 20, 45, 3, TimeSpan.Zero);
        return new FillRecord(
            "2026-11-24#2", null, "20261124r2-B-SPY-1", "broker-7", 1, ExecutionOrderKind.Limit, Symbol.Parse("SPY"), OrderSide.Buy,
            500.07m, 3.333333m, 500.07m, 1666.90m, submitted, submitted.AddSeconds(2), submitted.AddSeconds(4), TimeSpan.FromSeconds(14),
            500.00m, 500.10m, 500.05m, submitted.AddSeconds(-1), 2.00m, Slippage.Measure(OrderSide.Buy, 500.07m, 500.05m, 3.333333m), attribution);
    }

    [Fact]
    public async Task RecordAsync_AFill_WritesOneRowKeyedByClientOrderIdWithEveryField()
    {
        var ledger = new MemoryLedger();
        var recorder = new LedgerFillRecorder(ledger);

        await recorder.RecordAsync(Fill(new AttributionShare("nuclear", 0.25), new AttributionShare("klm", 0.75)), TestContext.Current.CancellationToken);
        await recorder.RecordAsync(Fill(new AttributionShare("nuclear", 0.25), new AttributionShare("klm", 0.75)), TestContext.Current.CancellationToken);

        var row = Assert.Single(ledger.Rows.Values);
        Assert.Equal(("20261124r2-B-SPY-1", "2026-11-24#2", new DateOnly(2026, 11, 24)), (row.ClientOrderId, row.InstanceId.Value, row.TradingDate));
        Assert.Equal((1, LedgerOrderType.Limit, 3.333333m, 500.07m), (row.Step, row.OrderType, row.FilledQuantity, row.AverageFillPrice));
        Assert.Equal(14_000, row.TimeToFillMs);
        Assert.Equal((0.02m, 0.40m), (row.SlippagePerShare, row.SlippageBps));
        Assert.Equal(0.07m, row.SlippageDollars);
    }

    [Fact]
    public void ToEntry_SplitAttribution_PerStrategyDollarsAddUpToTheOrderExactly()
    {
        var row = LedgerFillRecorder.ToEntry(Fill(new AttributionShare("a", 1.0 / 3), new AttributionShare("b", 1.0 / 3), new AttributionShare("c", 1.0 / 3)));

        Assert.Equal(["a", "b", "c"], row.Attribution.Select(a => a.StrategyId));
        Assert.Equal(1666.90m, row.Attribution.Sum(a => a.Notional));
        Assert.Equal(row.SlippageDollars, row.Attribution.Sum(a => a.SlippageDollars));
        Assert.Equal([555.64m, 555.63m, 555.63m], row.Attribution.Select(a => a.Notional)); // largest remainder, a tie to the first: as the CSV splits it
    }

    [Fact]
    public void ToEntry_NoAttribution_IsUnattributed()
    {
        var row = LedgerFillRecorder.ToEntry(Fill());

        var only = Assert.Single(row.Attribution);
        Assert.Equal((AttributionShare.Unattributed, 1m, 1666.90m), (only.StrategyId, only.Share, only.Notional));
    }

    private sealed class MemoryLedger : ITradeLedger
    {
        public Dictionary<string, LedgerEntry> Rows { get; } = [];

        public Task UpsertAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
        {
            Rows[entry.ClientOrderId] = entry;
            return Task.CompletedTask;
        }

        public Task<LedgerEntry?> FindAsync(string clientOrderId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Rows.GetValueOrDefault(clientOrderId));

        public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LedgerEntry>>([.. Rows.Values.Where(r => r.TradingDate >= from && r.TradingDate <= to)]);

        public Task<IReadOnlyList<LedgerEntry>> ListByInstanceAsync(InstanceId instanceId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LedgerEntry>>([.. Rows.Values.Where(r => r.InstanceId == instanceId)]);
    }
}
