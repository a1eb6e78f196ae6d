using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class SummaryReport
{
    /// <summary>Equity, cash, buying power and deployed share before (the plan's snapshot) and after (the broker after
    /// the last order), then the plan's deployment figures.</summary>
    private static List<ReportBlock> Account(RunSummary summary)
    {
        var plan = summary.Plan?.Plan;
        var before = summary.Plan?.Account;
        var equityBefore = before?.Equity ?? plan?.Totals.PortfolioValue;
        var deployedBefore = plan is null ? (decimal?)null : plan.Items.Sum(i => i.CurrentValue);
        var executed = summary.Execution?.Summary;
        var after = executed?.FinalAccount;
        var deployedAfter = executed?.FinalPositions.Sum(p => p.MarketValue ?? 0);

        List<IReadOnlyList<string>> rows =
        [
            Row("Equity", equityBefore, after?.Equity),
            Row("Cash", before?.Cash ?? plan?.Totals.Cash, after?.Cash),
            Row("Buying power", before?.BuyingPower ?? plan?.Totals.BuyingPower, after?.BuyingPower),
            ["Deployed", Share(deployedBefore, equityBefore), Share(deployedAfter, after?.Equity)],
        ];
        var blocks = new List<ReportBlock>
        {
            new TableBlock([new(""), new("Before", IsNumeric: true), new("After", IsNumeric: true)], rows),
        };
        if (plan is not null)
        {
            var totals = plan.Totals;
            var fields = new List<ReportField>
            {
                new("Deployment (φ)", ReportFormat.Percent(totals.DeploymentFraction) + " of equity; cash reserve "
                    + ReportFormat.Percent(1 - totals.DeploymentFraction)),
                new("Deployable", ReportFormat.Money(totals.Deployable)),
                new("Minimum trade", ReportFormat.Money(totals.MinimumTrade)),
                new("Planned sells / buys", ReportFormat.Money(totals.SellProceeds) + " / " + ReportFormat.Money(totals.ScaledBuys)
                    + " (available " + ReportFormat.Money(totals.Available) + ")"),
            };
            if (totals.ScaleFactor != 1)
            {
                fields.Add(new("Buy scale (k)", ReportFormat.Number(totals.ScaleFactor) + ": buys of " + ReportFormat.Money(totals.Buys)
                    + " did not fit the available cash"));
            }
            if (executed is not null && executed.Totals.BuyScale != 1)
                fields.Add(new("Buy scale after sells (k′)", ReportFormat.Number(executed.Totals.BuyScale)));
            blocks.Add(new FieldsBlock(fields));
        }
        if (after is null)
            blocks.Add(new ParagraphBlock("After: nothing was executed, so the account was not read again."));
        return blocks;
    }

    private static List<string> Row(string name, decimal? before, decimal? after) =>
        [name, before is { } b ? ReportFormat.Money(b) : ReportFormat.None, after is { } a ? ReportFormat.Money(a) : ReportFormat.None];

    private static string Share(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w > 0 ? ReportFormat.Percent(p / w) : ReportFormat.None;
}
