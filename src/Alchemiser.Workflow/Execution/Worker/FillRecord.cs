using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>One broker order that filled anything, with every field of a ledger row (PIPELINE.md §8). Money in
/// dollars, quantities in shares (6 dp), times UTC.</summary>
/// <param name="PlanId">The plan id (the run's instance id).</param>
/// <param name="TradingDate">The instance's trading date; null for an instance id that is not a daily id.</param>
/// <param name="ClientOrderId">The deterministic client order id (§7.2): the ledger's upsert key.</param>
/// <param name="BrokerOrderId">The broker's order id.</param>
/// <param name="Step">0–3.</param>
/// <param name="OrderKind">limit, marketable-limit or market.</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="LimitPrice">The order's limit; null for a market order.</param>
/// <param name="FilledQuantity">The final filled quantity, read after the order was terminal.</param>
/// <param name="AveragePrice">The broker's average fill price.</param>
/// <param name="Notional">Filled quantity × average price, in cents (half away from zero).</param>
/// <param name="SubmittedAt">The broker's submission time.</param>
/// <param name="FirstFillAt">When fills were first seen: the broker's fill time when the order filled in one go,
/// else the worker's clock at the first poll that showed a fill (the broker order carries no first-fill time), never
/// after <paramref name="LastFillAt"/>.</param>
/// <param name="LastFillAt">The broker's fill time; the worker's clock at the terminal read when the broker gives none.</param>
/// <param name="TimeToFill">Last fill − the first submission of the item (§8).</param>
/// <param name="ArrivalBid">bid₀.</param>
/// <param name="ArrivalAsk">ask₀.</param>
/// <param name="ArrivalMid">mid₀ = (bid₀ + ask₀) / 2.</param>
/// <param name="QuoteTime">The arrival quote's broker timestamp.</param>
/// <param name="SpreadBps">(ask₀ − bid₀) / mid₀ × 10⁴, 2 dp.</param>
/// <param name="Slippage">Per share, bps and dollars against mid₀; positive is a cost.</param>
/// <param name="Attribution">Strategy shares of the item, summing to 1.</param>
public sealed record FillRecord(
    string PlanId,
    DateOnly? TradingDate,
    string ClientOrderId,
    string BrokerOrderId,
    int Step,
    ExecutionOrderKind OrderKind,
    Symbol Symbol,
    OrderSide Side,
    decimal? LimitPrice,
    decimal FilledQuantity,
    decimal AveragePrice,
    decimal Notional,
    DateTimeOffset SubmittedAt,
    DateTimeOffset FirstFillAt,
    DateTimeOffset LastFillAt,
    TimeSpan TimeToFill,
    decimal ArrivalBid,
    decimal ArrivalAsk,
    decimal ArrivalMid,
    DateTimeOffset QuoteTime,
    decimal SpreadBps,
    Slippage Slippage,
    IReadOnlyList<AttributionShare> Attribution);
