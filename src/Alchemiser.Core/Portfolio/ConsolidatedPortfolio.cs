using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Portfolio;

/// <summary>One strategy's part of a symbol's consolidated weight: â_k × W_k,s (PIPELINE.md §4).</summary>
public sealed record Contribution(string StrategyId, Symbol Symbol, double Weight);

/// <summary>The portfolio after merging every strategy's allocation by its normalised allocation.</summary>
/// <param name="Weights">w_s, summing to 1, symbols in ordinal order.</param>
/// <param name="Contributions">Every non-zero c_k,s, by strategy then symbol: the attribution of each trade.</param>
public sealed record ConsolidatedPortfolio(IReadOnlyList<Holding> Weights, IReadOnlyList<Contribution> Contributions);
