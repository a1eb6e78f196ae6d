namespace Alchemiser.Core.Market;

/// <summary>
/// One symbol's closes aligned to a <see cref="PriceBook"/>'s sessions: <c>Closes[t]</c> is the close on session t,
/// <see cref="double.NaN"/> before <see cref="First"/> and where the close is missing or not a positive number.
/// </summary>
public sealed class PriceSeries
{
    private readonly Dictionary<int, string> _problems;

    internal PriceSeries(Symbol symbol, int index, double[] closes, int first, Dictionary<int, string> problems)
    {
        Symbol = symbol;
        Index = index;
        Closes = closes;
        First = first;
        _problems = problems;
    }

    /// <summary>The symbol.</summary>
    public Symbol Symbol { get; }

    /// <summary>Position of the symbol in its book.</summary>
    internal int Index { get; }

    /// <summary>Closes per session (read-only by contract).</summary>
    internal double[] Closes { get; }

    /// <summary>Index of the session of the first stored close; the number of sessions when there is none.</summary>
    public int First { get; }

    /// <summary>Why session <paramref name="t"/> (at or after <see cref="First"/>) has no usable close, or null.</summary>
    public string? ProblemAt(int t) => double.IsNaN(Closes[t]) ? _problems.GetValueOrDefault(t, "missing close") : null;

    /// <summary>The latest session at or before <paramref name="t"/> without a usable close, or −1.</summary>
    public int LastProblemAtOrBefore(int t)
    {
        for (var i = t; i >= First; i--)
        {
            if (double.IsNaN(Closes[i]))
                return i;
        }
        return -1;
    }
}
