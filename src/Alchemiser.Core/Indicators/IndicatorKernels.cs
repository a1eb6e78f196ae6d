namespace Alchemiser.Core.Indicators;

/// <summary>
/// Computes an indicator over a whole series of points (closes or NAV values), oldest first.
/// </summary>
/// <remarks>
/// The formulas are those of DSL.md §6.2. Windowed indicators (moving average, standard deviations, returns,
/// max-drawdown, current price) are computed directly over each window, summed oldest to newest, so each value
/// depends only on the points in its window. Recursive indicators (EMA, RSI, PPO, PPO signal) run from the first
/// point and depend on where the series starts. Thread-safe: no shared state.
/// </remarks>
public static class IndicatorKernels
{
    /// <summary>
    /// Writes into <paramref name="values"/>[i] the indicator as of point i, that is over
    /// <paramref name="points"/>[0..i], in the indicator's unit (price, 0–100 for RSI, percent for returns,
    /// <c>stdev-return</c>, <c>max-drawdown</c> and the PPO).
    /// </summary>
    /// <remarks>
    /// <para>values[i] is NaN where i + 1 &lt; <see cref="IndicatorSpec.PointsNeeded"/>.</para>
    /// <para>A NaN point makes NaN every value whose computation includes it: windowed values recover once the
    /// window has passed it; recursive indicators stay NaN for the rest of the series.</para>
    /// <para>Allocates nothing. Windowed indicators cost O(window) per point, recursive ones O(1).
    /// <see cref="IndicatorSeries"/> gives bit-identical values one point at a time.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> and <paramref name="points"/> differ in length.</exception>
    public static void Compute(IndicatorSpec spec, ReadOnlySpan<double> points, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (values.Length != points.Length)
        {
            throw new ArgumentException(
                $"values has length {values.Length} but points has length {points.Length}; they must be equal.",
                nameof(values));
        }

        switch (spec.Kind)
        {
            case IndicatorKind.CurrentPrice:
                ComputeWindowed<CurrentPrice>(spec, points, values);
                break;
            case IndicatorKind.MovingAveragePrice:
                ComputeWindowed<MovingAveragePrice>(spec, points, values);
                break;
            case IndicatorKind.CumulativeReturn:
                ComputeWindowed<CumulativeReturn>(spec, points, values);
                break;
            case IndicatorKind.MovingAverageReturn:
                ComputeWindowed<MovingAverageReturn>(spec, points, values);
                break;
            case IndicatorKind.StdevReturn:
                ComputeWindowed<StdevReturn>(spec, points, values);
                break;
            case IndicatorKind.StdevPrice:
                ComputeWindowed<StdevPrice>(spec, points, values);
                break;
            case IndicatorKind.MaxDrawdown:
                ComputeWindowed<MaxDrawdown>(spec, points, values);
                break;
            case IndicatorKind.ExponentialMovingAveragePrice:
                var average = new ExponentialMovingAverage(spec.Window);
                ComputeRecursive(ref average, points, values);
                break;
            case IndicatorKind.Rsi:
                var rsi = new Rsi(spec.Window);
                ComputeRecursive(ref rsi, points, values);
                break;
            case IndicatorKind.PercentagePriceOscillator:
                var oscillator = new PercentagePriceOscillator(spec.ShortWindow, spec.LongWindow);
                ComputeRecursive(ref oscillator, points, values);
                break;
            case IndicatorKind.PercentagePriceOscillatorSignal:
                var signal = new PercentagePriceOscillatorSignal(spec.ShortWindow, spec.LongWindow, spec.SmoothWindow);
                ComputeRecursive(ref signal, points, values);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Not a defined indicator kind.");
        }
    }

    private static void ComputeWindowed<TKernel>(IndicatorSpec spec, ReadOnlySpan<double> points, Span<double> values)
        where TKernel : struct, IWindowKernel
    {
        var first = Math.Min(spec.PointsNeeded - 1, points.Length);
        values[..first].Fill(double.NaN);
        var window = spec.Window;
        for (var i = first; i < points.Length; i++)
            values[i] = TKernel.ValueAt(points, i, window);
    }

    private static void ComputeRecursive<TKernel>(ref TKernel kernel, ReadOnlySpan<double> points, Span<double> values)
        where TKernel : struct, IRecursiveKernel
    {
        for (var i = 0; i < points.Length; i++)
            values[i] = kernel.Next(points[i]);
    }
}
