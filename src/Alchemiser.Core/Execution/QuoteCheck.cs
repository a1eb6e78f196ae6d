namespace Alchemiser.Core.Execution;

/// <summary>The verdict on a quote (PIPELINE.md §6.4).</summary>
public enum QuoteCheck
{
    /// <summary>Usable for pricing.</summary>
    Usable,

    /// <summary>Bid or ask not positive, bid above ask, or older than the maximum age: re-fetch, then NoQuote.</summary>
    Unusable,

    /// <summary>Valid, but the spread is wider than the allowed share of the mid: SpreadTooWide.</summary>
    SpreadTooWide,
}
