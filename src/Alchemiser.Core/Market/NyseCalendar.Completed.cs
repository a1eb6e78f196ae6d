namespace Alchemiser.Core.Market;

public static partial class NyseCalendar
{
    /// <summary>
    /// The newest session whose close has passed at <paramref name="now"/>: today when the (possibly early) close is
    /// behind us, otherwise the previous trading day. Refresh and synthetic data never go past it.
    /// </summary>
    public static DateOnly LastCompletedSession(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        if (GetSession(today) is { } session && now >= session.GetCloseUtc())
            return today;
        return PreviousTradingDay(today);
    }
}
