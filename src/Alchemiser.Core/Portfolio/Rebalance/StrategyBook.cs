using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>
/// The allocation a thresholded strategy was last rebalanced to, and the as-of date of that rebalance (PIPELINE.md
/// §5.4). Kept by the run store per strategy id.
/// </summary>
/// <param name="Weights">B_k, the allocation of that rebalance.</param>
/// <param name="AsOf">D_ref, the as-of date whose closes priced it.</param>
public sealed record StrategyBook(IReadOnlyList<Holding> Weights, DateOnly AsOf);
