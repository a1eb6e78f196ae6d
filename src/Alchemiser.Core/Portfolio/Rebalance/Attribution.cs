using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>Attribution by contribution (PIPELINE.md §8): share_k = c_k,s / Σ_j c_j,s.</summary>
internal sealed class Attribution
{
    private static readonly IReadOnlyList<AttributionShare> UnattributedShares = [new(AttributionShare.Unattributed, 1)];

    private readonly Dictionary<Symbol, SortedDictionary<string, double>> _bySymbol = [];

    public Attribution(IEnumerable<Contribution> contributions)
    {
        foreach (var contribution in contributions)
        {
            if (!(contribution.Weight > 0) || double.IsInfinity(contribution.Weight))
                continue;
            if (!_bySymbol.TryGetValue(contribution.Symbol, out var strategies))
                _bySymbol[contribution.Symbol] = strategies = new SortedDictionary<string, double>(StringComparer.Ordinal);
            strategies[contribution.StrategyId] = strategies.GetValueOrDefault(contribution.StrategyId) + contribution.Weight;
        }
    }

    public bool Has(Symbol symbol) => _bySymbol.ContainsKey(symbol);

    /// <summary>The shares of <paramref name="symbol"/>, or a single <see cref="AttributionShare.Unattributed"/> share.</summary>
    public IReadOnlyList<AttributionShare> SharesOf(Symbol symbol)
    {
        if (!_bySymbol.TryGetValue(symbol, out var strategies))
            return UnattributedShares;
        var total = strategies.Values.Sum();
        return [.. strategies.Select(p => new AttributionShare(p.Key, p.Value / total))];
    }
}
