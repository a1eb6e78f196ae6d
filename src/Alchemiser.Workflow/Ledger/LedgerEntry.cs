using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Ledger;

/// <summary>
/// One row of the trade ledger (PIPELINE.md §8): a broker order that filled anything, with its arrival quote,
/// execution quality and strategy attribution. Keyed by <see cref="ClientOrderId"/>. Money and prices are
/// <see cref="decimal"/> and stores keep them exactly (value and scale). Immutable.
/// </summary>
/// <remarks>Record equality compares <see cref="Attribution"/> by reference; compare its items to compare rows.</remarks>
public sealed record LedgerEntry
{
    /// <summary>The row's id, given by the writer.</summary>
    public required string LedgerId { get; init; }

    /// <summary>The run that placed the order.</summary>
    public required InstanceId InstanceId { get; init; }

    /// <summary>The plan the order executed (the plan id is the instance id's text).</summary>
    public required string PlanId { get; init; }

    /// <summary>The trading date of the run.</summary>
    public required DateOnly TradingDate { get; init; }

    /// <summary>The deterministic client order id (§7.2): the row's key.</summary>
    public required string ClientOrderId { get; init; }

    /// <summary>The broker's id of the order.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>The walk step, 0–3 (§6.5).</summary>
    public required int Step { get; init; }

    /// <summary>Limit, marketable limit or market.</summary>
    public required LedgerOrderType OrderType { get; init; }

    /// <summary>The symbol traded.</summary>
    public required Symbol Symbol { get; init; }

    /// <summary>Buy or sell.</summary>
    public required OrderSide Side { get; init; }

    /// <summary>The limit price in dollars; <see langword="null"/> for a market order.</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>Shares filled (6 dp), &gt; 0.</summary>
    public required decimal FilledQuantity { get; init; }

    /// <summary>Volume-weighted average fill price, dollars per share.</summary>
    public required decimal AverageFillPrice { get; init; }

    /// <summary>Filled quantity × average price, dollars.</summary>
    public required decimal Notional { get; init; }

    /// <summary>When the order was submitted (broker timestamp, UTC).</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The first fill (broker timestamp, UTC); <see langword="null"/> when the broker did not say.</summary>
    public DateTimeOffset? FirstFillAt { get; init; }

    /// <summary>The last fill (broker timestamp, UTC); <see langword="null"/> when the broker did not say.</summary>
    public DateTimeOffset? LastFillAt { get; init; }

    /// <summary>Last fill − first submission of the item, in milliseconds; <see langword="null"/> when unknown.</summary>
    public long? TimeToFillMs { get; init; }

    /// <summary>Arrival bid₀, dollars.</summary>
    public required decimal ArrivalBid { get; init; }

    /// <summary>Arrival ask₀, dollars.</summary>
    public required decimal ArrivalAsk { get; init; }

    /// <summary>Arrival mid₀ = (bid₀ + ask₀) / 2, dollars.</summary>
    public required decimal ArrivalMid { get; init; }

    /// <summary>The arrival quote's timestamp, UTC.</summary>
    public required DateTimeOffset QuoteTime { get; init; }

    /// <summary>(ask₀ − bid₀) / mid₀ × 10⁴.</summary>
    public required decimal SpreadBps { get; init; }

    /// <summary>BUY average − mid₀, SELL mid₀ − average, dollars per share (positive = cost).</summary>
    public required decimal SlippagePerShare { get; init; }

    /// <summary>Slippage per share / mid₀ × 10⁴, 2 dp (positive = cost).</summary>
    public required decimal SlippageBps { get; init; }

    /// <summary>Slippage per share × filled quantity, dollars (positive = cost).</summary>
    public required decimal SlippageDollars { get; init; }

    /// <summary>The strategies the order is attributed to, shares summing to 1, in the writer's order.</summary>
    public required IReadOnlyList<LedgerAttribution> Attribution { get; init; }
}
