namespace Alchemiser.Infrastructure.Simulation;

public sealed partial class SyntheticMarket
{
    private const double FinancingRate = 0.02;
    private const double MinSimpleReturn = -0.99;
    private const double VolumeNoise = 0.3;

    private static PricePath GenerateBase(BaseAsset asset, ulong stream, DateOnly[] days, Factors factors)
    {
        var path = new PricePath(days.Length);
        var dailyVol = asset.Volatility / Math.Sqrt(SessionsPerYear);
        var dailyDrift = asset.Drift / SessionsPerYear;
        var own = Math.Sqrt(Math.Max(
            0, 1 - (asset.EquityLoading * asset.EquityLoading) - (asset.RatesLoading * asset.RatesLoading)));
        var previous = asset.StartPrice;
        for (var t = 0; t < days.Length; t++)
        {
            var rng = SplitMix64.ForDay(stream, days[t]);
            var regime = Math.Exp(asset.RegimeSensitivity * factors.RegimeBefore[t]);
            var sd = dailyVol * regime;
            var shock = (asset.EquityLoading * factors.Equity[t]) + (asset.RatesLoading * factors.Rates[t]) +
                (own * rng.NextGaussian());
            var logReturn = Math.Clamp(dailyDrift - (0.5 * sd * sd) + (sd * shock), -MaxLogReturn, MaxLogReturn);
            previous = path.SetBar(t, previous, logReturn, sd, asset.AverageVolume * regime, ref rng);
        }

        return path;
    }

    /// <summary>Log return = beta x surprise in h - roll + noise. Futures already price the regime's expected mean
    /// reversion, so only the surprise moves them; the roll is a cost in a calm regime (contango) and a gain in a
    /// stressed one (backwardation).</summary>
    private static PricePath GenerateVolatilityIndex(
        VolatilityFuturesIndex index, ulong stream, DateOnly[] days, Factors factors)
    {
        var path = new PricePath(days.Length);
        var sd = index.RegimeBeta * 0.07;
        var previous = index.StartPrice;
        for (var t = 0; t < days.Length; t++)
        {
            var rng = SplitMix64.ForDay(stream, days[t]);
            var before = factors.RegimeBefore[t];
            var roll = Math.Clamp(index.Roll - (index.RollSlope * (before - Factors.RegimeMean)), -0.004, 0.006);
            var logReturn = (index.RegimeBeta * factors.RegimeSurprise[t]) - roll + (0.004 * rng.NextGaussian());
            logReturn = Math.Clamp(logReturn, -MaxLogReturn, MaxLogReturn);
            previous = path.SetBar(t, previous, logReturn, sd, 1.0, ref rng);
        }

        return path;
    }

    /// <summary>Daily reset: each price of the bar is the product's previous close moved by L x the underlying's
    /// move from its previous close; the close also pays the fee and financing of the session.</summary>
    private static PricePath GenerateLeveraged(
        LeveragedAsset product, SyntheticAsset underlyingAsset, PricePath underlying, ulong stream, DateOnly[] days,
        Factors factors)
    {
        var path = new PricePath(days.Length);
        var leverage = product.Leverage;
        var cost = (product.AnnualFee + (Math.Max(0, Math.Abs(leverage) - 1) * FinancingRate)) / SessionsPerYear;
        var previous = product.StartPrice;
        var previousUnderlying = underlyingAsset.StartPrice;
        for (var t = 0; t < days.Length; t++)
        {
            var close = previous * (1 + Math.Max(MinSimpleReturn,
                (leverage * ((underlying.Close[t] / previousUnderlying) - 1)) - cost));
            var open = Move(previous, leverage, underlying.Open[t], previousUnderlying);
            var atHigh = Move(previous, leverage, underlying.High[t], previousUnderlying);
            var atLow = Move(previous, leverage, underlying.Low[t], previousUnderlying);
            path.Open[t] = open;
            path.Close[t] = close;
            path.High[t] = Math.Max(Math.Max(open, close), Math.Max(atHigh, atLow));
            path.Low[t] = Math.Min(Math.Min(open, close), Math.Min(atHigh, atLow));
            var rng = SplitMix64.ForDay(stream, days[t]);
            path.Volume[t] = PricePath.DrawVolume(
                product.AverageVolume * Math.Exp(factors.RegimeBefore[t]), ref rng);
            previous = close;
            previousUnderlying = underlying.Close[t];
        }

        return path;
    }

    private static double Move(double previous, double leverage, double underlying, double previousUnderlying) =>
        previous * (1 + Math.Max(MinSimpleReturn, leverage * ((underlying / previousUnderlying) - 1)));

    /// <summary>Columns of one generated path.</summary>
    private sealed class PricePath
    {
        public PricePath(int count)
        {
            Open = new double[count];
            High = new double[count];
            Low = new double[count];
            Close = new double[count];
            Volume = new double[count];
        }

        public double[] Open { get; }

        public double[] High { get; }

        public double[] Low { get; }

        public double[] Close { get; }

        public double[] Volume { get; }

        public static double DrawVolume(double average, ref SplitMix64 rng) =>
            Math.Max(100, Math.Round(average * Math.Exp((VolumeNoise * rng.NextGaussian()) - (0.5 * VolumeNoise * VolumeNoise))));

        /// <summary>Writes session <paramref name="t"/> from the previous close and the close-to-close log return:
        /// part of the move happens overnight (the open), the rest intraday, and the range extends beyond both.</summary>
        /// <returns>The close.</returns>
        public double SetBar(int t, double previous, double logReturn, double sd, double averageVolume, ref SplitMix64 rng)
        {
            var close = previous * Math.Exp(logReturn);
            var open = previous * Math.Exp((0.3 * logReturn) + (0.25 * sd * rng.NextGaussian()));
            Open[t] = open;
            Close[t] = close;
            High[t] = Math.Max(open, close) * Math.Exp(0.5 * sd * Math.Abs(rng.NextGaussian()));
            Low[t] = Math.Min(open, close) * Math.Exp(-0.5 * sd * Math.Abs(rng.NextGaussian()));
            Volume[t] = DrawVolume(averageVolume, ref rng);
            return close;
        }
    }
}
