namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>exponential-moving-average-price</c> N: α = 2/(N+1); E[N−1] = mean(p[0..N−1]);
/// E[i] = E[i−1] + α·(p[i] − E[i−1]). Also the building block of the PPO and its signal line.
/// </summary>
internal struct ExponentialMovingAverage : IRecursiveKernel
{
    private readonly int _window;
    private readonly double _alpha;
    private int _count; // points seen, up to the window
    private double _seedSum;
    private double _average;

    public ExponentialMovingAverage(int window)
    {
        _window = window;
        _alpha = 2.0 / (window + 1);
    }

    public double Next(double point)
    {
        if (_count == _window)
        {
            _average += _alpha * (point - _average);
            return _average;
        }

        // The seed is the mean of the first N points, summed oldest to newest as they arrive.
        _count++;
        _seedSum += point;
        if (_count < _window)
            return double.NaN;
        _average = _seedSum / _window;
        return _average;
    }
}
