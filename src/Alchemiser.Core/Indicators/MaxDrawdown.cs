namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>max-drawdown</c> N: over x = p[t−N+1..t], peak_j = max(x_1..x_j) and the value is
/// max_j (1 − x_j / peak_j) × 100, a positive percent (0 when the window never falls).
/// </summary>
/// <remarks>
/// Computed as (1 − min_j x_j / peak_j) × 100. For positive points this is the same double, not just the same
/// number: r ↦ (1 − r) × 100 is monotone and so is its rounding, so the smallest ratio gives the largest drawdown.
/// </remarks>
internal readonly struct MaxDrawdown : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window)
    {
        var x = points.Slice(index - window + 1, window);
        var peak = x[0];
        var lowestRatio = 1.0;
        for (var j = 0; j < x.Length; j++)
        {
            // Branch-free on purpose (ups and downs are unpredictable); Math.Max and Math.Min return NaN when either
            // argument is NaN, so a NaN point makes the value NaN.
            peak = Math.Max(peak, x[j]);
            lowestRatio = Math.Min(lowestRatio, x[j] / peak);
        }

        return (1 - lowestRatio) * 100;
    }
}
