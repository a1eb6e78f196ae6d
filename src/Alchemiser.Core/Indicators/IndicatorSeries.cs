namespace Alchemiser.Core.Indicators;

/// <summary>
/// An indicator over a series that grows one point at a time, such as a composite's NAV (DSL.md §7).
/// </summary>
/// <remarks>
/// <para>After appending points p[0..k] one by one, <c>this[i]</c> is bit-identical to
/// <see cref="IndicatorKernels.Compute"/> over the same points: the same kernels do the arithmetic.</para>
/// <para>Values are in the indicator's unit (price or NAV units, 0–100 for RSI, percent for returns,
/// <c>stdev-return</c>, <c>max-drawdown</c> and the PPO) and NaN where fewer than
/// <see cref="IndicatorSpec.PointsNeeded"/> points had been appended, or where the computation includes a NaN point.</para>
/// <para>Mutable and not thread-safe. Every value is kept (8 bytes per point); windowed indicators also keep a
/// buffer of about twice their points needed.</para>
/// </remarks>
public sealed class IndicatorSeries
{
    private readonly IndicatorStepper _stepper;
    private double[] _values;

    /// <summary>Starts an empty series.</summary>
    /// <param name="spec">The indicator.</param>
    /// <param name="capacity">How many points to make room for up front; the series grows past it as needed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public IndicatorSeries(IndicatorSpec spec, int capacity = 16)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Spec = spec;
        _stepper = IndicatorStepper.Create(spec);
        _values = new double[capacity];
    }

    /// <summary>The indicator this series computes.</summary>
    public IndicatorSpec Spec { get; }

    /// <summary>The number of points appended so far.</summary>
    public int Count { get; private set; }

    /// <summary>The value as of the newest point; NaN when there are too few points or none.</summary>
    public double Last => Count == 0 ? double.NaN : _values[Count - 1];

    /// <summary>The value as of point <paramref name="index"/> (0 is the oldest point).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than
    /// <see cref="Count"/>.</exception>
    public double this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _values[index];
        }
    }

    /// <summary>
    /// Appends the next point (a close or NAV value, newer than every point before) and computes the value as of it.
    /// O(window) for windowed indicators, O(1) for recursive ones; allocates only when the value store grows.
    /// </summary>
    public void Append(double point)
    {
        if (Count == _values.Length)
            Array.Resize(ref _values, Math.Max(16, 2 * _values.Length));
        _values[Count] = _stepper.Next(point);
        Count++;
    }
}
