using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class AlertReport
{
    private const string Rerun = "alchemiser run --force";

    /// <summary>What the operator can do next, most specific first; the run history is always the last line.</summary>
    private static List<string> Actions(RunSummary summary, IReadOnlyList<StrategyView> strategies)
    {
        var actions = new List<string>();
        var failed = strategies.Where(s => s.Error is not null).ToList();
        if (summary.Gate is not { Verdict: GateVerdict.Pass })
        {
            actions.Add("Check the broker's clock and calendar against the exchange calendar for " + ReportFormat.Date(summary.TradingDate) + ".");
            actions.Add("If the day should still trade, run `" + Rerun + "` before the close (it skips the gate's time rules; "
                + "execution still never orders into a closed market).");
        }
        else if (summary.Portfolio is not { IsValid: true })
        {
            actions.Add("Fix strategies/portfolio.json and check it with `alchemiser strategy check`, then run `" + Rerun + "`.");
        }
        else if (summary.Plan is null && failed.Count > 0)
        {
            foreach (var view in failed)
            {
                actions.Add("Fix " + view.Strategy.File + " (see the diagnostic) and check it with `alchemiser strategy debug "
                    + "strategies/" + view.Strategy.File + (RunFacts.AsOf(summary) is { } d ? " --as-of " + ReportFormat.Date(d) : "") + "`.");
            }
            if (failed.Any(s => s.Error?.Code == "DSL021"))
                actions.Add("A missing close means the bars were not refreshed: run `alchemiser data refresh`.");
            actions.Add("Then run `" + Rerun + "` before the close to trade today; until then the account stays as it is.");
            if (summary.Portfolio.OnStrategyFailure == Core.Portfolio.StrategyFailureMode.Abort)
                actions.Add("To trade the other strategies on a day one fails, set \"onStrategyFailure\": \"hold-previous\" in portfolio.json.");
        }
        else if (summary.Plan?.Outcome == PlanOutcome.Failed || summary.Plan is null)
        {
            actions.Add("Resolve the cause above (e.g. cancel open orders this run did not create), then run `" + Rerun + "`.");
        }
        else if (summary.Execution is null || summary.Execution.IsDeadLettered)
        {
            actions.Add("Look at the broker's open orders and positions, and at the execution queue and its poison queue.");
            actions.Add("A rerun (`" + Rerun + "`) plans from the account as it is then, so trades that did fill are not repeated.");
        }
        else
        {
            if (summary.Execution.Summary is { BuysBlocked: true } or { CircuitBreaker: true })
                actions.Add("Look at the broker's positions and open orders: the account is between the old and the new target.");
            if (strategies.Any(s => s.State == StrategyState.ReusedPrevious))
                actions.Add("Fix the failed strategy before the next run: hold-previous only covers one trading day.");
            actions.Add("When the cause is resolved, `" + Rerun + "` plans from the account as it is and completes the rebalance.");
        }
        actions.Add("See every step with its input, output and error: `" + RunFacts.ShowCommand(summary) + "`.");
        return actions;
    }
}
