using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>How one item of the plan was executed (PIPELINE.md §6.7). Money in dollars, quantities in shares.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Status">Filled, partially filled, unfilled, failed or skipped.</param>
/// <param name="Reason">The typed reason for anything short of <see cref="ExecutionItemStatus.Filled"/>;
/// <see cref="ExecutionReason.None"/> when filled, or when a buy fell below the minimum trade after scaling.</param>
/// <param name="BrokerReason">The broker's rejection text, kept as data (never matched); null otherwise.</param>
/// <param name="PlannedDollars">|Δ| of the plan.</param>
/// <param name="TargetDollars">The dollars the quantity was computed from: |Δ|, or Δ × k′ for a scaled buy.</param>
/// <param name="Quantity">The quantity walked (0 when the item never got one).</param>
/// <param name="FilledQuantity">Σ of the final filled quantities of the item's terminal orders.</param>
/// <param name="Vwap">Σ q·p / Σ q over the fills; null when nothing filled.</param>
/// <param name="Notional">Σ of the orders' notionals, in cents.</param>
/// <param name="ArrivalMid">mid₀; null when the item never got a quote.</param>
/// <param name="SlippageBps">VWAP against mid₀ in bps (2 dp, positive = cost); null when nothing filled.</param>
/// <param name="SlippageDollars">Slippage in dollars; 0 when nothing filled.</param>
/// <param name="StepsUsed">The highest step placed + 1 (0 when no order was placed).</param>
/// <param name="OrdersPlaced">Orders that exist at the broker for this item.</param>
public sealed record ExecutionItemSummary(
    Symbol Symbol,
    OrderSide Side,
    ExecutionItemStatus Status,
    ExecutionReason Reason,
    string? BrokerReason,
    decimal PlannedDollars,
    decimal TargetDollars,
    decimal Quantity,
    decimal FilledQuantity,
    decimal? Vwap,
    decimal Notional,
    decimal? ArrivalMid,
    decimal? SlippageBps,
    decimal SlippageDollars,
    int StepsUsed,
    int OrdersPlaced);
