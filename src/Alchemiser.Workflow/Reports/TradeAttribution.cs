using Alchemiser.Core.Market;
using Alchemiser.Workflow.Ledger;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>One strategy's part of one plan item, in dollars (PIPELINE.md §8).</summary>
/// <param name="Planned">|Δ| × share.</param>
/// <param name="Filled">The filled notional × share; null when nothing was executed.</param>
/// <param name="Slippage">The slippage dollars × share; null when nothing was executed.</param>
internal sealed record AttributedDollars(decimal Planned, decimal? Filled, decimal? Slippage);

/// <summary>
/// Splits every item of a run's plan by its attribution shares. The parts of an item are whole cents that add up to
/// the item's dollars exactly, so a per-strategy report sums back to the trades.
/// </summary>
internal sealed class TradeAttribution
{
    private readonly Dictionary<(string StrategyId, Symbol Symbol), AttributedDollars> _parts = [];
    private readonly List<string> _strategyIds = [];

    private TradeAttribution()
    {
    }

    /// <summary>Every strategy id that has a part of some item, in plan order of first appearance.</summary>
    public IReadOnlyList<string> StrategyIds => _strategyIds;

    /// <summary>The attribution of <paramref name="summary"/>'s plan; empty when it has none.</summary>
    public static TradeAttribution Of(RunSummary summary)
    {
        var attribution = new TradeAttribution();
        if (summary.Plan?.Plan is not { } plan)
            return attribution;
        var executed = summary.Execution?.Summary;
        foreach (var item in plan.Items)
        {
            var shares = item.Attribution.Select(a => a.Share).ToList();
            var planned = CentSplit.Split(Math.Abs(item.Delta), shares);
            var executedItem = executed?.ItemFor(item);
            var filled = executed is null ? null : CentSplit.Split(executedItem?.Notional ?? 0, shares);
            var slippage = executed is null ? null : CentSplit.Split(executedItem?.SlippageDollars ?? 0, shares);
            for (var i = 0; i < item.Attribution.Count; i++)
            {
                var id = item.Attribution[i].StrategyId;
                if (!attribution._strategyIds.Contains(id, StringComparer.Ordinal))
                    attribution._strategyIds.Add(id);
                attribution._parts[(id, item.Symbol)] = new AttributedDollars(planned[i], filled?[i], slippage?[i]);
            }
        }
        return attribution;
    }

    /// <summary>The symbols <paramref name="strategyId"/> has a part of.</summary>
    public IEnumerable<Symbol> SymbolsOf(string strategyId) =>
        _parts.Keys.Where(k => string.Equals(k.StrategyId, strategyId, StringComparison.Ordinal)).Select(k => k.Symbol);

    /// <summary>The part of <paramref name="strategyId"/> in the item of <paramref name="symbol"/>; null when it has none.</summary>
    public AttributedDollars? For(string strategyId, Symbol symbol) => _parts.GetValueOrDefault((strategyId, symbol));
}
