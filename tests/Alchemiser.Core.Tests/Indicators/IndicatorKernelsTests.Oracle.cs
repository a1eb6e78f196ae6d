using Alchemiser.Core.Indicators;
using static Alchemiser.Core.Tests.Indicators.IndicatorTestData;

namespace Alchemiser.Core.Tests.Indicators;

// Against the naive oracle (NaiveIndicators): a different algorithm, so agreement is to rounding.
public sealed partial class IndicatorKernelsTests
{
    private const double OracleRelative = 1e-9;
    private const double OracleAbsolute = 1e-10;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(14)]
    [InlineData(30)]
    public void Compute_RandomWalk_MatchesNaiveOracle(int window)
    {
        for (var seed = 1; seed <= 3; seed++)
            AssertMatchesOracle(RandomWalk(seed, length: 600), window, $"seed {seed}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void Compute_DecayFrom5e11To10_MatchesNaiveOracle(int window)
    {
        AssertMatchesOracle(DecayFrom5e11To10(length: 1000), window, "decay");
    }

    [Theory]
    [InlineData("SPY")]
    [InlineData("TQQQ")]
    [InlineData("UVXY")]
    [InlineData("SOXS")]
    public void Compute_RealCloses_MatchesNaiveOracle(string ticker)
    {
        var closes = TryLoadRealCloses(ticker);
        Assert.SkipWhen(closes is null, $"shared/data/daily/{ticker}.csv is not beside the repository");

        // The oracle is quadratic per point for max-drawdown: the newest 2,520 closes (UVXY's start in 2011 is kept,
        // prices near 5e11) are enough.
        var points = ticker == "UVXY" ? closes : closes[^Math.Min(2520, closes.Length)..];
        foreach (var window in (int[])[1, 14, 50])
            AssertMatchesOracle(points, window, ticker);
    }

    [Fact]
    public void Compute_WindowedKinds_ValuesDependOnlyOnTheirWindow()
    {
        // Drop the first points (the 5e11 ones): every windowed value that still fits must be bit-identical, which an
        // add/subtract rolling sum would not give.
        var points = DecayFrom5e11To10(length: 400);
        const int Dropped = 57;

        foreach (var spec in OneOfEachKind(10).Where(spec => !IsRecursive(spec.Kind)))
        {
            var full = Compute(spec, points);
            var tail = Compute(spec, points[Dropped..]);

            var fits = spec.PointsNeeded - 1;
            AssertBitIdentical(full[(Dropped + fits)..], tail[fits..], spec.ToString());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(60)]
    public void Compute_WindowedKinds_BitIdenticalToOracle(int window)
    {
        // Sums run oldest to newest, so the windowed values are fixed to the bit. For max-drawdown the kernel takes
        // (1 − smallest ratio to the running peak) × 100; rounding is monotone, so for positive points that is the
        // very same double as the oracle's largest (1 − x_j / x_i) × 100 over i ≤ j.
        foreach (var spec in OneOfEachKind(window).Where(spec => !IsRecursive(spec.Kind)))
        {
            foreach (var points in (double[][])[RandomWalk(seed: 5, length: 800), DecayFrom5e11To10(length: 800)])
                AssertBitIdentical(NaiveIndicators.Compute(spec, points), Compute(spec, points), spec.ToString());
        }
    }

    private static void AssertMatchesOracle(double[] points, int window, string label)
    {
        foreach (var spec in OneOfEachKind(window))
        {
            var expected = NaiveIndicators.Compute(spec, points);
            var actual = Compute(spec, points);
            for (var i = 0; i < points.Length; i++)
                AssertClose(expected[i], actual[i], OracleRelative, OracleAbsolute, $"{label} {spec} at {i}");
        }
    }

    private static bool IsRecursive(IndicatorKind kind) => kind is IndicatorKind.ExponentialMovingAveragePrice
        or IndicatorKind.Rsi or IndicatorKind.PercentagePriceOscillator or IndicatorKind.PercentagePriceOscillatorSignal;

    /// <summary>A noisy geometric decay from 5e11 to about 10, like reverse-split-adjusted volatility ETFs.</summary>
    private static double[] DecayFrom5e11To10(int length)
    {
        var noise = RandomWalk(seed: 11, length, start: 1, maxMove: 0.08);
        var decay = Math.Pow(10 / 5e11, 1.0 / (length - 1));
        return noise.Select((factor, i) => 5e11 * Math.Pow(decay, i) * factor).ToArray();
    }
}
