using Alchemiser.Core.Execution;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// The outcome of executing a plan (PIPELINE.md §6.7): stored in the execution record before it is returned, and
/// returned again unchanged for a duplicate delivery.
/// </summary>
/// <param name="PlanId">The plan id.</param>
/// <param name="Items">One per buy or sell of the plan, in plan order (holds are not executed).</param>
/// <param name="Totals">Totals.</param>
/// <param name="MarketClosed">The broker clock said closed: every item was skipped.</param>
/// <param name="BuysBlocked">Failed sells exceeded the block threshold and no buy was placed: the run is Failed.</param>
/// <param name="CircuitBreaker">The equity circuit breaker tripped during the buy phase: the run is Failed.</param>
/// <param name="FinalAccount">The broker account read after the last order.</param>
/// <param name="FinalPositions">The broker positions read after the last order.</param>
/// <param name="CompletedAt">When the summary was written (the worker's clock).</param>
public sealed record ExecutionSummary(
    string PlanId,
    IReadOnlyList<ExecutionItemSummary> Items,
    ExecutionTotals Totals,
    bool MarketClosed,
    bool BuysBlocked,
    bool CircuitBreaker,
    BrokerAccount FinalAccount,
    IReadOnlyList<BrokerPosition> FinalPositions,
    DateTimeOffset CompletedAt)
{
    /// <summary>Whether a guard failed the run: buys blocked or the circuit breaker tripped.</summary>
    public bool IsFailed => BuysBlocked || CircuitBreaker;

    /// <summary>The executed item of a plan item: same symbol and side; null for a hold or an item never executed.</summary>
    public ExecutionItemSummary? ItemFor(RebalanceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Side == RebalanceSide.Hold)
            return null;
        var side = item.Side == RebalanceSide.Buy ? OrderSide.Buy : OrderSide.Sell;
        return Items.FirstOrDefault(e => e.Symbol == item.Symbol && e.Side == side);
    }
}
