using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The outcome of the per-strategy threshold rule (PIPELINE.md §5.4).</summary>
/// <param name="Weights">U_k, the allocation merged today, ordinal by symbol: the drifted book when held, else W_k.</param>
/// <param name="IsHeld">Whether the strategy lets its book drift today (it causes no trades).</param>
/// <param name="Drift">max_s |d_k,s − W_k,s| when it could be computed (same symbols, every close present), else
/// <see langword="null"/>.</param>
/// <param name="NewBook">The book to record when execution completes: (W_k, D) when the book is replaced, else
/// <see langword="null"/> (held, or the strategy has no threshold).</param>
public sealed record ThresholdDecision(IReadOnlyList<Holding> Weights, bool IsHeld, double? Drift, StrategyBook? NewBook)
{
    /// <summary>Whether the stored book is replaced by W_k as of D.</summary>
    public bool ReplacesBook => NewBook is not null;
}
