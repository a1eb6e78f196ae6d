namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>percentage-price-oscillator-signal</c> S, L, K: the EMA (α = 2/(K+1), seeded with the mean of its first K
/// values) of the PPO series, which starts at index L−1. Percent. The first value is at point L + K − 1.
/// </summary>
internal struct PercentagePriceOscillatorSignal : IRecursiveKernel
{
    private readonly int _longWindow;
    private PercentagePriceOscillator _oscillator;
    private ExponentialMovingAverage _signal;
    private int _count; // points seen, up to the long window

    public PercentagePriceOscillatorSignal(int shortWindow, int longWindow, int smoothWindow)
    {
        _longWindow = longWindow;
        _oscillator = new PercentagePriceOscillator(shortWindow, longWindow);
        _signal = new ExponentialMovingAverage(smoothWindow);
    }

    public double Next(double point)
    {
        var oscillator = _oscillator.Next(point);
        // The PPO series begins at the L-th point; the NaNs before it are not part of the series.
        if (_count < _longWindow)
            _count++;
        return _count < _longWindow ? double.NaN : _signal.Next(oscillator);
    }
}
