using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class SummaryReport
{
    /// <summary>Per symbol: the consolidated target w and the previous run's, the current, target and after-trading
    /// shares of equity, and the strategies that contribute to it.</summary>
    private static List<ReportBlock> Portfolio(RunSummary summary)
    {
        var planned = summary.Plan!;
        if (planned.Plan is null)
            return [new ParagraphBlock("No plan, so no consolidated target to compare with the account.")];
        var items = planned.Plan.Items.ToDictionary(i => i.Symbol);
        var target = Weights(planned.Target);
        var previous = Weights(planned.PreviousTarget);
        var executed = summary.Execution?.Summary;
        var after = executed?.FinalPositions.GroupBy(p => p.Symbol).ToDictionary(g => g.Key, g => g.Sum(p => p.MarketValue ?? 0));
        var afterEquity = executed?.FinalAccount.Equity;
        var contributions = planned.Contributions.Where(c => c.Weight > 0).ToLookup(c => c.Symbol);

        var symbols = items.Keys.Concat(target.Keys).Concat(previous.Keys).Concat(after?.Keys ?? Enumerable.Empty<Symbol>())
            .Distinct()
            .OrderByDescending(s => target.GetValueOrDefault(s))
            .ThenByDescending(s => items.TryGetValue(s, out var item) ? item.CurrentWeight : 0)
            .ThenBy(s => s)
            .ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var symbol in symbols)
        {
            var item = items.GetValueOrDefault(symbol);
            rows.Add(
            [
                symbol.Value,
                ReportFormat.Percent(target.GetValueOrDefault(symbol)),
                previous.Count == 0 ? ReportFormat.None : ReportFormat.Percent(previous.GetValueOrDefault(symbol)),
                item is null ? ReportFormat.None : ReportFormat.Percent(item.CurrentWeight),
                item is null ? ReportFormat.None : ReportFormat.Percent(item.TargetWeight),
                after is null || afterEquity is not > 0 ? ReportFormat.None : ReportFormat.Percent(after.GetValueOrDefault(symbol) / afterEquity.Value),
                Contributors(contributions[symbol].Select(c => (c.StrategyId, c.Weight)).ToList(), item),
            ]);
        }
        if (rows.Count == 0)
            return [new ParagraphBlock("No target and no position.")];
        return
        [
            new TableBlock(
                [new("Symbol"), new("w", true), new("Prev w", true), new("Current", true), new("Target", true), new("After", true), new("Strategies")],
                rows),
            new ParagraphBlock("w: consolidated target (Σ = 100 %); prev w: the last completed run's.\n"
                + "Current, target, after: share of equity (target = w × φ; after = the broker's positions once executed)."),
        ];
    }

    private static Dictionary<Symbol, double> Weights(IEnumerable<Core.Signals.Holding> holdings) =>
        holdings.GroupBy(h => h.Symbol).ToDictionary(g => g.Key, g => g.Sum(h => h.Weight));

    /// <summary>The contributions c_k,s, largest first; for a full exit (no contribution today) the attribution of
    /// its sale.</summary>
    private static string Contributors(List<(string StrategyId, double Weight)> contributions, RebalanceItem? item)
    {
        if (contributions.Count > 0)
        {
            return string.Join(", ", contributions.OrderByDescending(c => c.Weight).ThenBy(c => c.StrategyId, StringComparer.Ordinal)
                .Select(c => c.StrategyId + " " + ReportFormat.Percent(c.Weight)));
        }
        if (item is { Side: RebalanceSide.Sell } && item.Attribution.Count > 0)
        {
            return "exit, attributed to " + string.Join(", ", item.Attribution.Select(a =>
                a.StrategyId + (item.Attribution.Count > 1 ? " " + ReportFormat.Percent(a.Share, 0) : "")));
        }
        return ReportFormat.None;
    }
}
