namespace Alchemiser.Core.Indicators;

/// <summary>Takes points one at a time and returns the value as of each, for <see cref="IndicatorSeries"/>.</summary>
/// <remarks>Each stepper calls the same kernel as <see cref="IndicatorKernels.Compute"/>, which is what makes the
/// two bit-identical.</remarks>
internal abstract class IndicatorStepper
{
    public abstract double Next(double point);

    public static IndicatorStepper Create(IndicatorSpec spec) => spec.Kind switch
    {
        IndicatorKind.CurrentPrice => new WindowedStepper<CurrentPrice>(spec),
        IndicatorKind.MovingAveragePrice => new WindowedStepper<MovingAveragePrice>(spec),
        IndicatorKind.CumulativeReturn => new WindowedStepper<CumulativeReturn>(spec),
        IndicatorKind.MovingAverageReturn => new WindowedStepper<MovingAverageReturn>(spec),
        IndicatorKind.StdevReturn => new WindowedStepper<StdevReturn>(spec),
        IndicatorKind.StdevPrice => new WindowedStepper<StdevPrice>(spec),
        IndicatorKind.MaxDrawdown => new WindowedStepper<MaxDrawdown>(spec),
        IndicatorKind.ExponentialMovingAveragePrice =>
            new RecursiveStepper<ExponentialMovingAverage>(new ExponentialMovingAverage(spec.Window)),
        IndicatorKind.Rsi => new RecursiveStepper<Rsi>(new Rsi(spec.Window)),
        IndicatorKind.PercentagePriceOscillator => new RecursiveStepper<PercentagePriceOscillator>(
            new PercentagePriceOscillator(spec.ShortWindow, spec.LongWindow)),
        IndicatorKind.PercentagePriceOscillatorSignal => new RecursiveStepper<PercentagePriceOscillatorSignal>(
            new PercentagePriceOscillatorSignal(spec.ShortWindow, spec.LongWindow, spec.SmoothWindow)),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Not a defined indicator kind."),
    };
}
