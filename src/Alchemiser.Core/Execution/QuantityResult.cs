namespace Alchemiser.Core.Execution;

/// <summary>An order quantity, or the typed reason there is none.</summary>
/// <param name="Quantity">Shares, ≥ 0, at most 6 decimals (whole for non-fractionable assets).</param>
/// <param name="Reason"><see cref="ExecutionReason.None"/>, or <see cref="ExecutionReason.RoundsToZero"/> when the
/// quantity is 0 (a skip, not a failure).</param>
public sealed record QuantityResult(decimal Quantity, ExecutionReason Reason)
{
    /// <summary>Whether there is something to trade.</summary>
    public bool HasQuantity => Reason == ExecutionReason.None;
}
