namespace Alchemiser.Core.Indicators;

public sealed partial record IndicatorSpec
{
    /// <summary><c>current-price</c>: needs 1 point.</summary>
    public static IndicatorSpec CurrentPrice() => new(IndicatorKind.CurrentPrice);

    /// <summary><c>moving-average-price</c> with window <paramref name="window"/>: needs N points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec MovingAveragePrice(int window) => new(IndicatorKind.MovingAveragePrice, window);

    /// <summary><c>exponential-moving-average-price</c> with window <paramref name="window"/>: needs N points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec ExponentialMovingAveragePrice(int window) =>
        new(IndicatorKind.ExponentialMovingAveragePrice, window);

    /// <summary><c>rsi</c> with window <paramref name="window"/>: needs N + 1 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec Rsi(int window) => new(IndicatorKind.Rsi, window);

    /// <summary><c>cumulative-return</c> with window <paramref name="window"/>: needs N + 1 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec CumulativeReturn(int window) => new(IndicatorKind.CumulativeReturn, window);

    /// <summary><c>moving-average-return</c> with window <paramref name="window"/>: needs N + 1 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec MovingAverageReturn(int window) => new(IndicatorKind.MovingAverageReturn, window);

    /// <summary><c>stdev-return</c> with window <paramref name="window"/>: needs N + 1 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec StdevReturn(int window) => new(IndicatorKind.StdevReturn, window);

    /// <summary><c>stdev-price</c> with window <paramref name="window"/>: needs N points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec StdevPrice(int window) => new(IndicatorKind.StdevPrice, window);

    /// <summary><c>max-drawdown</c> with window <paramref name="window"/>: needs N points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec MaxDrawdown(int window) => new(IndicatorKind.MaxDrawdown, window);

    /// <summary><c>percentage-price-oscillator</c> with short window S and long window L: needs L points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1 ≤ S &lt; L ≤ <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec PercentagePriceOscillator(int shortWindow, int longWindow) =>
        new(IndicatorKind.PercentagePriceOscillator, ShortWindow: shortWindow, LongWindow: longWindow);

    /// <summary><c>percentage-price-oscillator-signal</c> with windows S, L and K: needs L + K − 1 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1 ≤ S &lt; L ≤ <see cref="MaxWindow"/>, or K is not 1 to
    /// <see cref="MaxWindow"/>.</exception>
    public static IndicatorSpec PercentagePriceOscillatorSignal(int shortWindow, int longWindow, int smoothWindow) =>
        new(IndicatorKind.PercentagePriceOscillatorSignal, ShortWindow: shortWindow, LongWindow: longWindow,
            SmoothWindow: smoothWindow);
}
