using System.Collections.Frozen;

namespace Alchemiser.Core.Market;

/// <summary>The NYSE's scheduled early closes, by rule for 1990 onward plus a few announced one-offs.</summary>
/// <remarks>
/// Rules (the early close is 13:00 from 1993, 14:00 before):
/// <list type="bullet">
/// <item>the day after Thanksgiving, from 1992;</item>
/// <item>Christmas Eve when it is Monday to Thursday (on a Friday it is the observed Christmas holiday);</item>
/// <item>from 1995, the day before Independence Day when July 4 is a Tuesday, Wednesday or Friday; when July 4 is a
/// Thursday, the Friday after until 2012 and the Wednesday before since 2013; no early close when July 4 is a
/// Monday or falls on a weekend.</item>
/// </list>
/// Unscheduled intraday closes (snowstorms, a circuit breaker in 1997, a systems fault in 2005) are not modelled.
/// </remarks>
internal static class NyseEarlyCloses
{
    /// <summary>The early close time since 1993.</summary>
    internal static readonly TimeOnly EarlyClose = new(13, 0);

    /// <summary>The early close time before 1993.</summary>
    internal static readonly TimeOnly EarlyCloseBefore1993 = new(14, 0);

    private static readonly FrozenSet<DateOnly> OneOffs = new[]
    {
        new DateOnly(1997, 12, 26), // Friday after Christmas
        new DateOnly(1999, 12, 31), // New Year's Eve 1999, to prepare for the year 2000 change-over
        new DateOnly(2003, 12, 26), // Friday after Christmas
    }.ToFrozenSet();

    /// <summary>The scheduled early close time on <paramref name="date"/>, or <see langword="null"/> for a regular
    /// 16:00 close. Only meaningful for a trading day.</summary>
    internal static TimeOnly? Find(DateOnly date)
    {
        if (OneOffs.Contains(date) || IsAroundIndependenceDay(date))
            return EarlyClose;
        if (IsDayAfterThanksgiving(date) || IsChristmasEve(date))
            return date.Year >= 1993 ? EarlyClose : EarlyCloseBefore1993;
        return null;
    }

    private static bool IsDayAfterThanksgiving(DateOnly date) =>
        date.Year >= 1992 && date.Month == 11 && date == NyseHolidays.ThanksgivingDay(date.Year).AddDays(1);

    private static bool IsChristmasEve(DateOnly date) =>
        date is { Month: 12, Day: 24 } && date.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday;

    private static bool IsAroundIndependenceDay(DateOnly date)
    {
        if (date.Month != 7 || date.Year < 1995)
            return false;
        return new DateOnly(date.Year, 7, 4).DayOfWeek switch
        {
            DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Friday => date.Day == 3,
            DayOfWeek.Thursday => date.Day == (date.Year >= 2013 ? 3 : 5),
            _ => false,
        };
    }
}
