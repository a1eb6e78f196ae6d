using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Tests.Market.Validation;

/// <summary>Hand-built close-only series on NYSE sessions, for the validator tests.</summary>
internal static class TestBars
{
    /// <summary>The first session of every hand-built series, a Tuesday.</summary>
    public static readonly DateOnly Start = new(2024, 1, 2);

    /// <summary><paramref name="count"/> NYSE sessions from <see cref="Start"/>.</summary>
    public static DateOnly[] Sessions(int count) =>
        [.. NyseCalendar.TradingDays(Start, Start.AddYears(5)).Take(count)];

    /// <summary>A series of <paramref name="closes"/> on consecutive sessions from <see cref="Start"/>.</summary>
    public static BarSeries Series(string symbol, double[] closes) =>
        new(Symbol.Parse(symbol), Sessions(closes.Length), closes);

    /// <summary>A geometric random walk of <paramref name="count"/> closes from 100 whose daily log returns are
    /// normal with standard deviation <paramref name="volatility"/>; seeded, so reproducible.</summary>
    public static double[] Walk(int count, double volatility, int seed)
    {
        var random = new Random(seed);
        var closes = new double[count];
        closes[0] = 100;
        for (var i = 1; i < count; i++)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            closes[i] = closes[i - 1] * Math.Exp(volatility * normal);
        }
        return closes;
    }

    /// <summary>A fund of <paramref name="leverage"/> on <paramref name="underlying"/>: each daily return is the
    /// underlying's times the leverage.</summary>
    public static double[] Leveraged(double[] underlying, double leverage, double start = 50)
    {
        var closes = new double[underlying.Length];
        closes[0] = start;
        for (var i = 1; i < closes.Length; i++)
            closes[i] = closes[i - 1] * (1 + (leverage * ((underlying[i] / underlying[i - 1]) - 1)));
        return closes;
    }

    /// <summary>Multiplies the closes from <paramref name="from"/> (to <paramref name="to"/>, exclusive, or the
    /// end) by <paramref name="factor"/>: a level shift, or a spike when the range is short.</summary>
    public static double[] Scale(double[] closes, int from, double factor, int? to = null)
    {
        var copy = (double[])closes.Clone();
        for (var i = from; i < (to ?? copy.Length); i++)
            copy[i] *= factor;
        return copy;
    }

    /// <summary>Sets the return of bar <paramref name="index"/> to exactly <paramref name="move"/>, shifting every
    /// later close by the same factor so the other returns are unchanged.</summary>
    public static double[] WithReturn(double[] closes, int index, double move)
    {
        var factor = closes[index - 1] * (1 + move) / closes[index];
        return Scale(closes, index, factor);
    }

    /// <summary>A context on the NYSE calendar whose last completed session is the last bar of a
    /// <paramref name="count"/>-bar series, with <paramref name="series"/> as the siblings' bars.</summary>
    public static BarValidationContext Context(int count, params BarSeries[] series)
    {
        var bySymbol = series.ToDictionary(s => s.Symbol);
        return BarValidationContext.ForNyse(Sessions(count)[^1], s => bySymbol.GetValueOrDefault(s));
    }
}
