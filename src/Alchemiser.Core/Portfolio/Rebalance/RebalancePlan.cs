using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>
/// A rebalance plan in dollars (PIPELINE.md §5.5): sells by |Δ| descending, then buys by Δ descending, then holds
/// by symbol (for the report only). Immutable.
/// </summary>
/// <param name="PlanId">The run's instance id.</param>
/// <param name="Items">Every target or held symbol, in plan order.</param>
/// <param name="Totals">V, φ, Dep, m, C, BP, S, B, A, k.</param>
public sealed record RebalancePlan(InstanceId PlanId, IReadOnlyList<RebalanceItem> Items, RebalanceTotals Totals)
{
    /// <summary>Whether the plan has any buy or sell; a plan without one is "no trades" and is not enqueued.</summary>
    public bool HasTrades => Items.Any(i => i.Side != RebalanceSide.Hold);
}
