using System.Globalization;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed class TradingSessionTests
{
    [Theory]
    [InlineData("2025-01-10", "2025-01-10T14:30:00Z", "2025-01-10T21:00:00Z")] // EST, UTC-5
    [InlineData("2025-03-07", "2025-03-07T14:30:00Z", "2025-03-07T21:00:00Z")] // last Friday on EST
    [InlineData("2025-03-10", "2025-03-10T13:30:00Z", "2025-03-10T20:00:00Z")] // first Monday on EDT, UTC-4
    [InlineData("2025-07-03", "2025-07-03T13:30:00Z", "2025-07-03T17:00:00Z")] // early close on EDT
    [InlineData("2025-10-31", "2025-10-31T13:30:00Z", "2025-10-31T20:00:00Z")] // last Friday on EDT
    [InlineData("2025-11-03", "2025-11-03T14:30:00Z", "2025-11-03T21:00:00Z")] // first Monday back on EST
    [InlineData("2025-11-28", "2025-11-28T14:30:00Z", "2025-11-28T18:00:00Z")] // early close on EST
    [InlineData("2006-03-31", "2006-03-31T14:30:00Z", "2006-03-31T21:00:00Z")] // before the 2007 DST rule change
    [InlineData("2007-03-12", "2007-03-12T13:30:00Z", "2007-03-12T20:00:00Z")] // after it
    public void GetOpenUtcAndGetCloseUtc_AcrossDaylightSaving_ConvertFromNewYorkTime(
        string date, string expectedOpen, string expectedClose)
    {
        var session = NyseCalendar.GetSession(D(date))!.Value;

        var open = session.GetOpenUtc();
        var close = session.GetCloseUtc();

        Assert.Equal(Utc(expectedOpen), open);
        Assert.Equal(Utc(expectedClose), close);
        Assert.Equal(TimeSpan.Zero, open.Offset);
        Assert.Equal(TimeSpan.Zero, close.Offset);
    }

    [Theory]
    [InlineData(16, 0, false)]
    [InlineData(13, 0, true)]
    [InlineData(15, 59, true)]
    public void IsEarlyClose_CloseTime_TrueOnlyBefore1600(int hour, int minute, bool expected)
    {
        var session = new TradingSession(new DateOnly(2025, 6, 2), new TimeOnly(9, 30), new TimeOnly(hour, minute));

        Assert.Equal(expected, session.IsEarlyClose);
    }

    [Theory]
    [InlineData(9, 30)]
    [InlineData(9, 0)]
    public void Constructor_CloseNotAfterOpen_Throws(int hour, int minute) =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new TradingSession(new DateOnly(2025, 6, 2), new TimeOnly(9, 30), new TimeOnly(hour, minute)));

    [Fact]
    public void TimeZone_Exchange_IsNewYork()
    {
        var zone = NyseCalendar.TimeZone;

        Assert.Equal(TimeSpan.FromHours(-5), zone.BaseUtcOffset);
        var summer = new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(TimeSpan.FromHours(-4), zone.GetUtcOffset(summer));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
