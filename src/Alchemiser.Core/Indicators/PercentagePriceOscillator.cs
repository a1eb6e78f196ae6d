namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>percentage-price-oscillator</c> S, L: (E_S[t] − E_L[t]) / E_L[t] × 100, percent, with E the EMA of
/// <see cref="ExponentialMovingAverage"/>. The first value is at the L-th point (E_S exists earlier since S &lt; L).
/// </summary>
internal struct PercentagePriceOscillator : IRecursiveKernel
{
    private ExponentialMovingAverage _short;
    private ExponentialMovingAverage _long;

    public PercentagePriceOscillator(int shortWindow, int longWindow)
    {
        _short = new ExponentialMovingAverage(shortWindow);
        _long = new ExponentialMovingAverage(longWindow);
    }

    public double Next(double point)
    {
        var shortAverage = _short.Next(point);
        var longAverage = _long.Next(point);
        // Before L points the long EMA is NaN, so the value is NaN too.
        return (shortAverage - longAverage) / longAverage * 100;
    }
}
