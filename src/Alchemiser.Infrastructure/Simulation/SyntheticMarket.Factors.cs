namespace Alchemiser.Infrastructure.Simulation;

public sealed partial class SyntheticMarket
{
    /// <summary>
    /// The shared drivers per session: equity and rates shocks (standard normal) and the volatility regime h, a log
    /// multiplier of volatility: h' = mean + Phi (h - mean) - A z - B (max(0, -z - 1) - E) + C noise, clamped, where z
    /// is the equity shock, so falls raise volatility and large falls raise it sharply.
    /// </summary>
    private sealed class Factors
    {
        /// <summary>Long-run level of h; below 0 so that the average variance multiplier E[exp(2h)] is about 1.</summary>
        public const double RegimeMean = -0.12;

        private const double Phi = 0.98;
        private const double FallLoading = 0.05;
        private const double CrashLoading = 0.10;
        private const double CrashExcessMean = 0.0833; // E[max(0, -z - 1)] for a standard normal z
        private const double RegimeNoise = 0.04;
        private const double MinRegime = -0.9;
        private const double MaxRegime = 1.4;

        private Factors(int count)
        {
            Equity = new double[count];
            Rates = new double[count];
            RegimeBefore = new double[count];
            RegimeSurprise = new double[count];
        }

        public double[] Equity { get; }

        public double[] Rates { get; }

        /// <summary>h at the start of each session (known before its return).</summary>
        public double[] RegimeBefore { get; }

        /// <summary>The unexpected part of each session's change of h (the change less its mean reversion).</summary>
        public double[] RegimeSurprise { get; }

        public static Factors Generate(ulong stream, DateOnly[] days)
        {
            var factors = new Factors(days.Length);
            var h = RegimeMean;
            for (var t = 0; t < days.Length; t++)
            {
                var rng = SplitMix64.ForDay(stream, days[t]);
                var z = rng.NextGaussian();
                factors.Equity[t] = z;
                factors.Rates[t] = rng.NextGaussian();
                factors.RegimeBefore[t] = h;
                var crash = Math.Max(0, -z - 1) - CrashExcessMean;
                var expected = RegimeMean + (Phi * (h - RegimeMean));
                h = expected - (FallLoading * z) + (CrashLoading * crash) + (RegimeNoise * rng.NextGaussian());
                h = Math.Clamp(h, MinRegime, MaxRegime);
                factors.RegimeSurprise[t] = h - expected;
            }

            return factors;
        }
    }
}
