using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Tests.Indicators;

/// <summary>
/// A slow, obviously-correct oracle for DSL.md §6.2, written independently of the production kernels:
/// windowed values are recomputed from scratch per point with LINQ, max-drawdown uses the pairwise form
/// max over i ≤ j of (1 − x_j / x_i), and the recursions use the textbook form E = α·p + (1 − α)·E over explicit lists.
/// The recursions therefore agree only to rounding (compare with a tolerance). The windowed definitions, whose order
/// of additions DSL.md fixes, must agree to the bit.
/// </summary>
internal static class NaiveIndicators
{
    public static double[] Compute(IndicatorSpec spec, IReadOnlyList<double> points)
    {
        var p = points.ToArray();
        var n = spec.Window;
        return spec.Kind switch
        {
            IndicatorKind.CurrentPrice => PerPoint(p, 1, t => p[t]),
            IndicatorKind.MovingAveragePrice => PerPoint(p, n, t => Mean(Window(p, t, n))),
            IndicatorKind.StdevPrice => PerPoint(p, n, t => PopulationStdev(Window(p, t, n))),
            IndicatorKind.CumulativeReturn => PerPoint(p, n + 1, t => (p[t] / p[t - n] - 1) * 100),
            IndicatorKind.MovingAverageReturn => PerPoint(p, n + 1, t => Mean(Returns(p, t, n)) * 100),
            IndicatorKind.StdevReturn => PerPoint(p, n + 1, t => PopulationStdev(Returns(p, t, n)) * 100),
            IndicatorKind.MaxDrawdown => PerPoint(p, n, t => PairwiseMaxDrawdown(Window(p, t, n))),
            IndicatorKind.ExponentialMovingAveragePrice => Ema(p.ToList(), n),
            IndicatorKind.Rsi => Rsi(p, n),
            IndicatorKind.PercentagePriceOscillator => Ppo(p, spec.ShortWindow, spec.LongWindow),
            IndicatorKind.PercentagePriceOscillatorSignal => PpoSignal(p, spec.ShortWindow, spec.LongWindow, spec.SmoothWindow),
            _ => throw new ArgumentOutOfRangeException(nameof(spec)),
        };
    }

    private static double[] PerPoint(double[] p, int needed, Func<int, double> valueAt) =>
        Enumerable.Range(0, p.Length).Select(t => t + 1 < needed ? double.NaN : valueAt(t)).ToArray();

    private static double[] Window(double[] p, int t, int n) => p.Skip(t - n + 1).Take(n).ToArray();

    private static double[] Returns(double[] p, int t, int n) =>
        Enumerable.Range(t - n + 1, n).Select(i => p[i] / p[i - 1] - 1).ToArray();

    private static double PopulationStdev(double[] xs)
    {
        var mean = Mean(xs);
        return Math.Sqrt(SumOldestToNewest(xs.Select(x => (x - mean) * (x - mean))) / xs.Length);
    }

    private static double Mean(double[] xs) => SumOldestToNewest(xs) / xs.Length;

    // DSL.md §6.2 fixes the order of additions, so the oracle spells it out rather than trusting a library sum.
    private static double SumOldestToNewest(IEnumerable<double> xs)
    {
        var sum = 0.0;
        foreach (var x in xs)
            sum += x;
        return sum;
    }

    private static double PairwiseMaxDrawdown(double[] x)
    {
        if (x.Any(double.IsNaN))
            return double.NaN;
        var deepest = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            for (var i = 0; i <= j; i++)
                deepest = Math.Max(deepest, (1 - x[j] / x[i]) * 100);
        }

        return deepest;
    }

    // Textbook EMA over a list that may hold leading NaNs the series does not include (the PPO before L−1).
    private static double[] Ema(List<double> series, int n)
    {
        var result = Enumerable.Repeat(double.NaN, series.Count).ToArray();
        if (series.Count < n)
            return result;
        var alpha = 2.0 / (n + 1);
        var ema = series.Take(n).Average();
        result[n - 1] = ema;
        for (var i = n; i < series.Count; i++)
        {
            ema = alpha * series[i] + (1 - alpha) * ema;
            result[i] = ema;
        }

        return result;
    }

    private static double[] Rsi(double[] p, int n)
    {
        var result = Enumerable.Repeat(double.NaN, p.Length).ToArray();
        var gains = new List<double>();
        var losses = new List<double>();
        for (var i = 1; i < p.Length; i++)
        {
            var change = p[i] - p[i - 1];
            gains.Add(double.IsNaN(change) ? double.NaN : change > 0 ? change : 0);
            losses.Add(double.IsNaN(change) ? double.NaN : change < 0 ? -change : 0);
        }

        if (gains.Count < n)
            return result;
        var averageGain = gains.Take(n).Average();
        var averageLoss = losses.Take(n).Average();
        result[n] = RsiFrom(averageGain, averageLoss);
        for (var k = n; k < gains.Count; k++)
        {
            averageGain = ((n - 1) * averageGain + gains[k]) / n;
            averageLoss = ((n - 1) * averageLoss + losses[k]) / n;
            result[k + 1] = RsiFrom(averageGain, averageLoss);
        }

        return result;
    }

    private static double RsiFrom(double averageGain, double averageLoss)
    {
        if (double.IsNaN(averageGain) || double.IsNaN(averageLoss))
            return double.NaN;
        if (averageLoss == 0)
            return averageGain > 0 ? 100 : 50;
        var rs = averageGain / averageLoss;
        return 100 * rs / (1 + rs);
    }

    private static double[] Ppo(double[] p, int s, int l)
    {
        var shortEma = Ema(p.ToList(), s);
        var longEma = Ema(p.ToList(), l);
        return p.Select((_, i) => 100 * (shortEma[i] / longEma[i] - 1)).ToArray();
    }

    private static double[] PpoSignal(double[] p, int s, int l, int k)
    {
        var ppo = Ppo(p, s, l);
        var result = Enumerable.Repeat(double.NaN, p.Length).ToArray();
        if (p.Length < l)
            return result;
        var signal = Ema(ppo.Skip(l - 1).ToList(), k);
        Array.Copy(signal, 0, result, l - 1, signal.Length);
        return result;
    }
}
