namespace Alchemiser.Core.Indicators;

// TEMPORARY stand-in until the indicators branch lands.
public static class IndicatorKernels
{
    public static void Compute(IndicatorSpec spec, ReadOnlySpan<double> points, Span<double> values)
    {
        var s = new IndicatorSeries(spec);
        for (var i = 0; i < points.Length; i++) { s.Append(points[i]); values[i] = s.Last; }
    }
}

public sealed class IndicatorSeries(IndicatorSpec spec, int capacity = 16)
{
    private readonly List<double> _p = new(capacity);
    private readonly List<double> _v = new(capacity);
    public IndicatorSpec Spec { get; } = spec;
    public int Count => _p.Count;
    public double this[int index] => _v[index];
    public double Last => _v[^1];
    public void Append(double point)
    {
        _p.Add(point);
        var t = _p.Count - 1;
        if (_p.Count < Spec.PointsNeeded) { _v.Add(double.NaN); return; }
        var n = Spec.Window;
        double value;
        switch (Spec.Kind)
        {
            case IndicatorKind.CurrentPrice: value = point; break;
            case IndicatorKind.MovingAveragePrice: { double s = 0; for (var i = t - n + 1; i <= t; i++) s += _p[i]; value = s / n; break; }
            case IndicatorKind.CumulativeReturn: value = (_p[t] / _p[t - n] - 1) * 100; break;
            case IndicatorKind.StdevReturn:
            {
                double m = 0; for (var i = t - n + 1; i <= t; i++) m += _p[i] / _p[i - 1] - 1; m /= n;
                double q = 0; for (var i = t - n + 1; i <= t; i++) { var d = _p[i] / _p[i - 1] - 1 - m; q += d * d; }
                value = Math.Sqrt(q / n) * 100; break;
            }
            case IndicatorKind.MaxDrawdown:
            {
                double peak = double.MinValue, dd = 0; for (var i = t - n + 1; i <= t; i++) { peak = Math.Max(peak, _p[i]); dd = Math.Max(dd, (1 - _p[i] / peak) * 100); }
                value = dd; break;
            }
            default: value = point; break;
        }
        _v.Add(value);
    }
}
