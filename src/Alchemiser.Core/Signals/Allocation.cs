using System.Collections;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Signals;

/// <summary>
/// A normalised allocation (DSL.md §3.1): every weight ≥ 1e-9, the weights sum to 1 within 1e-9, symbols in ordinal
/// order. Immutable.
/// </summary>
public sealed class Allocation : IReadOnlyList<Holding>
{
    /// <summary>Weights below this are dropped before normalising.</summary>
    public const double DropBelow = 1e-9;

    private readonly Holding[] _holdings;

    private Allocation(Holding[] holdings) => _holdings = holdings;

    /// <inheritdoc />
    public int Count => _holdings.Length;

    /// <inheritdoc />
    public Holding this[int index] => _holdings[index];

    /// <summary>The weight of <paramref name="symbol"/>, 0 when not held.</summary>
    public double WeightOf(Symbol symbol)
    {
        foreach (var holding in _holdings)
        {
            if (holding.Symbol == symbol)
                return holding.Weight;
        }
        return 0;
    }

    /// <summary>Normalises raw weights: drops those below <see cref="DropBelow"/>, divides by the sum, sorts by symbol.</summary>
    /// <param name="raw">Symbols and weights; a symbol may appear more than once (summed).</param>
    /// <param name="dropped">The symbols dropped as tiny, with their raw weights.</param>
    /// <exception cref="ArgumentException">Nothing remains after dropping tiny weights.</exception>
    public static Allocation Normalise(IEnumerable<Holding> raw, out IReadOnlyList<Holding> dropped)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var summed = new Dictionary<Symbol, double>();
        foreach (var (symbol, weight) in raw)
            summed[symbol] = summed.GetValueOrDefault(symbol) + weight;
        var kept = summed.Where(p => p.Value >= DropBelow).OrderBy(p => p.Key).ToList();
        dropped = summed.Where(p => p.Value < DropBelow).OrderBy(p => p.Key).Select(p => new Holding(p.Key, p.Value)).ToList();
        if (kept.Count == 0)
            throw new ArgumentException("an allocation needs at least one weight of 1e-9 or more", nameof(raw));
        var total = 0.0;
        foreach (var pair in kept)
            total += pair.Value;
        return new Allocation(kept.Select(p => new Holding(p.Key, p.Value / total)).ToArray());
    }

    /// <inheritdoc />
    public IEnumerator<Holding> GetEnumerator() => ((IEnumerable<Holding>)_holdings).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>"A 0.500000, B 0.500000".</summary>
    public override string ToString() =>
        string.Join(", ", _holdings.Select(h => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{h.Symbol} {h.Weight:F6}")));
}
