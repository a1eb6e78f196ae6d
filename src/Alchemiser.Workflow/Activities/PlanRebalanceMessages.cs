using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="PlanRebalanceActivity"/> to merge the strategies and plan the rebalance (PIPELINE.md §4–§5).</summary>
/// <param name="InstanceId">The run's instance id: the plan id, which keys the client order ids.</param>
/// <param name="TradingDate">T.</param>
/// <param name="AsOf">D.</param>
/// <param name="Strategies">Every strategy's outcome, in portfolio order.</param>
/// <param name="OnStrategyFailure">What a failed strategy does: the orchestrator sends failures only in hold-previous mode.</param>
/// <param name="DryRun">Plan without storing anything that execution would read.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The portfolio's event id.</param>
/// <param name="Timestamp">When the orchestrator created it.</param>
public sealed record PlanRebalanceRequest(
    string InstanceId,
    DateOnly TradingDate,
    DateOnly AsOf,
    IReadOnlyList<StrategyEvaluated> Strategies,
    StrategyFailureMode OnStrategyFailure,
    bool DryRun,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>How planning ended.</summary>
public enum PlanOutcome
{
    /// <summary>A plan with at least one buy or sell, stored for execution.</summary>
    Trades,

    /// <summary>Nothing to buy or sell: nothing is enqueued.</summary>
    NoTrades,

    /// <summary>No plan: the account cannot be valued, foreign open orders, or a failed strategy has no previous slice.</summary>
    Failed,
}

/// <summary>How one strategy entered the merge.</summary>
public enum StrategyUse
{
    /// <summary>Its weights today (U = W).</summary>
    Target,

    /// <summary>Held by its rebalance threshold: U = the drifted book (§5.4).</summary>
    HeldByThreshold,

    /// <summary>It failed and hold-previous reused yesterday's slice (§3): the run is DEGRADED.</summary>
    ReusedPrevious,
}

/// <summary>One strategy's slice of the consolidated target.</summary>
/// <param name="StrategyId">The strategy.</param>
/// <param name="Use">How it entered the merge.</param>
/// <param name="Weights">U_k, the weights merged.</param>
/// <param name="Threshold">θ_k, when it has one.</param>
/// <param name="Drift">max |d − W| when a book was compared.</param>
public sealed record StrategySlice(string StrategyId, StrategyUse Use, IReadOnlyList<Holding> Weights, double? Threshold, double? Drift);

/// <summary>A book to store when the run completes (§5.4).</summary>
/// <param name="StrategyId">The strategy.</param>
/// <param name="Book">B_k and D_ref.</param>
public sealed record StrategyBookUpdate(string StrategyId, StrategyBook Book);

/// <summary>The account as planning saw it.</summary>
/// <param name="Equity">E.</param>
/// <param name="Cash">C.</param>
/// <param name="BuyingPower">BP.</param>
public sealed record AccountFigures(decimal Equity, decimal Cash, decimal BuyingPower);

/// <summary>The plan, or why there is none.</summary>
/// <param name="Outcome">Trades, no trades or failed.</param>
/// <param name="Failure">Why planning failed; null otherwise.</param>
/// <param name="Plan">The plan (also when it has no trades); null when planning failed.</param>
/// <param name="PlanKey">Where the plan is stored for execution; null unless <see cref="PlanOutcome.Trades"/> and not a dry run.</param>
/// <param name="PlanSha256">SHA-256 of the stored plan's bytes.</param>
/// <param name="Target">The consolidated target weights.</param>
/// <param name="PreviousTarget">The consolidated target of the last completed run (for the report); empty when none.</param>
/// <param name="Contributions">c_{k,s} per strategy and symbol.</param>
/// <param name="Slices">How each strategy entered the merge.</param>
/// <param name="NewBooks">Books to store when the run completes.</param>
/// <param name="Account">The account snapshot's figures; null when it could not be read.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When it was planned, UTC.</param>
public sealed record RebalancePlanned(
    PlanOutcome Outcome,
    string? Failure,
    RebalancePlan? Plan,
    string? PlanKey,
    string? PlanSha256,
    IReadOnlyList<Holding> Target,
    IReadOnlyList<Holding> PreviousTarget,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<StrategySlice> Slices,
    IReadOnlyList<StrategyBookUpdate> NewBooks,
    AccountFigures? Account,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>Whether a failed strategy's previous slice was used.</summary>
    public bool IsDegraded => Slices.Any(s => s.Use == StrategyUse.ReusedPrevious);
}
