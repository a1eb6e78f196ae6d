namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>max-drawdown</c> N: over x = p[t−N+1..t], peak_j = max(x_1..x_j) and the value is
/// max_j (1 − x_j / peak_j) × 100, a positive percent (0 when the window never falls).
/// </summary>
internal readonly struct MaxDrawdown : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window)
    {
        var x = points.Slice(index - window + 1, window);
        var peak = x[0];
        var deepest = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            var point = x[j];
            // Comparisons ignore NaN, so a NaN point must be turned into a NaN value explicitly.
            if (double.IsNaN(point))
                return double.NaN;
            if (point > peak)
                peak = point;
            var drawdown = (1 - point / peak) * 100;
            if (drawdown > deepest)
                deepest = drawdown;
        }

        return deepest;
    }
}
