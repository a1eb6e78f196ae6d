namespace Alchemiser.Core.Indicators;

/// <summary>
/// Steps a windowed kernel: keeps the most recent points in one contiguous buffer and evaluates the kernel over
/// the newest window, exactly as <see cref="IndicatorKernels.Compute"/> does.
/// </summary>
/// <remarks>
/// Only the last <c>PointsNeeded</c> points matter, so when the buffer is full the tail is moved to the front.
/// The buffer holds at least twice the points needed, so the copy costs O(1) per point on average.
/// </remarks>
internal sealed class WindowedStepper<TKernel> : IndicatorStepper
    where TKernel : struct, IWindowKernel
{
    private const int MinimumBuffer = 16;

    private readonly int _window;
    private readonly int _pointsNeeded;
    private readonly double[] _buffer;
    private int _count;

    public WindowedStepper(IndicatorSpec spec)
    {
        _window = spec.Window;
        _pointsNeeded = spec.PointsNeeded;
        _buffer = new double[Math.Max(MinimumBuffer, 2 * _pointsNeeded)];
    }

    public override double Next(double point)
    {
        if (_count == _buffer.Length)
        {
            var keep = _pointsNeeded - 1;
            Array.Copy(_buffer, _count - keep, _buffer, 0, keep);
            _count = keep;
        }

        _buffer[_count++] = point;
        return _count < _pointsNeeded
            ? double.NaN
            : TKernel.ValueAt(_buffer.AsSpan(0, _count), _count - 1, _window);
    }
}
