using Alchemiser.Core.Execution;

namespace Alchemiser.Core.Tests.Execution;

public sealed class InstanceIdTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Theory]
    [InlineData("2026-11-24", true, 1)]
    [InlineData("2026-11-24#2", true, 2)]
    [InlineData("2026-11-24#17", true, 17)]
    [InlineData("2026-11-24#1", false, 0)]
    [InlineData("2026-11-24#02", false, 0)]
    [InlineData("2026-11-24#", false, 0)]
    [InlineData("2026-11-24#2a", false, 0)]
    [InlineData("2026-02-30", false, 0)]
    [InlineData("20261124", false, 0)]
    [InlineData("manual-test", false, 0)]
    public void Parse_Spellings_ClassifiesDailyIds(string text, bool isDaily, int run)
    {
        var id = InstanceId.Parse(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(isDaily, id.IsDaily);
        Assert.Equal(run, id.Run);
        if (isDaily)
            Assert.Equal(Day.Year, id.TradingDate!.Value.Year);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 2026-11-24")]
    [InlineData("a b")]
    [InlineData("a\tb")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(InstanceId.TryParse(text, out _));

    [Fact]
    public void TryParse_TooLong_ReturnsFalse() =>
        Assert.False(InstanceId.TryParse(new string('a', InstanceId.MaxLength + 1), out _));

    [Fact]
    public void Parse_Invalid_ThrowsFormatException() => Assert.Throws<FormatException>(() => InstanceId.Parse(""));

    [Fact]
    public void ForRun_FormatsAndRoundTrips()
    {
        Assert.Equal("2026-11-24", InstanceId.ForTradingDate(Day).Value);
        Assert.Equal("2026-11-24", InstanceId.ForRun(Day, 1).Value);
        Assert.Equal("2026-11-24#3", InstanceId.ForRun(Day, 3).Value);
        Assert.Equal(InstanceId.ForRun(Day, 3), InstanceId.Parse("2026-11-24#3"));
        Assert.Throws<ArgumentOutOfRangeException>(() => InstanceId.ForRun(Day, 0));
    }

    [Fact]
    public void NextFor_NoInstanceOfTheDay_ReturnsTheDate() =>
        Assert.Equal("2026-11-24", InstanceId.NextFor(Day, [InstanceId.Parse("2026-11-23"), InstanceId.Parse("2026-11-23#2")]).Value);

    [Fact]
    public void NextFor_DayExists_ReturnsFirstUnusedRerun()
    {
        Assert.Equal("2026-11-24#2", InstanceId.NextFor(Day, [InstanceId.Parse("2026-11-24")]).Value);
        Assert.Equal("2026-11-24#4", InstanceId.NextFor(Day, [InstanceId.Parse("2026-11-24"), InstanceId.Parse("2026-11-24#2"), InstanceId.Parse("2026-11-24#3"), InstanceId.Parse("2026-11-24#5")]).Value);
    }

    [Fact]
    public void NextFor_GapInReruns_FillsTheGap() =>
        Assert.Equal("2026-11-24#2", InstanceId.NextFor(Day, [InstanceId.Parse("2026-11-24"), InstanceId.Parse("2026-11-24#3")]).Value);

    [Fact]
    public void NextFor_OnlyAnOtherIdMentionsTheDay_ReturnsTheDate() =>
        Assert.Equal("2026-11-24", InstanceId.NextFor(Day, [InstanceId.Parse("2026-11-24#1")]).Value);
}
