namespace Alchemiser.Core.Indicators;

/// <summary>Mean and population standard deviation of a window, summed oldest to newest (DSL.md §6.2).</summary>
/// <remarks>Plain sequential loops on purpose: a vectorized sum would change the order of the additions.</remarks>
internal static class WindowStatistics
{
    public static double Mean(ReadOnlySpan<double> window)
    {
        var sum = 0.0;
        for (var i = 0; i < window.Length; i++)
            sum += window[i];
        return sum / window.Length;
    }

    /// <summary>m = Σx/n, σ = sqrt(Σ(x − m)² / n).</summary>
    public static double PopulationStandardDeviation(ReadOnlySpan<double> window)
    {
        var mean = Mean(window);
        var sumOfSquares = 0.0;
        for (var i = 0; i < window.Length; i++)
        {
            var deviation = window[i] - mean;
            sumOfSquares += deviation * deviation;
        }

        return Math.Sqrt(sumOfSquares / window.Length);
    }
}
