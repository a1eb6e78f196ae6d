namespace Alchemiser.Core.Execution;

/// <summary>
/// Share quantities from planned dollars and the arrival mid (PIPELINE.md §6.3). Pure. Quantities are rounded
/// toward zero to 6 decimals, or floored to whole shares for a non-fractionable asset; 0 is
/// <see cref="ExecutionReason.RoundsToZero"/>.
/// </summary>
public static class OrderQuantity
{
    /// <summary>Decimals kept in a fractional quantity.</summary>
    public const int Decimals = 6;

    /// <summary>BUY: q = dollars / mid₀.</summary>
    /// <param name="dollars">Planned buy dollars, ≥ 0.</param>
    /// <param name="arrivalMid">mid₀, &gt; 0.</param>
    /// <param name="isFractionable">Whether the broker accepts fractional quantities for the asset.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative dollars or a mid that is not positive.</exception>
    public static QuantityResult ForBuy(decimal dollars, decimal arrivalMid, bool isFractionable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dollars);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(arrivalMid, 0);
        return Result(checked(dollars / arrivalMid), isFractionable);
    }

    /// <summary>SELL: q = |dollars| / mid₀, capped at the broker position (a sell never exceeds it).</summary>
    /// <param name="dollars">Planned sell dollars; the sign is ignored (plans carry sells as negative Δ).</param>
    /// <param name="arrivalMid">mid₀, &gt; 0.</param>
    /// <param name="position">The broker position in shares; a non-positive position sells nothing.</param>
    /// <param name="isFractionable">Whether the broker accepts fractional quantities for the asset.</param>
    /// <exception cref="ArgumentOutOfRangeException">A mid that is not positive.</exception>
    public static QuantityResult ForSell(decimal dollars, decimal arrivalMid, decimal position, bool isFractionable)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(arrivalMid, 0);
        var wanted = checked(Math.Abs(dollars) / arrivalMid);
        return Result(Math.Min(wanted, Math.Max(0, position)), isFractionable);
    }

    /// <summary>Full exit: q = the broker position (floored to whole shares for a non-fractionable asset).</summary>
    public static QuantityResult ForFullExit(decimal position, bool isFractionable) =>
        Result(Math.Max(0, position), isFractionable);

    private static QuantityResult Result(decimal raw, bool isFractionable)
    {
        var quantity = isFractionable ? Math.Round(raw, Decimals, MidpointRounding.ToZero) : Math.Floor(raw);
        return quantity > 0
            ? new QuantityResult(quantity, ExecutionReason.None)
            : new QuantityResult(0, ExecutionReason.RoundsToZero);
    }
}
