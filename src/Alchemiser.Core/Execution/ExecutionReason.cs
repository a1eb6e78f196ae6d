namespace Alchemiser.Core.Execution;

/// <summary>
/// Why an item was skipped or failed, or why a guard stopped the run (PIPELINE.md §6.2). Always a typed value,
/// never matched from broker message text.
/// </summary>
public enum ExecutionReason
{
    /// <summary>No reason: the item was placed as planned.</summary>
    None,

    /// <summary>The asset is not tradable at the broker (Failed).</summary>
    NotTradable,

    /// <summary>The quantity rounds to zero shares (Skipped, not a failure).</summary>
    RoundsToZero,

    /// <summary>No usable quote after the re-fetches: never a blind market order (Failed).</summary>
    NoQuote,

    /// <summary>The spread is wider than the allowed share of the mid (Failed).</summary>
    SpreadTooWide,

    /// <summary>The final step's far side is beyond the slippage cap from the arrival mid (not placed).</summary>
    PriceCap,

    /// <summary>The broker rejected the order (Failed, with the broker's reason kept as data).</summary>
    Rejected,

    /// <summary>The broker clock says the market is closed (Skipped).</summary>
    MarketClosed,

    /// <summary>The item was not started before the latest order time (Skipped).</summary>
    TooLate,

    /// <summary>A cancel was not confirmed in time: the walk stops rather than risk an overfill.</summary>
    CancelUnconfirmed,

    /// <summary>Failed sells exceeded the block threshold, so no buy was placed (run Failed).</summary>
    BuysBlocked,

    /// <summary>The equity circuit breaker tripped during the buy phase (run Failed).</summary>
    CircuitBreaker,

    /// <summary>The broker's buying power did not cover the rest of a buy (held by working orders or spent): the
    /// buy was cut beyond the plan's tolerance, or not placed.</summary>
    BuyingPower,
}
