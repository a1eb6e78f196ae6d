using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>One symbol of the plan (PIPELINE.md §5.5). Money in dollars, rounded to cents.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Sell, buy or hold.</param>
/// <param name="Delta">Δ: negative for a sell, positive for a buy, 0 for a hold.</param>
/// <param name="CurrentQuantity">q, the broker position in shares (0 when not held); a full exit sells exactly this.</param>
/// <param name="CurrentValue">M, the position's market value.</param>
/// <param name="CurrentWeight">M / V (0 when V is 0).</param>
/// <param name="TargetValue">T = w × Dep.</param>
/// <param name="TargetWeight">T / V (0 when V is 0).</param>
/// <param name="IsFullExit">Whether the whole position is sold (w = 0, q &gt; 0); exempt from the minimum trade size.</param>
/// <param name="IsFractionable">Whether the asset takes fractional quantities.</param>
/// <param name="Attribution">Strategy shares, ordinal by strategy id, summing to 1.</param>
/// <param name="Reason">Why.</param>
public sealed record RebalanceItem(
    Symbol Symbol,
    RebalanceSide Side,
    decimal Delta,
    decimal CurrentQuantity,
    decimal CurrentValue,
    decimal CurrentWeight,
    decimal TargetValue,
    decimal TargetWeight,
    bool IsFullExit,
    bool IsFractionable,
    IReadOnlyList<AttributionShare> Attribution,
    RebalanceReason Reason);
