using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Execution.Worker;

namespace Alchemiser.Workflow.Ledger;

/// <summary>
/// Writes each fill the execution worker reports to the trade ledger (PIPELINE.md §8), keyed by client order id, so
/// a replayed fill overwrites its own row and never adds a second one.
/// </summary>
public sealed class LedgerFillRecorder(ITradeLedger ledger) : IFillRecorder
{
    /// <inheritdoc />
    public Task RecordAsync(FillRecord fill, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fill);
        return ledger.UpsertAsync(ToEntry(fill), cancellationToken);
    }

    /// <summary>The ledger row of a fill. Attributed dollars are split into cents by <see cref="CentSplit"/>, so the
    /// per-strategy amounts add up to the order's exactly and match the per-strategy CSV.</summary>
    public static LedgerEntry ToEntry(FillRecord fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var instance = InstanceId.Parse(fill.PlanId);
        return new LedgerEntry
        {
            LedgerId = fill.ClientOrderId,
            InstanceId = instance,
            PlanId = fill.PlanId,
            TradingDate = fill.TradingDate ?? instance.TradingDate ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fill.SubmittedAt, NyseCalendar.TimeZone).DateTime),
            ClientOrderId = fill.ClientOrderId,
            BrokerOrderId = fill.BrokerOrderId,
            Step = fill.Step,
            OrderType = fill.OrderKind switch
            {
                ExecutionOrderKind.Limit => LedgerOrderType.Limit,
                ExecutionOrderKind.MarketableLimit => LedgerOrderType.MarketableLimit,
                _ => LedgerOrderType.Market,
            },
            Symbol = fill.Symbol,
            Side = fill.Side,
            LimitPrice = fill.LimitPrice,
            FilledQuantity = fill.FilledQuantity,
            AverageFillPrice = fill.AveragePrice,
            Notional = fill.Notional,
            SubmittedAt = fill.SubmittedAt,
            FirstFillAt = fill.FirstFillAt,
            LastFillAt = fill.LastFillAt,
            TimeToFillMs = (long)fill.TimeToFill.TotalMilliseconds,
            ArrivalBid = fill.ArrivalBid,
            ArrivalAsk = fill.ArrivalAsk,
            ArrivalMid = fill.ArrivalMid,
            QuoteTime = fill.QuoteTime,
            SpreadBps = fill.SpreadBps,
            SlippagePerShare = fill.Slippage.PerShare,
            SlippageBps = fill.Slippage.Bps,
            SlippageDollars = fill.Slippage.Dollars,
            Attribution = Attribute(fill),
        };
    }

    private static List<LedgerAttribution> Attribute(FillRecord fill)
    {
        var shares = fill.Attribution.Count > 0 ? fill.Attribution : [new Core.Portfolio.Rebalance.AttributionShare(Core.Portfolio.Rebalance.AttributionShare.Unattributed, 1.0)];
        var weights = shares.Select(s => s.Share).ToList();
        var notional = CentSplit.Split(fill.Notional, weights);
        var slippage = CentSplit.Split(fill.Slippage.Dollars, weights);
        return [.. shares.Select((share, i) => new LedgerAttribution(share.StrategyId, (decimal)share.Share, notional[i], slippage[i]))];
    }
}
