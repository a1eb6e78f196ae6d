using System.Runtime.CompilerServices;

namespace Alchemiser.Core.Market;

/// <summary>
/// The New York Stock Exchange calendar: which days trade, each session's scheduled open and close, and why a day
/// does not trade.
/// </summary>
/// <remarks>
/// <para>A day trades unless it is a weekend, a recurring holiday (New Year's Day, Martin Luther King Jr. Day from
/// 1998, Washington's Birthday, Good Friday, Memorial Day, Juneteenth from 2022, Independence Day, Labor Day,
/// Thanksgiving Day, Christmas Day, with weekend observance) or a special closure (national days of mourning,
/// September 11, Hurricane Sandy). Sessions open at 09:30 and close at 16:00, or at 13:00 on early-close days
/// (the day after Thanksgiving, Christmas Eve, around Independence Day, and three announced one-offs); 14:00 before
/// 1993. Times are the scheduled ones: unscheduled late opens and intraday closes are not modelled.</para>
/// <para>Supported dates run from <see cref="MinDate"/> to <see cref="MaxDate"/>; every member throws
/// <see cref="ArgumentOutOfRangeException"/> for a date outside them. Years ahead follow today's rules, so a closure
/// the exchange announces later is only known once it is added to the table.</para>
/// <para>Pure and thread-safe: no clock, no I/O, no mutable state.</para>
/// </remarks>
public static partial class NyseCalendar
{
    /// <summary>The first supported date, 1990-01-01.</summary>
    public static DateOnly MinDate { get; } = new(1990, 1, 1);

    /// <summary>The last supported date, 2100-12-31.</summary>
    public static DateOnly MaxDate { get; } = new(2100, 12, 31);

    /// <summary>The exchange's time zone, America/New_York, in which session times are expressed.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for the zone.</exception>
    public static TimeZoneInfo TimeZone => ExchangeTimeZone.NewYork;

    internal static TimeOnly RegularOpen { get; } = new(9, 30);

    internal static TimeOnly RegularClose { get; } = new(16, 0);

    /// <summary>Whether the exchange holds a regular session on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported
    /// range.</exception>
    public static bool IsTradingDay(DateOnly date)
    {
        EnsureSupported(date);
        return FindClosureReason(date) is null;
    }

    /// <summary>The session on <paramref name="date"/>, or <see langword="null"/> when the exchange is
    /// closed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported
    /// range.</exception>
    public static TradingSession? GetSession(DateOnly date)
    {
        if (!IsTradingDay(date))
            return null;
        var close = NyseEarlyCloses.Find(date) ?? RegularClose;
        return new TradingSession(date, RegularOpen, close);
    }

    /// <summary>
    /// Why the exchange is closed on <paramref name="date"/>, for messages: a holiday name such as
    /// <c>Thanksgiving Day</c> or <c>Independence Day (observed)</c>, a special closure such as
    /// <c>Hurricane Sandy</c>, or the day name <c>Saturday</c> or <c>Sunday</c>.
    /// </summary>
    /// <returns>The reason, or <see langword="null"/> exactly when <paramref name="date"/> is a trading
    /// day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported
    /// range.</exception>
    public static string? GetClosureReason(DateOnly date)
    {
        EnsureSupported(date);
        return FindClosureReason(date);
    }

    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range, or no
    /// trading day follows it within the range.</exception>
    public static DateOnly NextTradingDay(DateOnly date)
    {
        EnsureSupported(date);
        for (var day = date; day < MaxDate;)
        {
            day = day.AddDays(1);
            if (FindClosureReason(day) is null)
                return day;
        }
        throw new ArgumentOutOfRangeException(
            nameof(date), date, $"No trading day follows this date up to {MaxDate:O}.");
    }

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range, or no
    /// trading day precedes it within the range.</exception>
    public static DateOnly PreviousTradingDay(DateOnly date)
    {
        EnsureSupported(date);
        for (var day = date; day > MinDate;)
        {
            day = day.AddDays(-1);
            if (FindClosureReason(day) is null)
                return day;
        }
        throw new ArgumentOutOfRangeException(
            nameof(date), date, $"No trading day precedes this date from {MinDate:O}.");
    }

    /// <summary>The trading days from <paramref name="fromInclusive"/> to <paramref name="toInclusive"/>, oldest
    /// first; empty when <paramref name="fromInclusive"/> is after <paramref name="toInclusive"/>.</summary>
    /// <remarks>Arguments are checked when the method is called; the days are produced lazily.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Either date is outside the supported range.</exception>
    public static IEnumerable<DateOnly> TradingDays(DateOnly fromInclusive, DateOnly toInclusive)
    {
        EnsureSupported(fromInclusive);
        EnsureSupported(toInclusive);
        return Iterate(fromInclusive, toInclusive);

        static IEnumerable<DateOnly> Iterate(DateOnly from, DateOnly to)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (FindClosureReason(day) is null)
                    yield return day;
            }
        }
    }

    private static string? FindClosureReason(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday or DayOfWeek.Sunday => date.DayOfWeek.ToString(),
        _ => NyseHolidays.Find(date) ?? NyseSpecialClosures.Find(date),
    };

    private static void EnsureSupported(
        DateOnly date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw new ArgumentOutOfRangeException(
                paramName, date, $"The NYSE calendar covers {MinDate:O} to {MaxDate:O}.");
        }
    }
}
