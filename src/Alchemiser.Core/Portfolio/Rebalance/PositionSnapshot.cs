using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>One broker position.</summary>
/// <param name="Symbol">The position's symbol.</param>
/// <param name="Quantity">Shares held (the broker's quantity; planning treats it as the truth, PIPELINE.md §11.13).</param>
/// <param name="MarketValue">Dollars; <see langword="null"/> when the broker could not value it, which fails the plan.</param>
public sealed record PositionSnapshot(Symbol Symbol, decimal Quantity, decimal? MarketValue);
