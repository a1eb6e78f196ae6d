using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed partial class NyseCalendarTests
{
    [Theory]
    [InlineData("2024-01-01", "New Year's Day")]
    [InlineData("2023-01-02", "New Year's Day (observed)")] // Jan 1 on Sunday
    [InlineData("2024-01-15", "Martin Luther King Jr. Day")]
    [InlineData("1998-01-19", "Martin Luther King Jr. Day")] // first year the NYSE closed
    [InlineData("2025-02-17", "Washington's Birthday")]
    [InlineData("1990-02-19", "Washington's Birthday")]
    [InlineData("2025-04-18", "Good Friday")]
    [InlineData("2024-05-27", "Memorial Day")]
    [InlineData("2022-06-20", "Juneteenth National Independence Day (observed)")] // first one, June 19 on Sunday
    [InlineData("2024-06-19", "Juneteenth National Independence Day")]
    [InlineData("2027-06-18", "Juneteenth National Independence Day (observed)")] // June 19 on Saturday
    [InlineData("2025-07-04", "Independence Day")]
    [InlineData("2020-07-03", "Independence Day (observed)")] // July 4 on Saturday
    [InlineData("2021-07-05", "Independence Day (observed)")] // July 4 on Sunday
    [InlineData("2025-09-01", "Labor Day")]
    [InlineData("2025-11-27", "Thanksgiving Day")]
    [InlineData("2026-11-26", "Thanksgiving Day")]
    [InlineData("2025-12-25", "Christmas Day")]
    [InlineData("2021-12-24", "Christmas Day (observed)")] // Dec 25 on Saturday
    [InlineData("2022-12-26", "Christmas Day (observed)")] // Dec 25 on Sunday
    [InlineData("1993-12-24", "Christmas Day (observed)")]
    public void GetClosureReason_Holiday_ReturnsHolidayName(string date, string expected)
    {
        Assert.Equal(expected, NyseCalendar.GetClosureReason(D(date)));
        Assert.False(NyseCalendar.IsTradingDay(D(date)));
        Assert.Null(NyseCalendar.GetSession(D(date)));
    }

    [Theory]
    [InlineData("1994-04-27", "Richard Nixon")]
    [InlineData("2001-09-11", "September 11")]
    [InlineData("2001-09-14", "September 11")]
    [InlineData("2004-06-11", "Ronald Reagan")]
    [InlineData("2007-01-02", "Gerald Ford")]
    [InlineData("2012-10-29", "Hurricane Sandy")]
    [InlineData("2012-10-30", "Hurricane Sandy")]
    [InlineData("2018-12-05", "George H. W. Bush")]
    [InlineData("2025-01-09", "Jimmy Carter")]
    public void GetClosureReason_SpecialClosure_NamesTheEvent(string date, string expectedPart)
    {
        Assert.Contains(expectedPart, NyseCalendar.GetClosureReason(D(date)), StringComparison.Ordinal);
        Assert.False(NyseCalendar.IsTradingDay(D(date)));
    }

    [Theory]
    [InlineData("2021-12-31")] // New Year's Day 2022 fell on Saturday: not observed on Friday
    [InlineData("2010-12-31")] // likewise for 2011
    [InlineData("2021-06-18")] // Juneteenth 2021 (Saturday) came before the NYSE observed it
    [InlineData("1997-01-20")] // Martin Luther King Jr. Day before 1998
    [InlineData("2024-10-14")] // Columbus Day: not an NYSE holiday
    [InlineData("2024-11-11")] // Veterans Day: not an NYSE holiday
    [InlineData("2022-01-03")] // Monday after a Saturday New Year's Day
    [InlineData("2022-07-01")] // Friday before a Monday July 4
    [InlineData("2020-07-02")] // Thursday before the observed Friday July 3
    [InlineData("2025-12-26")] // Friday after a Thursday Christmas
    [InlineData("2001-09-17")] // reopening after September 11
    public void IsTradingDay_WeekdayNearHoliday_IsTrue(string date)
    {
        Assert.True(NyseCalendar.IsTradingDay(D(date)));
        Assert.Null(NyseCalendar.GetClosureReason(D(date)));
    }

    [Theory]
    [InlineData("2022-01-01", "Saturday")] // New Year's Day itself on a Saturday
    [InlineData("2020-07-04", "Saturday")]
    [InlineData("2023-01-01", "Sunday")]
    public void GetClosureReason_Weekend_ReturnsDayName(string date, string expected) =>
        Assert.Equal(expected, NyseCalendar.GetClosureReason(D(date)));

    [Theory]
    [InlineData("1990-04-13")]
    [InlineData("2008-03-21")] // early Easter
    [InlineData("2011-04-22")] // late Easter
    [InlineData("2016-03-25")]
    [InlineData("2024-03-29")]
    [InlineData("2026-04-03")]
    [InlineData("2038-04-23")] // Easter on April 25, the latest possible
    public void GetClosureReason_GoodFriday_ReturnsGoodFriday(string date) =>
        Assert.Equal("Good Friday", NyseCalendar.GetClosureReason(D(date)));

    [Theory]
    [InlineData(2023)]
    [InlineData(2033)] // Jan 1 on Saturday
    [InlineData(2044)] // Jan 1 on Friday, leap year
    [InlineData(2100)]
    public void GetClosureReason_WholeYear_ClosesTenWeekdaysUnlessNewYearIsSaturday(int year)
    {
        var expected = new DateOnly(year, 1, 1).DayOfWeek == DayOfWeek.Saturday ? 9 : 10;
        var closed = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (weekday && NyseCalendar.GetClosureReason(day) is not null)
                closed++;
        }

        Assert.Equal(expected, closed);
    }

    [Fact]
    public void SpecialClosures_Table_FallOnWeekdaysThatNoRuleCloses()
    {
        foreach (var date in NyseSpecialClosures.All.Keys)
        {
            Assert.True(date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{date:O} is a weekend");
            Assert.Null(NyseHolidays.Find(date));
        }
    }
}
