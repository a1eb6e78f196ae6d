using System.Globalization;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Workflow.Orchestrators;

/// <summary>How a run's outcome follows from its plan and execution (PIPELINE.md §9.1). Pure.</summary>
public static class RunOutcomeRules
{
    /// <summary>The diagnostic code of a strategy that could not be evaluated because of an infrastructure fault.</summary>
    public const string EvaluationFaultCode = "RUN001";

    /// <summary>
    /// The outcome once execution reported: a dead-lettered plan, blocked buys, a tripped breaker or a closed market
    /// fail the run; an item that failed or is not completely filled makes it partial; otherwise it succeeded.
    /// A degraded plan stays degraded whatever the execution did, unless the execution failed.
    /// </summary>
    public static (RunOutcome Outcome, string? Reason) AfterExecution(ExecutionCompleted completed, RebalancePlanned plan)
    {
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(plan);
        if (completed.Summary is not { } summary)
            return (RunOutcome.Failed, $"the plan was dead-lettered and not executed: {completed.Failure}");
        if (summary.BuysBlocked)
        {
            return (RunOutcome.Failed, string.Create(CultureInfo.InvariantCulture,
                $"buys blocked: sells worth ${summary.Totals.FailedSellNotional:N2} did not fill, so no buy was placed"));
        }
        if (summary.CircuitBreaker)
        {
            return (RunOutcome.Failed, string.Create(CultureInfo.InvariantCulture,
                $"circuit breaker: buys would have exceeded ${summary.Totals.BuyLimit:N2}; the buy phase stopped"));
        }
        if (summary.MarketClosed)
            return (RunOutcome.Failed, "the broker's market was closed: no order was placed");
        var shortfalls = summary.Totals.Shortfalls;
        if (plan.IsDegraded)
            return (RunOutcome.Degraded, DegradedReason(plan) + (shortfalls > 0 ? $"; {shortfalls} order(s) not completely filled" : ""));
        return shortfalls > 0
            ? (RunOutcome.Partial, $"{shortfalls} of {summary.Items.Count} order(s) failed or did not fill completely")
            : (RunOutcome.Success, null);
    }

    /// <summary>Why a plan is degraded (the strategies whose previous slice was reused); null when it is not.</summary>
    public static string? DegradedReason(RebalancePlanned plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var reused = plan.Slices.Where(s => s.Use == StrategyUse.ReusedPrevious).Select(s => s.StrategyId).ToList();
        return reused.Count == 0 ? null : $"hold-previous: reused yesterday's allocation of {string.Join(", ", reused)}";
    }
}
