using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Orchestrators;

/// <summary>
/// What a <see cref="DailyRun"/> did: the orchestrator's output, the input of <c>Notify</c>, and what the run history
/// and the reports show. Every step's message is kept as it was recorded. Immutable.
/// </summary>
/// <param name="InstanceId">The instance id.</param>
/// <param name="TradingDate">T.</param>
/// <param name="Kind">How the run was started.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Reason">Why it failed, was skipped or degraded, in words; null for a plain success.</param>
/// <param name="Gate">The gate's decision; null when the gate itself failed.</param>
/// <param name="Portfolio">The portfolio; null when not reached or not loadable.</param>
/// <param name="Strategies">Each strategy's outcome, in portfolio order; empty when not reached.</param>
/// <param name="Plan">The plan; null when not reached.</param>
/// <param name="Execution">The execution's report; null when nothing was executed.</param>
/// <param name="StartedUtc">When the starter created the run (the input's timestamp).</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The last step's event id.</param>
/// <param name="Timestamp">When the run ended (its replay-safe clock), UTC.</param>
public sealed record RunSummary(
    string InstanceId,
    DateOnly TradingDate,
    RunKind Kind,
    RunOutcome Outcome,
    string? Reason,
    GateResult? Gate,
    PortfolioLoaded? Portfolio,
    IReadOnlyList<StrategyEvaluated> Strategies,
    RebalancePlanned? Plan,
    ExecutionCompleted? Execution,
    DateTime StartedUtc,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>Whether the run ended in a state that needs a failure alert (PIPELINE.md §9.1): failed, degraded, or
    /// skipped for any reason but a market holiday.</summary>
    public bool NeedsAlert => Outcome switch
    {
        RunOutcome.Failed or RunOutcome.Degraded => true,
        RunOutcome.Skipped => Gate?.Rule != "G1",
        _ => false,
    };

    /// <summary>Whether the run reached planning, so the daily summary is sent.</summary>
    public bool HasDailySummary => Plan is not null;
}
