using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>What went wrong in a run, in blocks both emails use (PIPELINE.md §9.3 item 6).</summary>
internal static class FailureFacts
{
    /// <summary>Guards, a dead-lettered plan, a failed plan, items not traded as planned, and order failures and skips,
    /// one line each.</summary>
    public static List<string> Lines(RunSummary summary)
    {
        var lines = new List<string>();
        if (summary.Plan is { Failure: { } failure })
            lines.Add("No plan: " + failure);
        if (summary.Execution is { IsDeadLettered: true } dead)
            lines.Add("The plan was dead-lettered: " + (dead.Failure ?? "no reason given"));
        if (summary.Execution?.Summary is { } executed)
        {
            if (executed.MarketClosed)
                lines.Add("Guard: the broker's market was closed; every item was skipped.");
            if (executed.BuysBlocked)
            {
                lines.Add("Guard: buys blocked. Sells worth " + ReportFormat.Money(executed.Totals.FailedSellNotional)
                    + " did not fill, so no buy was placed.");
            }
            if (executed.CircuitBreaker)
            {
                lines.Add("Guard: circuit breaker. Buys would have exceeded " + ReportFormat.Money(executed.Totals.BuyLimit)
                    + "; the buy phase stopped and working buys were cancelled.");
            }
            foreach (var item in executed.Items.Where(i => i.Status != ExecutionItemStatus.Filled))
                lines.Add(Item(item));
        }
        foreach (var item in summary.Plan?.Plan?.Items.Where(i => i.Reason == RebalanceReason.NotTradable) ?? [])
            lines.Add(item.Symbol.Value + " is not tradable: it was not traded and its target dollars stay in cash.");
        return lines;
    }

    /// <summary>One line per strategy diagnostic (its headline) with the excerpt and evaluation path as preformatted
    /// text, for every strategy that failed, whether or not hold-previous covered it.</summary>
    public static List<ReportBlock> Diagnostics(IReadOnlyList<StrategyView> strategies)
    {
        var blocks = new List<ReportBlock>();
        foreach (var view in strategies)
        {
            if (view.Error is not { } error)
                continue;
            var covered = view.State == StrategyState.ReusedPrevious ? " (its previous slice was reused)" : "";
            blocks.Add(new ParagraphBlock("Strategy " + view.Strategy.StrategyId + covered + ": " + error.Headline));
            var detail = error.Excerpt;
            if (error.EvaluationPath is { } path)
                detail += (detail.Length > 0 ? "\n" : "") + "   path: " + path;
            if (detail.Length > 0)
                blocks.Add(new PreformattedBlock(detail));
        }
        return blocks;
    }

    private static string Item(ExecutionItemSummary item)
    {
        var side = item.Side == Core.Execution.OrderSide.Buy ? "BUY" : "SELL";
        return side + " " + item.Symbol.Value + " " + ReportFormat.Money(item.PlannedDollars) + ": " + ReportFormat.Outcome(item)
            + (item.FilledQuantity > 0 ? " (" + ReportFormat.Quantity(item.FilledQuantity) + " shares, " + ReportFormat.Money(item.Notional) + " filled)" : "");
    }
}
