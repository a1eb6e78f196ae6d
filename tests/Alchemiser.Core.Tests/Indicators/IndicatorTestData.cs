using System.Globalization;
using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Tests.Indicators;

/// <summary>Series, specs and comparisons shared by the indicator tests.</summary>
internal static class IndicatorTestData
{
    /// <summary>Series X of DSL.md §10.</summary>
    public static readonly double[] X = [100, 102, 101, 103, 105, 104, 106];

    public static double[] Compute(IndicatorSpec spec, double[] points)
    {
        var values = new double[points.Length];
        IndicatorKernels.Compute(spec, points, values);
        return values;
    }

    /// <summary>A geometric random walk with daily moves of up to ±<paramref name="maxMove"/>, from a fixed seed.</summary>
    public static double[] RandomWalk(int seed, int length, double start = 100, double maxMove = 0.05)
    {
        var random = new Random(seed);
        var points = new double[length];
        var price = start;
        for (var i = 0; i < length; i++)
        {
            points[i] = price;
            price *= 1 + maxMove * (2 * random.NextDouble() - 1);
        }

        return points;
    }

    /// <summary>One spec of every kind, with small windows so short series reach them.</summary>
    public static IEnumerable<IndicatorSpec> OneOfEachKind(int window) =>
    [
        IndicatorSpec.CurrentPrice(),
        IndicatorSpec.MovingAveragePrice(window),
        IndicatorSpec.ExponentialMovingAveragePrice(window),
        IndicatorSpec.Rsi(window),
        IndicatorSpec.CumulativeReturn(window),
        IndicatorSpec.MovingAverageReturn(window),
        IndicatorSpec.StdevReturn(window),
        IndicatorSpec.StdevPrice(window),
        IndicatorSpec.MaxDrawdown(window),
        IndicatorSpec.PercentagePriceOscillator(window, 2 * window + 1),
        IndicatorSpec.PercentagePriceOscillatorSignal(window, 2 * window + 1, window),
    ];

    /// <summary>Asserts |actual − expected| ≤ relative·|expected| + absolute, with NaN equal only to NaN.</summary>
    public static void AssertClose(double expected, double actual, double relative, double absolute = 0, string? what = null)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(
                double.IsNaN(expected) && double.IsNaN(actual),
                $"{what}: expected {expected:R}, actual {actual:R}");
            return;
        }

        var tolerance = relative * Math.Abs(expected) + absolute;
        Assert.True(
            Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected:R}, actual {actual:R}, difference {Math.Abs(actual - expected):R} > {tolerance:R}");
    }

    public static void AssertBitIdentical(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]),
                $"{what} at {i}: expected {expected[i]:R}, actual {actual[i]:R}");
        }
    }

    /// <summary>
    /// Closes of a real ticker from the shared data folder (shared/data/daily beside the repository), or null
    /// when the folder is not there. The files are never copied into the repository.
    /// </summary>
    public static double[]? TryLoadRealCloses(string ticker)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "data", "daily", ticker + ".csv");
            if (File.Exists(path))
            {
                return File.ReadLines(path)
                    .Skip(1)
                    .Where(line => line.Length > 0)
                    .Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture))
                    .ToArray();
            }
        }

        return null;
    }
}
