namespace Alchemiser.Core.Execution;

/// <summary>Whether a quote may be used for pricing (PIPELINE.md §6.4). Pure.</summary>
public static class QuotePolicy
{
    /// <summary>
    /// <see cref="QuoteCheck.Unusable"/> unless bid &gt; 0, ask &gt; 0, bid ≤ ask and now − quote time ≤ the maximum
    /// age; then <see cref="QuoteCheck.SpreadTooWide"/> when ask − bid exceeds the maximum spread percent of the mid;
    /// else <see cref="QuoteCheck.Usable"/>.
    /// </summary>
    /// <remarks>A quote stamped after <paramref name="now"/> (clock skew between broker and host) counts as fresh.</remarks>
    /// <param name="quote">The quote.</param>
    /// <param name="now">The current time, from the caller's clock.</param>
    /// <param name="settings">Defaults to <see cref="PricingSettings.Default"/>.</param>
    public static QuoteCheck Check(Quote quote, DateTimeOffset now, PricingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        settings ??= PricingSettings.Default;
        if (!IsValid(quote) || now - quote.Time > settings.QuoteMaxAge)
            return QuoteCheck.Unusable;
        return checked(quote.Ask - quote.Bid > quote.Mid * settings.MaxSpreadPercent / 100m)
            ? QuoteCheck.SpreadTooWide
            : QuoteCheck.Usable;
    }

    /// <summary>bid &gt; 0, ask &gt; 0 and bid ≤ ask (no age or spread check).</summary>
    internal static bool IsValid(Quote quote) => quote.Bid > 0 && quote.Ask > 0 && quote.Bid <= quote.Ask;
}
