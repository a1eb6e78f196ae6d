namespace Alchemiser.Core.Execution;

/// <summary>
/// Execution quality of a fill against the arrival mid (PIPELINE.md §8). Positive is a cost, negative a price
/// improvement.
/// </summary>
/// <param name="PerShare">BUY average − mid₀, SELL mid₀ − average, in dollars per share, unrounded.</param>
/// <param name="Bps">Per share / mid₀ × 10⁴, rounded to 2 decimals half away from zero.</param>
/// <param name="Dollars">Per share × filled quantity, rounded to cents half away from zero.</param>
public sealed record Slippage(decimal PerShare, decimal Bps, decimal Dollars)
{
    /// <summary>Measures a fill.</summary>
    /// <param name="side">The order side.</param>
    /// <param name="averagePrice">Average fill price, &gt; 0.</param>
    /// <param name="arrivalMid">mid₀, &gt; 0.</param>
    /// <param name="quantity">Filled quantity, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A price that is not positive, or a negative quantity.</exception>
    public static Slippage Measure(OrderSide side, decimal averagePrice, decimal arrivalMid, decimal quantity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(averagePrice, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(arrivalMid, 0);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var perShare = side switch
        {
            OrderSide.Buy => checked(averagePrice - arrivalMid),
            OrderSide.Sell => checked(arrivalMid - averagePrice),
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
        };
        var bps = Math.Round(checked(perShare / arrivalMid * 10_000m), 2, MidpointRounding.AwayFromZero);
        return new Slippage(perShare, bps, Cents.Round(checked(perShare * quantity)));
    }
}
