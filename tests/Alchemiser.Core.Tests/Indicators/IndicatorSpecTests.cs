using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Tests.Indicators;

public sealed class IndicatorSpecTests
{
    public static TheoryData<IndicatorKind, int> PointsNeededOfWindow14 => new()
    {
        { IndicatorKind.MovingAveragePrice, 14 },
        { IndicatorKind.ExponentialMovingAveragePrice, 14 },
        { IndicatorKind.Rsi, 15 },
        { IndicatorKind.CumulativeReturn, 15 },
        { IndicatorKind.MovingAverageReturn, 15 },
        { IndicatorKind.StdevReturn, 15 },
        { IndicatorKind.StdevPrice, 14 },
        { IndicatorKind.MaxDrawdown, 14 },
    };

    [Theory]
    [MemberData(nameof(PointsNeededOfWindow14))]
    public void PointsNeeded_Window14_MatchesNeedsColumn(IndicatorKind kind, int expected)
    {
        Assert.Equal(expected, new IndicatorSpec(kind, 14).PointsNeeded);
    }

    [Fact]
    public void PointsNeeded_CurrentPrice_Is1()
    {
        Assert.Equal(1, IndicatorSpec.CurrentPrice().PointsNeeded);
    }

    [Fact]
    public void PointsNeeded_Ppo_IsLongWindow()
    {
        Assert.Equal(26, IndicatorSpec.PercentagePriceOscillator(12, 26).PointsNeeded);
    }

    [Fact]
    public void PointsNeeded_PpoSignal_IsLongPlusSmoothMinusOne()
    {
        Assert.Equal(34, IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, 9).PointsNeeded);
    }

    [Theory]
    [InlineData(IndicatorKind.CurrentPrice, "current-price")]
    [InlineData(IndicatorKind.MovingAveragePrice, "moving-average-price")]
    [InlineData(IndicatorKind.ExponentialMovingAveragePrice, "exponential-moving-average-price")]
    [InlineData(IndicatorKind.Rsi, "rsi")]
    [InlineData(IndicatorKind.CumulativeReturn, "cumulative-return")]
    [InlineData(IndicatorKind.MovingAverageReturn, "moving-average-return")]
    [InlineData(IndicatorKind.StdevReturn, "stdev-return")]
    [InlineData(IndicatorKind.StdevPrice, "stdev-price")]
    [InlineData(IndicatorKind.MaxDrawdown, "max-drawdown")]
    [InlineData(IndicatorKind.PercentagePriceOscillator, "percentage-price-oscillator")]
    [InlineData(IndicatorKind.PercentagePriceOscillatorSignal, "percentage-price-oscillator-signal")]
    public void KindFromName_DslName_ReturnsKindWhoseNameItIs(IndicatorKind kind, string name)
    {
        Assert.Equal(kind, IndicatorSpec.KindFromName(name));
        Assert.Equal(name, MakeValid(kind).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("RSI")]
    [InlineData(" rsi")]
    [InlineData("ma")]
    [InlineData("volatility")]
    [InlineData("moving-average")]
    public void KindFromName_UnknownName_ReturnsNull(string name)
    {
        Assert.Null(IndicatorSpec.KindFromName(name));
    }

    [Fact]
    public void KindFromName_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorSpec.KindFromName(null!));
    }

    [Fact]
    public void DescribeParameters_EachShape_ReadsAsDiagnosticsWriteIt()
    {
        Assert.Equal("window 14", IndicatorSpec.Rsi(14).DescribeParameters());
        Assert.Equal("short-window 12, long-window 26", IndicatorSpec.PercentagePriceOscillator(12, 26).DescribeParameters());
        Assert.Equal(
            "short-window 12, long-window 26, smooth-window 9",
            IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, 9).DescribeParameters());
        Assert.Equal(string.Empty, IndicatorSpec.CurrentPrice().DescribeParameters());
    }

    [Fact]
    public void ToString_WithAndWithoutParameters_NameAndParameters()
    {
        Assert.Equal("rsi(window 14)", IndicatorSpec.Rsi(14).ToString());
        Assert.Equal("current-price", IndicatorSpec.CurrentPrice().ToString());
    }

    [Fact]
    public void Equality_FactoryAndConstructor_AreEqual()
    {
        Assert.Equal(new IndicatorSpec(IndicatorKind.Rsi, 14), IndicatorSpec.Rsi(14));
        Assert.NotEqual(IndicatorSpec.Rsi(14), IndicatorSpec.Rsi(15));
        Assert.NotEqual(IndicatorSpec.Rsi(14), IndicatorSpec.MovingAveragePrice(14));
    }

    [Fact]
    public void Factories_EachKind_SetKindAndParameters()
    {
        var signal = IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, 9);

        Assert.Equal(IndicatorKind.PercentagePriceOscillatorSignal, signal.Kind);
        Assert.Equal((0, 12, 26, 9), (signal.Window, signal.ShortWindow, signal.LongWindow, signal.SmoothWindow));
        Assert.Equal(IndicatorKind.ExponentialMovingAveragePrice, IndicatorSpec.ExponentialMovingAveragePrice(5).Kind);
        Assert.Equal(IndicatorKind.CumulativeReturn, IndicatorSpec.CumulativeReturn(5).Kind);
        Assert.Equal(IndicatorKind.MovingAverageReturn, IndicatorSpec.MovingAverageReturn(5).Kind);
        Assert.Equal(IndicatorKind.StdevReturn, IndicatorSpec.StdevReturn(5).Kind);
        Assert.Equal(IndicatorKind.StdevPrice, IndicatorSpec.StdevPrice(5).Kind);
        Assert.Equal(IndicatorKind.MaxDrawdown, IndicatorSpec.MaxDrawdown(5).Kind);
        Assert.Equal(5, IndicatorSpec.MaxDrawdown(5).Window);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(IndicatorSpec.MaxWindow)]
    public void Constructor_WindowAtBounds_Accepted(int window)
    {
        Assert.Equal(window, IndicatorSpec.MovingAveragePrice(window).PointsNeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(IndicatorSpec.MaxWindow + 1)]
    public void Constructor_WindowOutOfRange_Throws(int window)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorSpec.Rsi(window));
        Assert.Equal("Window", exception.ParamName);
    }

    [Theory]
    [InlineData(0, 26, "ShortWindow")]
    [InlineData(26, 26, "ShortWindow")]
    [InlineData(27, 26, "ShortWindow")]
    [InlineData(12, IndicatorSpec.MaxWindow + 1, "LongWindow")]
    public void Constructor_PpoWindowsInvalid_Throws(int shortWindow, int longWindow, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => IndicatorSpec.PercentagePriceOscillator(shortWindow, longWindow));
        Assert.Equal(parameter, exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IndicatorSpec.MaxWindow + 1)]
    public void Constructor_PpoSignalSmoothWindowInvalid_Throws(int smoothWindow)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, smoothWindow));
        Assert.Equal("SmoothWindow", exception.ParamName);
    }

    [Fact]
    public void Constructor_PpoSignalShortNotBelowLong_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorSpec.PercentagePriceOscillatorSignal(26, 12, 9));
    }

    [Theory]
    [InlineData(IndicatorKind.Rsi, 14, 3, 0, 0, "ShortWindow")]
    [InlineData(IndicatorKind.MaxDrawdown, 14, 0, 0, 2, "SmoothWindow")]
    [InlineData(IndicatorKind.CurrentPrice, 1, 0, 0, 0, "Window")]
    [InlineData(IndicatorKind.PercentagePriceOscillator, 5, 12, 26, 0, "Window")]
    [InlineData(IndicatorKind.PercentagePriceOscillator, 0, 12, 26, 9, "SmoothWindow")]
    public void Constructor_UnusedParameterNotZero_Throws(
        IndicatorKind kind, int window, int shortWindow, int longWindow, int smoothWindow, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new IndicatorSpec(kind, window, shortWindow, longWindow, smoothWindow));
        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorSpec((IndicatorKind)99, 14));
        Assert.Equal("Kind", exception.ParamName);
    }

    private static IndicatorSpec MakeValid(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CurrentPrice => IndicatorSpec.CurrentPrice(),
        IndicatorKind.PercentagePriceOscillator => IndicatorSpec.PercentagePriceOscillator(12, 26),
        IndicatorKind.PercentagePriceOscillatorSignal => IndicatorSpec.PercentagePriceOscillatorSignal(12, 26, 9),
        _ => new IndicatorSpec(kind, 14),
    };
}
