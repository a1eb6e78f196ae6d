using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>What the broker says about a symbol. A symbol missing from the asset list is treated as not tradable.</summary>
/// <param name="Symbol">The asset's symbol.</param>
/// <param name="IsTradable">Whether orders may be placed.</param>
/// <param name="IsFractionable">Whether fractional quantities are accepted.</param>
public sealed record AssetInfo(Symbol Symbol, bool IsTradable, bool IsFractionable);
