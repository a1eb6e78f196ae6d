using Alchemiser.Core.Indicators;
using static Alchemiser.Core.Tests.Indicators.IndicatorTestData;

namespace Alchemiser.Core.Tests.Indicators;

// Hand-computed cases: flat, monotonic, NaN points, short histories, window 1 and prices spanning 5e11 to 10.
public sealed partial class IndicatorKernelsTests
{
    private static readonly double[] Flat = Enumerable.Repeat(100.0, 20).ToArray();
    private static readonly double[] Rising = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
    private static readonly double[] Falling = Enumerable.Range(1, 20).Select(i => 21.0 - i).ToArray();

    [Fact]
    public void Compute_FlatPrices_RsiIs50()
    {
        Assert.Equal(50, Compute(IndicatorSpec.Rsi(14), Flat)[^1]);
    }

    [Fact]
    public void Compute_FlatPrices_DispersionAndDrawdownAreZero()
    {
        Assert.Equal(0, Compute(IndicatorSpec.StdevPrice(5), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.StdevReturn(5), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.MaxDrawdown(10), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.CumulativeReturn(5), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.MovingAverageReturn(5), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.PercentagePriceOscillator(3, 7), Flat)[^1]);
        Assert.Equal(0, Compute(IndicatorSpec.PercentagePriceOscillatorSignal(3, 7, 4), Flat)[^1]);
    }

    [Fact]
    public void Compute_FlatPrices_AveragesEqualThePrice()
    {
        Assert.Equal(100, Compute(IndicatorSpec.MovingAveragePrice(5), Flat)[^1]);
        Assert.Equal(100, Compute(IndicatorSpec.ExponentialMovingAveragePrice(5), Flat)[^1]);
    }

    [Fact]
    public void Compute_AllGains_RsiIs100AndDrawdownZero()
    {
        var rsi = Compute(IndicatorSpec.Rsi(14), Rising);
        var drawdown = Compute(IndicatorSpec.MaxDrawdown(5), Rising);

        Assert.All(rsi[14..], value => Assert.Equal(100, value));
        Assert.All(drawdown[4..], value => Assert.Equal(0, value));
    }

    [Fact]
    public void Compute_AllLosses_RsiIs0()
    {
        var rsi = Compute(IndicatorSpec.Rsi(14), Falling);

        Assert.All(rsi[14..], value => Assert.Equal(0, value));
    }

    [Fact]
    public void Compute_FallingThreePoints_MaxDrawdownIsFallFromPeak()
    {
        // 20, 19, 18: peak 20, deepest 18 → (1 − 18/20) × 100 = 10 %.
        var values = Compute(IndicatorSpec.MaxDrawdown(3), Falling);

        AssertClose(10, values[2], 1e-12);
    }

    [Fact]
    public void Compute_RecoveryAfterFall_MaxDrawdownKeepsDeepestPoint()
    {
        // C6 of DSL.md §10: 10, 12, 9, 11 → peak 12, trough 9: 25 %.
        var values = Compute(IndicatorSpec.MaxDrawdown(4), [10, 12, 9, 11]);

        AssertClose(25, values[^1], 1e-12);
    }

    [Theory]
    [InlineData(IndicatorKind.CurrentPrice, 0)]
    [InlineData(IndicatorKind.MovingAveragePrice, 3)]
    [InlineData(IndicatorKind.MovingAverageReturn, 3)]
    [InlineData(IndicatorKind.StdevReturn, 3)]
    [InlineData(IndicatorKind.StdevPrice, 3)]
    [InlineData(IndicatorKind.MaxDrawdown, 3)]
    public void Compute_NaNPointInMiddle_WindowedValuesRecoverAfterTheWindowPassesIt(IndicatorKind kind, int window)
    {
        const int NaNIndex = 10;
        var spec = new IndicatorSpec(kind, window);
        var points = Rising.ToArray();
        points[NaNIndex] = double.NaN;

        var values = Compute(spec, points);

        for (var i = spec.PointsNeeded - 1; i < points.Length; i++)
        {
            var windowHoldsNaN = i >= NaNIndex && i - (spec.PointsNeeded - 1) <= NaNIndex;
            Assert.True(double.IsNaN(values[i]) == windowHoldsNaN, $"{spec} at {i}: {values[i]}");
        }
    }

    [Fact]
    public void Compute_NaNPointInMiddle_CumulativeReturnNaNOnlyWhereAnEndpointIsIt()
    {
        // (p[t] / p[t−3] − 1) × 100 reads only its two ends: NaN at t = 10 and t = 13, defined in between.
        var points = Rising.ToArray();
        points[10] = double.NaN;

        var values = Compute(IndicatorSpec.CumulativeReturn(3), points);

        Assert.True(double.IsNaN(values[10]));
        Assert.True(double.IsNaN(values[13]));
        AssertClose(12.0 / 9 * 100 - 100, values[11], 1e-12);  // 12 / 9
        AssertClose(13.0 / 10 * 100 - 100, values[12], 1e-12); // 13 / 10
        AssertClose(15.0 / 12 * 100 - 100, values[14], 1e-12); // 15 / 12
    }

    [Fact]
    public void Compute_NaNPointInMiddle_MovingAverageAroundItIsExact()
    {
        var points = Rising.ToArray();
        points[10] = double.NaN;

        var values = Compute(IndicatorSpec.MovingAveragePrice(3), points);

        Assert.Equal(9, values[9]);    // 8, 9, 10
        Assert.Equal(13, values[13]);  // 12, 13, 14
    }

    [Theory]
    [InlineData(IndicatorKind.ExponentialMovingAveragePrice)]
    [InlineData(IndicatorKind.Rsi)]
    [InlineData(IndicatorKind.PercentagePriceOscillator)]
    [InlineData(IndicatorKind.PercentagePriceOscillatorSignal)]
    public void Compute_NaNPointInMiddle_RecursiveValuesStayNaN(IndicatorKind kind)
    {
        var spec = kind switch
        {
            IndicatorKind.PercentagePriceOscillator => IndicatorSpec.PercentagePriceOscillator(2, 3),
            IndicatorKind.PercentagePriceOscillatorSignal => IndicatorSpec.PercentagePriceOscillatorSignal(2, 3, 2),
            _ => new IndicatorSpec(kind, 3),
        };
        var points = RandomWalk(seed: 7, length: 40);
        points[10] = double.NaN;

        var values = Compute(spec, points);

        Assert.All(values[(spec.PointsNeeded - 1)..10], value => Assert.False(double.IsNaN(value)));
        Assert.All(values[10..], value => Assert.True(double.IsNaN(value)));
    }

    [Fact]
    public void Compute_WindowLongerThanHistory_AllNaN()
    {
        var points = X[..5];

        foreach (var spec in OneOfEachKind(10).Where(spec => spec.Kind != IndicatorKind.CurrentPrice))
        {
            var values = Compute(spec, points);
            Assert.True(values.All(double.IsNaN), $"{spec}: {string.Join(", ", values)}");
        }
    }

    [Fact]
    public void Compute_EmptySeries_WritesNothing()
    {
        foreach (var spec in OneOfEachKind(3))
            Assert.Empty(Compute(spec, []));
    }

    [Fact]
    public void Compute_Window1_PriceIndicatorsAreThePointsAndDispersionZero()
    {
        double[] points = [100, 102, 101, 101];

        Assert.Equal(points, Compute(IndicatorSpec.MovingAveragePrice(1), points));
        Assert.Equal(points, Compute(IndicatorSpec.ExponentialMovingAveragePrice(1), points));
        Assert.Equal([0, 0, 0, 0], Compute(IndicatorSpec.StdevPrice(1), points));
        Assert.Equal([0, 0, 0, 0], Compute(IndicatorSpec.MaxDrawdown(1), points));
        Assert.Equal([double.NaN, 0, 0, 0], Compute(IndicatorSpec.StdevReturn(1), points));
    }

    [Fact]
    public void Compute_Window1_RsiFollowsEachChange()
    {
        // Up, down, flat.
        var values = Compute(IndicatorSpec.Rsi(1), [100, 102, 101, 101]);

        Assert.Equal([double.NaN, 100, 0, 50], values);
    }

    [Fact]
    public void Compute_Window1_ReturnsAreDailyPercent()
    {
        double[] points = [100, 102, 96.9];

        var cumulative = Compute(IndicatorSpec.CumulativeReturn(1), points);
        var average = Compute(IndicatorSpec.MovingAverageReturn(1), points);

        AssertClose(2, cumulative[1], 1e-12);
        AssertClose(-5, cumulative[2], 1e-12);
        AssertClose(2, average[1], 1e-12);
        AssertClose(-5, average[2], 1e-12);
    }

    // UVXY-like reverse-split history: the first prices are 5e11, then the series trades near 10. A rolling sum that
    // adds and subtracts would carry an error near ulp(9e11) ≈ 1e-4 into every later average.
    private static readonly double[] LargeThenSmall = [5e11, 4e11, 10.1, 10.2, 10.3, 10.3, 10.3];

    [Fact]
    public void Compute_PricesFrom5e11To10_MovingAverageOfSmallPricesIsExact()
    {
        var values = Compute(IndicatorSpec.MovingAveragePrice(3), LargeThenSmall);

        AssertClose(10.2, values[4], 1e-14);
        AssertClose(10.3, values[6], 1e-14);
    }

    [Fact]
    public void Compute_PricesFrom5e11To10_StdevOfSmallPricesIsTiny()
    {
        var values = Compute(IndicatorSpec.StdevPrice(3), LargeThenSmall);

        // σ(10.1, 10.2, 10.3) = 0.1·sqrt(2/3); σ(10.3, 10.3, 10.3) = 0.
        AssertClose(0.0816496580927726, values[4], 1e-9);
        AssertClose(0, values[6], 0, absolute: 1e-13);
        AssertClose(0, Compute(IndicatorSpec.StdevReturn(2), LargeThenSmall)[6], 0, absolute: 1e-13);
    }

    [Fact]
    public void Compute_PricesFrom5e11To10_DrawdownAndReturnNearMinus100Percent()
    {
        // 10.1 / 4e11 = 2.525e-11, so the fall is 100 − 2.525e-9 percent.
        AssertClose(99.999999997475, Compute(IndicatorSpec.MaxDrawdown(2), LargeThenSmall)[2], 1e-13);
        AssertClose(-99.999999997475, Compute(IndicatorSpec.CumulativeReturn(1), LargeThenSmall)[2], 1e-13);
        // Over all seven: peak 5e11, trough 10.1 → 100 − 2.02e-9.
        AssertClose(99.99999999798, Compute(IndicatorSpec.MaxDrawdown(7), LargeThenSmall)[6], 1e-13);
    }

    [Fact]
    public void Compute_ValuesShorterThanPoints_Throws()
    {
        var values = new double[X.Length - 1];

        var exception = Assert.Throws<ArgumentException>(() => IndicatorKernels.Compute(IndicatorSpec.Rsi(3), X, values));
        Assert.Equal("values", exception.ParamName);
    }

    [Fact]
    public void Compute_NullSpec_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorKernels.Compute(null!, X, new double[X.Length]));
    }
}
