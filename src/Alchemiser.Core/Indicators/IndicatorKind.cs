namespace Alchemiser.Core.Indicators;

// TEMPORARY stand-in until the indicators branch lands.
public enum IndicatorKind { CurrentPrice, MovingAveragePrice, ExponentialMovingAveragePrice, Rsi, CumulativeReturn,
    MovingAverageReturn, StdevReturn, StdevPrice, MaxDrawdown, PercentagePriceOscillator, PercentagePriceOscillatorSignal }
