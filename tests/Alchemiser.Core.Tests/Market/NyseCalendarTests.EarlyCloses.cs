using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed partial class NyseCalendarTests
{
    [Theory]
    [InlineData("1996-07-05")] // July 4 on Thursday: the Friday after, until 2012
    [InlineData("1997-12-26")] // one-off: Friday after Christmas
    [InlineData("1999-12-31")] // one-off: year 2000 preparation
    [InlineData("2000-07-03")]
    [InlineData("2002-07-05")]
    [InlineData("2003-12-26")] // one-off: Friday after Christmas
    [InlineData("2008-07-03")]
    [InlineData("2012-07-03")]
    [InlineData("2013-07-03")] // July 4 on Thursday: the Wednesday before, since 2013
    [InlineData("2013-11-29")]
    [InlineData("2013-12-24")]
    [InlineData("2018-07-03")]
    [InlineData("2018-12-24")]
    [InlineData("2019-07-03")]
    [InlineData("2019-11-29")]
    [InlineData("2019-12-24")]
    [InlineData("2020-11-27")]
    [InlineData("2020-12-24")]
    [InlineData("2021-11-26")]
    [InlineData("2022-11-25")]
    [InlineData("2023-07-03")]
    [InlineData("2023-11-24")]
    [InlineData("2024-07-03")]
    [InlineData("2024-11-29")]
    [InlineData("2024-12-24")]
    [InlineData("2025-07-03")]
    [InlineData("2025-11-28")]
    [InlineData("2025-12-24")]
    [InlineData("2026-11-27")]
    [InlineData("2026-12-24")]
    public void GetSession_KnownEarlyClose_ClosesAt1300(string date)
    {
        var session = NyseCalendar.GetSession(D(date));

        Assert.NotNull(session);
        Assert.True(session.Value.IsEarlyClose);
        Assert.Equal(new TimeOnly(13, 0), session.Value.Close);
        Assert.Equal(new TimeOnly(9, 30), session.Value.Open);
    }

    [Theory]
    [InlineData("1990-12-24")]
    [InlineData("1991-12-24")]
    [InlineData("1992-11-27")]
    [InlineData("1992-12-24")]
    public void GetSession_EarlyCloseBefore1993_ClosesAt1400(string date)
    {
        var session = NyseCalendar.GetSession(D(date));

        Assert.NotNull(session);
        Assert.True(session.Value.IsEarlyClose);
        Assert.Equal(new TimeOnly(14, 0), session.Value.Close);
    }

    [Theory]
    [InlineData("1991-11-29")] // before the day after Thanksgiving closed early
    [InlineData("2008-12-26")] // Friday after Christmas: no early close, unlike 1997 and 2003
    [InlineData("2014-12-26")]
    [InlineData("2025-12-26")]
    [InlineData("2015-07-02")] // July 4 on Saturday: Friday is the holiday, Thursday is a full day
    [InlineData("2020-07-02")]
    [InlineData("2026-07-02")]
    [InlineData("2016-07-01")] // July 4 on Monday: Friday is a full day
    [InlineData("2022-07-01")]
    [InlineData("2021-07-02")] // July 4 on Sunday: Friday is a full day
    [InlineData("2019-07-05")] // July 4 on Thursday since 2013: Friday is a full day
    [InlineData("2024-07-05")]
    [InlineData("2021-12-23")] // Christmas Eve is the holiday: Thursday is a full day
    [InlineData("2018-12-31")] // New Year's Eve
    [InlineData("2021-12-31")]
    public void GetSession_DayNearHoliday_ClosesAt1600(string date)
    {
        var session = NyseCalendar.GetSession(D(date));

        Assert.NotNull(session);
        Assert.False(session.Value.IsEarlyClose);
        Assert.Equal(new TimeOnly(16, 0), session.Value.Close);
    }

    [Theory]
    [InlineData(2023, 2)] // July 3, Nov 24; Dec 24 on Sunday
    [InlineData(2024, 3)] // July 3, Nov 29, Dec 24
    [InlineData(2027, 1)] // July 4 on Sunday, Dec 24 is the observed Christmas holiday
    [InlineData(2030, 3)] // July 4 on Thursday: Wednesday July 3
    public void GetSession_WholeYear_CountsEarlyCloses(int year, int expected)
    {
        var earlyCloses = NyseCalendar.TradingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            .Count(day => NyseCalendar.GetSession(day)!.Value.IsEarlyClose);

        Assert.Equal(expected, earlyCloses);
    }
}
