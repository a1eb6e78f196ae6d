using System.Globalization;

namespace Alchemiser.Core.Indicators;

/// <summary>
/// One indicator with its parameters, as DSL.md §6 defines it: what to compute and how much history it needs.
/// </summary>
/// <remarks>
/// Immutable and validated on construction. Parameters an indicator does not use must be 0, so two specs that mean
/// the same indicator are equal. The DSL loader checks user input and reports diagnostics before it builds a spec;
/// an invalid spec here is a programming error and throws.
/// </remarks>
/// <param name="Kind">Which indicator.</param>
/// <param name="Window">N for the single-window indicators (1 to <see cref="MaxWindow"/>); 0 otherwise.</param>
/// <param name="ShortWindow">S for the PPO indicators (1 ≤ S &lt; L); 0 otherwise.</param>
/// <param name="LongWindow">L for the PPO indicators (S &lt; L ≤ <see cref="MaxWindow"/>); 0 otherwise.</param>
/// <param name="SmoothWindow">K for the PPO signal (1 to <see cref="MaxWindow"/>); 0 otherwise.</param>
/// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range, a parameter the indicator does
/// not use is not 0, or <paramref name="Kind"/> is not a defined value.</exception>
public sealed partial record IndicatorSpec(
    IndicatorKind Kind,
    int Window = 0,
    int ShortWindow = 0,
    int LongWindow = 0,
    int SmoothWindow = 0)
{
    /// <summary>The largest window any indicator accepts (DSL.md §6.1).</summary>
    public const int MaxWindow = 100_000;

    /// <summary>Which indicator.</summary>
    public IndicatorKind Kind { get; } = Kind;

    /// <summary>N of the single-window indicators; 0 for <c>current-price</c> and the PPO indicators.</summary>
    public int Window { get; } = Window;

    /// <summary>S of the PPO indicators; 0 otherwise.</summary>
    public int ShortWindow { get; } = ShortWindow;

    /// <summary>L of the PPO indicators; 0 otherwise.</summary>
    public int LongWindow { get; } = LongWindow;

    /// <summary>K of <c>percentage-price-oscillator-signal</c>; 0 otherwise.</summary>
    public int SmoothWindow { get; } = SmoothWindow;

    /// <summary>
    /// The minimum number of points (closes or NAV values) the indicator needs, the "needs" column of DSL.md §6.2:
    /// 1 for <c>current-price</c>; N for the moving average, EMA, <c>stdev-price</c> and <c>max-drawdown</c>;
    /// N + 1 for <c>rsi</c> and the return indicators; L for the PPO; L + K − 1 for the PPO signal.
    /// Fewer points is a history failure (DSL020).
    /// </summary>
    public int PointsNeeded { get; } = ValidateAndCountPointsNeeded(Kind, Window, ShortWindow, LongWindow, SmoothWindow);

    /// <summary>The DSL name, e.g. <c>rsi</c> or <c>percentage-price-oscillator-signal</c>.</summary>
    public string Name => DslNames[(int)Kind];

    /// <summary>
    /// The parameters as diagnostics write them: <c>window 14</c>; <c>short-window 12, long-window 26</c>;
    /// <c>short-window 12, long-window 26, smooth-window 9</c>; the empty string for <c>current-price</c>.
    /// </summary>
    public string DescribeParameters() => Kind switch
    {
        IndicatorKind.CurrentPrice => string.Empty,
        IndicatorKind.PercentagePriceOscillator =>
            string.Create(CultureInfo.InvariantCulture, $"short-window {ShortWindow}, long-window {LongWindow}"),
        IndicatorKind.PercentagePriceOscillatorSignal => string.Create(
            CultureInfo.InvariantCulture,
            $"short-window {ShortWindow}, long-window {LongWindow}, smooth-window {SmoothWindow}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"window {Window}"),
    };

    /// <summary>The name with its parameters, e.g. <c>rsi(window 14)</c> or <c>current-price</c>.</summary>
    public override string ToString() =>
        Kind == IndicatorKind.CurrentPrice ? Name : string.Concat(Name, "(", DescribeParameters(), ")");

    private static int ValidateAndCountPointsNeeded(
        IndicatorKind kind,
        int window,
        int shortWindow,
        int longWindow,
        int smoothWindow)
    {
        switch (kind)
        {
            case IndicatorKind.CurrentPrice:
                RequireUnused(window, nameof(Window));
                RequireUnused(shortWindow, nameof(ShortWindow));
                RequireUnused(longWindow, nameof(LongWindow));
                RequireUnused(smoothWindow, nameof(SmoothWindow));
                return 1;

            case IndicatorKind.MovingAveragePrice:
            case IndicatorKind.ExponentialMovingAveragePrice:
            case IndicatorKind.StdevPrice:
            case IndicatorKind.MaxDrawdown:
            case IndicatorKind.Rsi:
            case IndicatorKind.CumulativeReturn:
            case IndicatorKind.MovingAverageReturn:
            case IndicatorKind.StdevReturn:
                RequireWindow(window, nameof(Window));
                RequireUnused(shortWindow, nameof(ShortWindow));
                RequireUnused(longWindow, nameof(LongWindow));
                RequireUnused(smoothWindow, nameof(SmoothWindow));
                return UsesReturns(kind) ? window + 1 : window;

            case IndicatorKind.PercentagePriceOscillator:
                RequireUnused(window, nameof(Window));
                RequireShortAndLong(shortWindow, longWindow);
                RequireUnused(smoothWindow, nameof(SmoothWindow));
                return longWindow;

            case IndicatorKind.PercentagePriceOscillatorSignal:
                RequireUnused(window, nameof(Window));
                RequireShortAndLong(shortWindow, longWindow);
                RequireWindow(smoothWindow, nameof(SmoothWindow));
                return longWindow + smoothWindow - 1;

            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), kind, "Not a defined indicator kind.");
        }
    }

    // RSI needs one point more than its window because it works on changes, like the return indicators.
    private static bool UsesReturns(IndicatorKind kind) => kind is IndicatorKind.Rsi or IndicatorKind.CumulativeReturn
        or IndicatorKind.MovingAverageReturn or IndicatorKind.StdevReturn;

    private static void RequireWindow(int value, string name)
    {
        if (value is < 1 or > MaxWindow)
            throw new ArgumentOutOfRangeException(name, value, $"Must be between 1 and {MaxWindow}.");
    }

    private static void RequireUnused(int value, string name)
    {
        if (value != 0)
            throw new ArgumentOutOfRangeException(name, value, "This indicator does not take this parameter; it must be 0.");
    }

    private static void RequireShortAndLong(int shortWindow, int longWindow)
    {
        RequireWindow(shortWindow, nameof(ShortWindow));
        RequireWindow(longWindow, nameof(LongWindow));
        if (shortWindow >= longWindow)
            throw new ArgumentOutOfRangeException(nameof(ShortWindow), shortWindow, "Must be less than the long window.");
    }
}
