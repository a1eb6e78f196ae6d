using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>Everything the planner needs (PIPELINE.md §5.1).</summary>
/// <param name="PlanId">The run's instance id, which is the plan id; open orders with its client order id prefix are the run's own.</param>
/// <param name="Account">The broker account snapshot.</param>
/// <param name="Target">The consolidated target w with its per-strategy contributions (§4).</param>
/// <param name="Assets">The broker's asset list for every target and held symbol.</param>
/// <param name="Settings">φ and the minimum trade size.</param>
/// <param name="PreviousContributions">For symbols that are no longer targeted: the contributions to them in the most
/// recent completed run that targeted them (§8), used to attribute full exits. May be empty.</param>
public sealed record RebalanceRequest(
    InstanceId PlanId,
    AccountSnapshot Account,
    ConsolidatedPortfolio Target,
    IReadOnlyList<AssetInfo> Assets,
    RebalanceSettings Settings,
    IReadOnlyList<Contribution> PreviousContributions);
