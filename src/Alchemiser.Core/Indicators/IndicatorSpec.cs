namespace Alchemiser.Core.Indicators;

// TEMPORARY stand-in until the indicators branch lands.
public sealed record IndicatorSpec(IndicatorKind Kind, int Window = 0, int ShortWindow = 0, int LongWindow = 0, int SmoothWindow = 0)
{
    public int PointsNeeded => Kind switch
    {
        IndicatorKind.CurrentPrice => 1,
        IndicatorKind.MovingAveragePrice or IndicatorKind.ExponentialMovingAveragePrice or IndicatorKind.StdevPrice or IndicatorKind.MaxDrawdown => Window,
        IndicatorKind.PercentagePriceOscillator => LongWindow,
        IndicatorKind.PercentagePriceOscillatorSignal => LongWindow + SmoothWindow - 1,
        _ => Window + 1,
    };

    public string Name => Kind switch
    {
        IndicatorKind.CurrentPrice => "current-price",
        IndicatorKind.MovingAveragePrice => "moving-average-price",
        IndicatorKind.ExponentialMovingAveragePrice => "exponential-moving-average-price",
        IndicatorKind.Rsi => "rsi",
        IndicatorKind.CumulativeReturn => "cumulative-return",
        IndicatorKind.MovingAverageReturn => "moving-average-return",
        IndicatorKind.StdevReturn => "stdev-return",
        IndicatorKind.StdevPrice => "stdev-price",
        IndicatorKind.MaxDrawdown => "max-drawdown",
        IndicatorKind.PercentagePriceOscillator => "percentage-price-oscillator",
        _ => "percentage-price-oscillator-signal",
    };

    public string DescribeParameters() => Kind switch
    {
        IndicatorKind.CurrentPrice => "",
        IndicatorKind.PercentagePriceOscillator => $"short-window {ShortWindow}, long-window {LongWindow}",
        IndicatorKind.PercentagePriceOscillatorSignal => $"short-window {ShortWindow}, long-window {LongWindow}, smooth-window {SmoothWindow}",
        _ => $"window {Window}",
    };

    public static IndicatorKind? KindFromName(string dslName)
    {
        foreach (var kind in Enum.GetValues<IndicatorKind>())
        {
            if (new IndicatorSpec(kind).Name == dslName)
                return kind;
        }
        return null;
    }
}
