using Alchemiser.Core.Indicators;
using static Alchemiser.Core.Tests.Indicators.IndicatorTestData;

namespace Alchemiser.Core.Tests.Indicators;

// DSL.md §10, shared series X: the expected values are the specification's, matched within 1e-9 relative.
public sealed partial class IndicatorKernelsTests
{
    private const double ConformanceTolerance = 1e-9;

    [Theory]
    [InlineData(IndicatorKind.MovingAveragePrice, 3, 105)]
    [InlineData(IndicatorKind.MovingAveragePrice, 6, 103.5)]
    [InlineData(IndicatorKind.ExponentialMovingAveragePrice, 3, 104.875)]
    [InlineData(IndicatorKind.ExponentialMovingAveragePrice, 6, 103.5)]
    [InlineData(IndicatorKind.Rsi, 3, 80.8823529411765)]
    [InlineData(IndicatorKind.Rsi, 6, 80)]
    [InlineData(IndicatorKind.CumulativeReturn, 3, 2.91262135922330)]
    [InlineData(IndicatorKind.CumulativeReturn, 6, 6.00000000000000)]
    [InlineData(IndicatorKind.MovingAverageReturn, 3, 0.970814514503834)]
    [InlineData(IndicatorKind.MovingAverageReturn, 6, 0.985374901075124)]
    [InlineData(IndicatorKind.StdevReturn, 3, 1.35992591738792)]
    [InlineData(IndicatorKind.StdevReturn, 6, 1.38035072668246)]
    [InlineData(IndicatorKind.StdevPrice, 3, 0.816496580927726)]
    [InlineData(IndicatorKind.StdevPrice, 6, 1.70782512765993)]
    [InlineData(IndicatorKind.MaxDrawdown, 3, 0.952380952380952)]
    [InlineData(IndicatorKind.MaxDrawdown, 6, 0.980392156862745)]
    public void Compute_SeriesXWindowed_MatchesConformanceTable(IndicatorKind kind, int window, double expected)
    {
        var values = Compute(new IndicatorSpec(kind, window), X);

        AssertClose(expected, values[^1], ConformanceTolerance, what: $"{kind} {window}");
    }

    [Fact]
    public void Compute_SeriesXCurrentPrice_IsLastClose()
    {
        var values = Compute(IndicatorSpec.CurrentPrice(), X);

        Assert.Equal(106, values[^1]);
    }

    [Fact]
    public void Compute_SeriesXRsiExactFraction_Is1375Over17()
    {
        var values = Compute(IndicatorSpec.Rsi(3), X);

        AssertClose(1375.0 / 17, values[^1], 1e-15);
    }

    [Fact]
    public void Compute_SeriesXPpoShort2Long3_MatchesConformanceValue()
    {
        var values = Compute(IndicatorSpec.PercentagePriceOscillator(2, 3), X);

        AssertClose(0.448800011771808, values[^1], ConformanceTolerance);
    }

    [Fact]
    public void Compute_SeriesXPpoSignalSmooth2_MatchesConformanceValue()
    {
        var values = Compute(IndicatorSpec.PercentagePriceOscillatorSignal(2, 3, 2), X);

        AssertClose(0.410469006181659, values[^1], ConformanceTolerance);
    }

    [Fact]
    public void Compute_RsiThreeOfFirstFourCloses_Is80()
    {
        var values = Compute(IndicatorSpec.Rsi(3), X[..4]);

        Assert.Equal([double.NaN, double.NaN, double.NaN], values[..3]);
        AssertClose(80, values[3], ConformanceTolerance);
    }

    [Fact]
    public void Compute_RsiSixOfSixCloses_IsNaNBecauseItNeedsSeven()
    {
        var spec = IndicatorSpec.Rsi(6);

        var values = Compute(spec, X[..6]);

        Assert.Equal(7, spec.PointsNeeded);
        Assert.All(values, value => Assert.True(double.IsNaN(value)));
    }

    [Theory]
    [InlineData(IndicatorKind.MovingAveragePrice, 3, 3)]
    [InlineData(IndicatorKind.ExponentialMovingAveragePrice, 3, 3)]
    [InlineData(IndicatorKind.Rsi, 3, 4)]
    [InlineData(IndicatorKind.CumulativeReturn, 3, 4)]
    [InlineData(IndicatorKind.MovingAverageReturn, 3, 4)]
    [InlineData(IndicatorKind.StdevReturn, 3, 4)]
    [InlineData(IndicatorKind.StdevPrice, 3, 3)]
    [InlineData(IndicatorKind.MaxDrawdown, 3, 3)]
    public void Compute_SeriesX_FirstValueAtPointsNeeded(IndicatorKind kind, int window, int needed)
    {
        var values = Compute(new IndicatorSpec(kind, window), X);

        Assert.All(values[..(needed - 1)], value => Assert.True(double.IsNaN(value)));
        Assert.All(values[(needed - 1)..], value => Assert.False(double.IsNaN(value)));
    }

    [Fact]
    public void Compute_PpoSignalOnSeriesX_FirstValueAtLPlusKMinusOnePoints()
    {
        var values = Compute(IndicatorSpec.PercentagePriceOscillatorSignal(2, 3, 2), X);

        Assert.All(values[..3], value => Assert.True(double.IsNaN(value)));
        Assert.All(values[3..], value => Assert.False(double.IsNaN(value)));
    }
}
