using Alchemiser.Core.Indicators;
using CsCheck;
using static Alchemiser.Core.Tests.Indicators.IndicatorTestData;

namespace Alchemiser.Core.Tests.Indicators;

public sealed class IndicatorSeriesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(14)]
    [InlineData(200)]
    public void Append_EveryKindOverLongSeriesWithNaNs_BitIdenticalToCompute(int window)
    {
        var points = RandomWalk(seed: 3, length: 5000);
        points[1234] = double.NaN;
        points[4000] = double.NaN;

        foreach (var spec in OneOfEachKind(window))
            AssertAppendEqualsCompute(spec, points, capacity: 16);
    }

    [Fact]
    public void Append_RandomSpecsAndSeries_BitIdenticalToCompute()
    {
        var kinds = Enum.GetValues<IndicatorKind>();
        var generator = Gen.Select(
            Gen.Int[0, kinds.Length - 1],
            Gen.Int[1, 40],
            Gen.Int[1, 40],
            Gen.Int[0, 400],
            Gen.Int[0, 1000],
            Gen.Int[-1, 400]);

        generator.Sample((kindIndex, first, second, length, seed, nanIndex) =>
        {
            var spec = MakeSpec(kinds[kindIndex], first, second);
            var points = RandomWalk(seed, length);
            if (nanIndex >= 0 && nanIndex < length)
                points[nanIndex] = double.NaN;

            AssertAppendEqualsCompute(spec, points, capacity: 0);
        });
    }

    [Fact]
    public void Append_PricesFrom5e11To10_BitIdenticalToCompute()
    {
        double[] points = [5e11, 4e11, 3e9, 10.1, 10.2, 10.3, 10.3, 10.4, 9.9, 10.0, 10.2, 10.1, 10.3, 10.5, 10.4];

        foreach (var spec in OneOfEachKind(2))
            AssertAppendEqualsCompute(spec, points, capacity: 1);
    }

    [Fact]
    public void Last_AfterSeriesX_IsConformanceRsi()
    {
        var series = new IndicatorSeries(IndicatorSpec.Rsi(3));
        foreach (var point in X)
            series.Append(point);

        Assert.Equal(7, series.Count);
        AssertClose(80.8823529411765, series.Last, 1e-9);
        AssertClose(80, series[3], 1e-9);
        Assert.True(double.IsNaN(series[2]));
    }

    [Fact]
    public void Last_NoPoints_IsNaN()
    {
        var series = new IndicatorSeries(IndicatorSpec.CurrentPrice());

        Assert.Equal(0, series.Count);
        Assert.True(double.IsNaN(series.Last));
    }

    [Fact]
    public void Last_FewerPointsThanNeeded_IsNaN()
    {
        var series = new IndicatorSeries(IndicatorSpec.MovingAveragePrice(3));
        series.Append(1);
        series.Append(2);

        Assert.True(double.IsNaN(series.Last));
        series.Append(6);
        Assert.Equal(3, series.Last);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Indexer_OutsideAppendedPoints_Throws(int index)
    {
        var series = new IndicatorSeries(IndicatorSpec.CurrentPrice());
        series.Append(1);
        series.Append(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => series[index]);
    }

    [Fact]
    public void Constructor_NegativeCapacity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorSeries(IndicatorSpec.Rsi(14), capacity: -1));
    }

    [Fact]
    public void Constructor_NullSpec_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new IndicatorSeries(null!));
    }

    [Fact]
    public void Spec_AfterConstruction_IsTheGivenSpec()
    {
        var spec = IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, 9);

        Assert.Same(spec, new IndicatorSeries(spec).Spec);
    }

    private static void AssertAppendEqualsCompute(IndicatorSpec spec, double[] points, int capacity)
    {
        var series = new IndicatorSeries(spec, capacity);
        var appended = new double[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            series.Append(points[i]);
            appended[i] = series.Last;
        }

        var indexed = Enumerable.Range(0, series.Count).Select(i => series[i]).ToArray();
        AssertBitIdentical(Compute(spec, points), appended, $"{spec} (Last)");
        AssertBitIdentical(Compute(spec, points), indexed, $"{spec} (indexer)");
    }

    private static IndicatorSpec MakeSpec(IndicatorKind kind, int first, int second) => kind switch
    {
        IndicatorKind.CurrentPrice => IndicatorSpec.CurrentPrice(),
        IndicatorKind.PercentagePriceOscillator => IndicatorSpec.PercentagePriceOscillator(first, first + second),
        IndicatorKind.PercentagePriceOscillatorSignal =>
            IndicatorSpec.PercentagePriceOscillatorSignal(first, first + second, second),
        _ => new IndicatorSpec(kind, first),
    };
}
