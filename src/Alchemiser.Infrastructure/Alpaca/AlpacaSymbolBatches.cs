using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Splits a symbol list into requests of at most <see cref="MaxSymbols"/> symbols whose comma-separated
/// list stays under <see cref="MaxListLength"/> characters, so that every URL stays well under common 8 KiB limits.</summary>
internal static class AlpacaSymbolBatches
{
    public const int MaxSymbols = 100;
    public const int MaxListLength = 2000;

    /// <summary>Distinct symbols in ordinal order, cut into batches of Alpaca spellings.</summary>
    public static List<string[]> Split(IEnumerable<Symbol> symbols)
    {
        var ordered = symbols.Distinct().Order().Select(AlpacaSymbols.ToAlpaca).ToList();
        var batches = new List<string[]>();
        var current = new List<string>();
        var length = 0;
        foreach (var symbol in ordered)
        {
            var added = symbol.Length + (current.Count == 0 ? 0 : 1);
            if (current.Count == MaxSymbols || (current.Count > 0 && length + added > MaxListLength))
            {
                batches.Add([.. current]);
                current.Clear();
                length = 0;
                added = symbol.Length;
            }

            current.Add(symbol);
            length += added;
        }

        if (current.Count > 0)
            batches.Add([.. current]);
        return batches;
    }
}
