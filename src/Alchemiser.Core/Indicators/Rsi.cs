namespace Alchemiser.Core.Indicators;

/// <summary>
/// <c>rsi</c> N (Wilder), 0 to 100. Seed AG, AL = mean of the first N gains and losses; then
/// AG = (AG·(N−1) + gain) / N and likewise AL. Value: AL = 0 → 100 if AG &gt; 0 else 50;
/// otherwise 100 − 100 / (1 + AG/AL). The first value is at the (N+1)-th point.
/// </summary>
internal struct Rsi : IRecursiveKernel
{
    private readonly int _window;
    private readonly double _windowMinusOne;
    private int _changes; // changes seen, up to the window
    private bool _hasPrevious;
    private double _previous;
    private double _averageGain;
    private double _averageLoss;

    public Rsi(int window)
    {
        _window = window;
        _windowMinusOne = window - 1;
    }

    public double Next(double point)
    {
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            _previous = point;
            return double.NaN;
        }

        var change = point - _previous;
        _previous = point;
        // Math.Max returns NaN when change is NaN, so a NaN point poisons both averages for good.
        var gain = Math.Max(change, 0.0);
        var loss = Math.Max(-change, 0.0);

        if (_changes == _window)
        {
            _averageGain = (_averageGain * _windowMinusOne + gain) / _window;
            _averageLoss = (_averageLoss * _windowMinusOne + loss) / _window;
            return Value(_averageGain, _averageLoss);
        }

        // While seeding, the averages hold the sums of the first N gains and losses, oldest to newest.
        _changes++;
        _averageGain += gain;
        _averageLoss += loss;
        if (_changes < _window)
            return double.NaN;
        _averageGain /= _window;
        _averageLoss /= _window;
        return Value(_averageGain, _averageLoss);
    }

    private static double Value(double averageGain, double averageLoss)
    {
        if (averageLoss == 0)
            return averageGain > 0 ? 100 : 50;
        return 100 - 100 / (1 + averageGain / averageLoss);
    }
}
