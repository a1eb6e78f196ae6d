namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>The market data feed that bars are aggregated from (Alpaca's <c>feed</c> parameter).</summary>
public enum AlpacaDataFeed
{
    /// <summary>IEX only (<c>iex</c>): available on the free plan, a small share of the consolidated volume.</summary>
    Iex,

    /// <summary>All US exchanges (<c>sip</c>): needs a paid data plan for recent data.</summary>
    Sip,
}
