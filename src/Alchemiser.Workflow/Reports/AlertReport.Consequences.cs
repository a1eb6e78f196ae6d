using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class AlertReport
{
    /// <summary>What the run did not do, by the step it stopped at; the first line is always about orders.</summary>
    private static List<string> NotDone(RunSummary summary, IReadOnlyList<StrategyView> strategies)
    {
        if (summary.Gate is not { Verdict: GateVerdict.Pass })
            return ["No strategy was evaluated, no plan was made, no order was placed."];
        if (summary.Portfolio is not { IsValid: true })
            return ["No strategy was evaluated, no plan was made, no order was placed."];
        if (summary.Plan is null)
            return ["No plan was made, no order was placed: the account is as the previous run left it."];
        if (summary.Plan.Outcome == PlanOutcome.Failed)
            return ["No order was placed: the account is as the previous run left it."];
        var lines = new List<string>();
        foreach (var view in strategies.Where(s => s.State == StrategyState.ReusedPrevious))
            lines.Add("Strategy " + view.Strategy.StrategyId + " has no signal today: its slice is the previous trading day's allocation.");
        if (summary.Kind == RunKind.DryRun)
        {
            lines.Add("No order was placed (dry run).");
            return lines;
        }
        if (summary.Plan.Outcome == PlanOutcome.NoTrades)
        {
            lines.Add("No order was needed: the plan has no trades.");
            return lines;
        }
        switch (summary.Execution)
        {
            case null:
                lines.Add("No execution report was received: the plan may not have been executed, or only in part. "
                    + "Check the broker's orders and positions before doing anything else.");
                return lines;
            case { Summary: null }:
                lines.Add("The plan was dead-lettered: the execution worker did not finish it. Orders it placed before failing, if any, "
                    + "are at the broker.");
                return lines;
        }
        var executed = summary.Execution.Summary!;
        var unplacedBuys = executed.Items.Where(i => i.Side == OrderSide.Buy && i.FilledQuantity == 0).ToList();
        if (executed.MarketClosed)
            lines.Add("No order was placed: the broker's market was closed.");
        else if (executed.BuysBlocked)
            lines.Add("Buys were not placed: " + Join(unplacedBuys, i => i.Symbol.Value + " " + ReportFormat.Money(i.PlannedDollars)) + ".");
        else if (executed.CircuitBreaker)
            lines.Add("The buy phase stopped: buys not placed or not filled: " + Join(unplacedBuys, i => i.Symbol.Value + " " + ReportFormat.Money(i.PlannedDollars)) + ".");
        foreach (var item in executed.Items.Where(i => i.Status != ExecutionItemStatus.Filled && !(executed.BuysBlocked && i.Side == OrderSide.Buy)))
            lines.Add(Side(item) + " " + item.Symbol.Value + " was not completely filled: " + ReportFormat.Outcome(item) + ".");
        if (lines.Count == 0)
            lines.Add("Nothing: every order of the plan filled.");
        return lines;
    }

    /// <summary>The trades that did fill, when a run stopped half-way (guards, degraded).</summary>
    private static List<string> Done(RunSummary summary)
    {
        if (summary.Execution?.Summary is not { MarketClosed: false } executed)
            return [];
        var filled = executed.Items.Where(i => i.FilledQuantity > 0).ToList();
        if (filled.Count == 0)
            return ["No order filled."];
        var sells = filled.Where(i => i.Side == OrderSide.Sell).ToList();
        var buys = filled.Where(i => i.Side == OrderSide.Buy).ToList();
        var lines = new List<string>();
        if (sells.Count > 0)
            lines.Add("Sells that filled: " + Join(sells, Fill) + ".");
        if (buys.Count > 0)
            lines.Add("Buys that filled: " + Join(buys, Fill) + ".");
        return lines;
    }

    private static string Fill(ExecutionItemSummary item) =>
        item.Symbol.Value + " " + ReportFormat.Quantity(item.FilledQuantity) + " shares, " + ReportFormat.Money(item.Notional)
        + (item.Vwap is { } vwap ? " at " + ReportFormat.Price(vwap) : "");

    private static string Side(ExecutionItemSummary item) => item.Side == OrderSide.Buy ? "BUY" : "SELL";

    private static string Join(IEnumerable<ExecutionItemSummary> items, Func<ExecutionItemSummary, string> describe)
    {
        var text = string.Join(", ", items.Select(describe));
        return text.Length > 0 ? text : "none";
    }
}
