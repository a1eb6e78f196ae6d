using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Maps our canonical symbols to Alpaca's spelling: Alpaca writes share classes with a dot (<c>BRK.B</c>)
/// where we write a slash (<c>BRK/B</c>). The way back is the lookup of the requested symbols by this spelling.</summary>
internal static class AlpacaSymbols
{
    public static string ToAlpaca(Symbol symbol) => symbol.Value.Replace('/', '.');

    /// <summary>Our symbol for Alpaca's spelling (<c>BRK.B</c> → <c>BRK/B</c>); false when it is not a US stock
    /// (<c>asset_class</c> other than <c>us_equity</c>, e.g. an option or a crypto pair) or not a ticker we can write.</summary>
    public static bool TryFromAlpaca(string? alpaca, string? assetClass, out Symbol symbol)
    {
        symbol = default;
        return (assetClass is null || assetClass == "us_equity") && Symbol.TryParse(alpaca, out symbol);
    }
}
