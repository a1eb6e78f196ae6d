using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Maps our canonical symbols to Alpaca's spelling: Alpaca writes share classes with a dot (<c>BRK.B</c>)
/// where we write a slash (<c>BRK/B</c>). The way back is the lookup of the requested symbols by this spelling.</summary>
internal static class AlpacaSymbols
{
    public static string ToAlpaca(Symbol symbol) => symbol.Value.Replace('/', '.');
}
