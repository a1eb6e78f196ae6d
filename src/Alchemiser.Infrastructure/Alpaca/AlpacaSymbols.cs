using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Maps our canonical symbols to Alpaca's spelling and back: Alpaca writes share classes with a dot
/// (<c>BRK.B</c>) where we write a slash (<c>BRK/B</c>).</summary>
internal static class AlpacaSymbols
{
    public static string ToAlpaca(Symbol symbol) => symbol.Value.Replace('/', '.');

    public static bool TryFromAlpaca(string text, out Symbol symbol) => Symbol.TryParse(text, out symbol);
}
