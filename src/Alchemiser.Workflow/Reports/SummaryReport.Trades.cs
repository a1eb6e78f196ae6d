using System.Globalization;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class SummaryReport
{
    /// <summary>Every buy and sell of the plan with how it was executed, then the holds, then the totals.</summary>
    private static List<ReportBlock> Trades(RunSummary summary)
    {
        if (summary.Plan?.Plan is not { } plan)
            return [new ParagraphBlock("No plan: " + (summary.Plan?.Failure ?? summary.Reason ?? "planning did not complete") + ".")];
        var executed = summary.Execution?.Summary;
        var notExecuted = NotExecuted(summary);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var item in plan.Items.Where(i => i.Side != RebalanceSide.Hold).Concat(plan.Items.Where(i => i.Side == RebalanceSide.Hold)))
        {
            var done = executed?.ItemFor(item);
            rows.Add(
            [
                item.Symbol.Value,
                item.Side == RebalanceSide.Hold ? ReportFormat.Side(item.Side) : ReportFormat.Side(item.Side) + " " + ReportFormat.Reason(item.Reason),
                item.Side == RebalanceSide.Hold ? ReportFormat.None : ReportFormat.Money(Math.Abs(item.Delta)),
                done is null ? ReportFormat.None : Quantity(done),
                done?.Vwap is { } vwap ? ReportFormat.Price(vwap) : ReportFormat.None,
                done is null ? ReportFormat.None : ReportFormat.Money(done.Notional),
                done?.SlippageBps is { } bps ? ReportFormat.Bps(bps) : ReportFormat.None,
                done is null ? ReportFormat.None : ReportFormat.Count(done.StepsUsed),
                item.Side == RebalanceSide.Hold ? Hold(item, plan.Totals) : done is null ? notExecuted : Outcome(done),
            ]);
        }
        var blocks = new List<ReportBlock>();
        if (!plan.HasTrades)
            blocks.Add(new ParagraphBlock("No trades: every symbol is within the minimum trade size of its target."));
        if (rows.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new("Symbol"), new("Side"), new("Planned", true), new("Quantity", true), new("VWAP", true), new("Notional", true),
                    new("Slip bps", true), new("Steps", true), new("Status")],
                rows));
        }
        if (executed is not null)
            blocks.Add(Totals(executed.Totals));
        return blocks;
    }

    /// <summary>Why a trade of the plan has no execution result.</summary>
    private static string NotExecuted(RunSummary summary) =>
        summary.Kind == RunKind.DryRun ? "not executed (dry run)"
        : summary.Execution is { IsDeadLettered: true } ? "not executed (plan dead-lettered)"
        : "no execution report";

    /// <summary>The item's outcome, and the dollars it was walked for when the buys were scaled after the sells.</summary>
    private static string Outcome(ExecutionItemSummary item) =>
        ReportFormat.Outcome(item) + (item.TargetDollars != item.PlannedDollars ? " (scaled to " + ReportFormat.Money(item.TargetDollars) + ")" : "");

    private static string Quantity(ExecutionItemSummary item) =>
        item.Quantity > 0 && item.FilledQuantity != item.Quantity
            ? ReportFormat.Quantity(item.FilledQuantity) + " of " + ReportFormat.Quantity(item.Quantity)
            : ReportFormat.Quantity(item.FilledQuantity);

    private static string Hold(RebalanceItem item, RebalanceTotals totals) => item.Reason switch
    {
        RebalanceReason.NotTradable => "not traded: not tradable, its dollars stay in cash",
        RebalanceReason.HoldBelowMinimum when Math.Abs(item.TargetValue - item.CurrentValue) >= totals.MinimumTrade =>
            "held: below the minimum " + ReportFormat.Money(totals.MinimumTrade) + " after scaling by k",
        RebalanceReason.HoldBelowMinimum when item.TargetValue != item.CurrentValue =>
            "held: |Δ| " + ReportFormat.Money(Math.Abs(item.TargetValue - item.CurrentValue)) + " below the minimum "
            + ReportFormat.Money(totals.MinimumTrade),
        _ => "held: at target",
    };

    private static FieldsBlock Totals(ExecutionTotals totals) => new(
    [
        new("Orders placed", ReportFormat.Count(totals.OrdersPlaced)),
        new("Items", string.Create(CultureInfo.InvariantCulture,
            $"{totals.Filled} filled, {totals.PartiallyFilled} partially filled, {totals.Unfilled} unfilled, {totals.Failed} failed, {totals.Skipped} skipped")),
        new("Sold / bought", ReportFormat.Money(totals.SellNotional) + " / " + ReportFormat.Money(totals.BuyNotional)),
        new("Slippage", ReportFormat.Money(totals.SlippageDollars)),
    ]);
}
