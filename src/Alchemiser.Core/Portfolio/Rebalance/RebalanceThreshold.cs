using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The optional per-strategy rebalance threshold (PIPELINE.md §5.4). Pure.</summary>
public static class RebalanceThreshold
{
    /// <summary>
    /// Decides U_k. The book drifts with prices: d_s = B_s × close_s(D)/close_s(D_ref), normalised. When a book exists,
    /// its symbols equal W's and max_s |d_s − W_s| &lt; θ, the strategy is held (U = d, book kept); otherwise U = W
    /// and the book becomes (W, D). A strategy without a threshold always uses W and keeps no book.
    /// </summary>
    /// <remarks>A missing, non-finite or non-positive close for a book symbol makes the drift unknown: the strategy
    /// rebalances to W (the safe, normal path) rather than guessing.</remarks>
    /// <param name="target">W_k, today's allocation.</param>
    /// <param name="threshold">θ_k as a fraction (0.05 = 5 %), ≥ 0; <see langword="null"/> when the strategy has none.</param>
    /// <param name="book">The stored book, or <see langword="null"/>.</param>
    /// <param name="asOf">D, the as-of date of today's evaluation.</param>
    /// <param name="closesAtBook">Closes at D_ref by symbol.</param>
    /// <param name="closesAtAsOf">Closes at D by symbol.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative or not finite.</exception>
    public static ThresholdDecision Decide(
        IReadOnlyList<Holding> target,
        double? threshold,
        StrategyBook? book,
        DateOnly asOf,
        IReadOnlyDictionary<Symbol, double> closesAtBook,
        IReadOnlyDictionary<Symbol, double> closesAtAsOf)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(closesAtBook);
        ArgumentNullException.ThrowIfNull(closesAtAsOf);
        var ordered = target.OrderBy(h => h.Symbol).ToList();
        if (threshold is null)
            return new ThresholdDecision(ordered, IsHeld: false, Drift: null, NewBook: null);
        if (!double.IsFinite(threshold.Value) || threshold.Value < 0)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a threshold is a finite fraction ≥ 0");

        var replace = new ThresholdDecision(ordered, IsHeld: false, Drift: null, new StrategyBook(ordered, asOf));
        if (book is null || !SameSymbols(ordered, book.Weights))
            return replace;
        var drifted = Drift(book.Weights, closesAtBook, closesAtAsOf);
        if (drifted is null)
            return replace;
        var drift = 0.0;
        foreach (var held in drifted)
            drift = Math.Max(drift, Math.Abs(held.Weight - ordered.Where(h => h.Symbol == held.Symbol).Sum(h => h.Weight)));
        return drift < threshold.Value
            ? new ThresholdDecision(drifted, IsHeld: true, drift, NewBook: null)
            : replace with { Drift = drift };
    }

    private static bool SameSymbols(IReadOnlyList<Holding> target, IReadOnlyList<Holding> book)
    {
        var a = target.Where(h => h.Weight > 0).Select(h => h.Symbol).ToHashSet();
        var b = book.Where(h => h.Weight > 0).Select(h => h.Symbol).ToHashSet();
        return a.SetEquals(b);
    }

    private static List<Holding>? Drift(
        IReadOnlyList<Holding> book, IReadOnlyDictionary<Symbol, double> atBook, IReadOnlyDictionary<Symbol, double> atAsOf)
    {
        var grown = new List<Holding>(book.Count);
        foreach (var holding in book.Where(h => h.Weight > 0).OrderBy(h => h.Symbol))
        {
            if (!atBook.TryGetValue(holding.Symbol, out var then) || !atAsOf.TryGetValue(holding.Symbol, out var now)
                || !(then > 0) || !(now > 0) || !double.IsFinite(then) || !double.IsFinite(now))
                return null;
            grown.Add(holding with { Weight = holding.Weight * now / then });
        }
        var total = grown.Sum(h => h.Weight);
        return total > 0 && double.IsFinite(total) ? [.. grown.Select(h => h with { Weight = h.Weight / total })] : null;
    }
}
