namespace Alchemiser.Core.Indicators;

/// <summary>
/// Statistics of the simple returns r[i] = p[i] / p[i−1] − 1 of a run of points (n points give n − 1 returns),
/// summed oldest to newest. Returns are recomputed where needed rather than stored, so nothing is allocated.
/// </summary>
internal static class DailyReturns
{
    public static double Mean(ReadOnlySpan<double> points)
    {
        var sum = 0.0;
        for (var i = 1; i < points.Length; i++)
            sum += points[i] / points[i - 1] - 1;
        return sum / (points.Length - 1);
    }

    /// <summary>m = Σr/n, σ = sqrt(Σ(r − m)² / n) over the n = points − 1 returns.</summary>
    public static double PopulationStandardDeviation(ReadOnlySpan<double> points)
    {
        var mean = Mean(points);
        var sumOfSquares = 0.0;
        for (var i = 1; i < points.Length; i++)
        {
            var deviation = points[i] / points[i - 1] - 1 - mean;
            sumOfSquares += deviation * deviation;
        }

        return Math.Sqrt(sumOfSquares / (points.Length - 1));
    }
}
