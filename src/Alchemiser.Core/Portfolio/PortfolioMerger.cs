using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Portfolio;

/// <summary>Merges strategy allocations by allocation (PIPELINE.md §4). Pure.</summary>
public static class PortfolioMerger
{
    /// <summary>w_s = Σ_k â_k × W_k,s, renormalised by its sum (which is 1 within 1e-9 for valid inputs).</summary>
    /// <exception cref="ArgumentException">No strategy, or allocations that do not sum to a positive total.</exception>
    public static ConsolidatedPortfolio Merge(IEnumerable<(string StrategyId, double Allocation, Allocation Weights)> strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        var contributions = new List<Contribution>();
        var totals = new SortedDictionary<Symbol, double>();
        foreach (var (strategyId, allocation, weights) in strategies)
        {
            foreach (var holding in weights)
            {
                var weight = allocation * holding.Weight;
                contributions.Add(new Contribution(strategyId, holding.Symbol, weight));
                totals[holding.Symbol] = totals.GetValueOrDefault(holding.Symbol) + weight;
            }
        }
        var sum = totals.Values.Sum();
        if (!(sum > 0))
            throw new ArgumentException("nothing to merge: no strategy holds anything", nameof(strategies));
        var merged = totals.Select(p => new Holding(p.Key, p.Value / sum)).ToList();
        return new ConsolidatedPortfolio(merged, contributions);
    }
}
