using System.Globalization;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed partial class NyseCalendarTests
{
    [Theory]
    [InlineData("2024-11-27", "2024-11-29")] // Thanksgiving Thursday
    [InlineData("2025-04-17", "2025-04-21")] // Good Friday and the weekend
    [InlineData("2025-05-23", "2025-05-27")] // Memorial Day weekend
    [InlineData("2012-10-26", "2012-10-31")] // Hurricane Sandy, Monday and Tuesday
    [InlineData("2021-12-23", "2021-12-27")] // Christmas observed on Friday
    [InlineData("2025-07-05", "2025-07-07")] // from a Saturday
    [InlineData("2025-07-07", "2025-07-08")] // from a trading day: strictly after
    [InlineData("2100-12-30", "2100-12-31")] // the last supported day
    public void NextTradingDay_AcrossClosures_ReturnsFirstSessionAfter(string date, string expected) =>
        Assert.Equal(D(expected), NyseCalendar.NextTradingDay(D(date)));

    [Theory]
    [InlineData("2025-04-21", "2025-04-17")] // Good Friday and the weekend
    [InlineData("2001-09-17", "2001-09-10")] // September 11 closures
    [InlineData("2022-01-03", "2021-12-31")] // New Year's Day on Saturday is not observed on Friday
    [InlineData("2024-12-26", "2024-12-24")] // Christmas Day
    [InlineData("2025-07-08", "2025-07-07")] // from a trading day: strictly before
    [InlineData("1990-01-03", "1990-01-02")]
    public void PreviousTradingDay_AcrossClosures_ReturnsLastSessionBefore(string date, string expected) =>
        Assert.Equal(D(expected), NyseCalendar.PreviousTradingDay(D(date)));

    [Fact]
    public void NextTradingDay_LastSupportedDay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.NextTradingDay(new DateOnly(2100, 12, 31)));

    [Fact]
    public void PreviousTradingDay_NoSessionInRangeBefore_Throws() =>
        // 1990-01-01 is New Year's Day, so the first supported session is 1990-01-02.
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.PreviousTradingDay(new DateOnly(1990, 1, 2)));

    [Fact]
    public void TradingDays_YearEnd2024_SkipsChristmasAndNewYear()
    {
        DateOnly[] expected =
        [
            D("2024-12-20"), D("2024-12-23"), D("2024-12-24"), D("2024-12-26"), D("2024-12-27"),
            D("2024-12-30"), D("2024-12-31"), D("2025-01-02"), D("2025-01-03"),
        ];

        Assert.Equal(expected, NyseCalendar.TradingDays(D("2024-12-20"), D("2025-01-03")));
    }

    [Theory]
    [InlineData("2025-11-27", "2025-11-27", 0)] // a holiday alone
    [InlineData("2025-11-28", "2025-11-28", 1)] // a session alone
    [InlineData("2025-12-01", "2025-11-28", 0)] // reversed bounds
    [InlineData("2025-01-01", "2025-12-31", 250)] // 261 weekdays, 10 holidays, the Carter closure
    public void TradingDays_Bounds_CountsSessionsInclusive(string from, string to, int expected) =>
        Assert.Equal(expected, NyseCalendar.TradingDays(D(from), D(to)).Count());

    [Theory]
    [InlineData(2023)]
    [InlineData(2040)]
    [InlineData(2099)]
    public void TradingDays_FullFutureYear_CountsBetween250And253(int year)
    {
        var count = NyseCalendar.TradingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count();

        Assert.InRange(count, 250, 253);
    }

    [Theory]
    [InlineData("1989-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("0001-01-01")]
    public void Members_DateOutsideSupportedRange_Throw(string text)
    {
        var date = D(text);

        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.IsTradingDay(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.GetSession(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.GetClosureReason(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.NextTradingDay(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.PreviousTradingDay(date));
    }

    [Fact]
    public void TradingDays_BoundOutsideRange_ThrowsBeforeEnumeration()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => NyseCalendar.TradingDays(new DateOnly(2025, 1, 1), new DateOnly(2101, 1, 1)));

        Assert.Equal("toInclusive", ex.ParamName);
    }

    [Fact]
    public void SupportedRange_Bounds_Are1990To2100()
    {
        Assert.Equal(new DateOnly(1990, 1, 1), NyseCalendar.MinDate);
        Assert.Equal(new DateOnly(2100, 12, 31), NyseCalendar.MaxDate);
        Assert.True(NyseCalendar.IsTradingDay(new DateOnly(2100, 12, 31)));
        Assert.False(NyseCalendar.IsTradingDay(new DateOnly(1990, 1, 1)));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
