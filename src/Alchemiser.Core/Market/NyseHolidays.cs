namespace Alchemiser.Core.Market;

/// <summary>The NYSE's recurring full-day holidays, computed by rule for 1990 onward.</summary>
/// <remarks>
/// A fixed-date holiday on a Saturday is observed on the Friday before and one on a Sunday on the Monday after,
/// except New Year's Day: on a Saturday it is not observed at all (Friday December 31 trades, as in 2021).
/// An observed date therefore always falls in the holiday's own calendar year.
/// </remarks>
internal static class NyseHolidays
{
    /// <summary>First year the NYSE closed for Martin Luther King Jr. Day.</summary>
    internal const int MartinLutherKingFirstYear = 1998;

    /// <summary>First year the NYSE closed for Juneteenth (observed Monday 2022-06-20).</summary>
    internal const int JuneteenthFirstYear = 2022;

    private const string ObservedSuffix = " (observed)";

    /// <summary>The name of the holiday observed on <paramref name="date"/>, or <see langword="null"/>.</summary>
    /// <remarks>A name ends in " (observed)" when the holiday itself falls on a weekend.</remarks>
    internal static string? Find(DateOnly date)
    {
        var year = date.Year;
        return date.Month switch
        {
            1 => NewYearsDay(date) ?? MartinLutherKingDay(date),
            2 => OnRuleDate(date, NthWeekday(year, 2, DayOfWeek.Monday, 3), "Washington's Birthday"),
            3 or 4 => OnRuleDate(date, Easter.Sunday(year).AddDays(-2), "Good Friday"),
            5 => OnRuleDate(date, LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day"),
            6 when year >= JuneteenthFirstYear => OnFixedDate(date, 6, 19, "Juneteenth National Independence Day"),
            7 => OnFixedDate(date, 7, 4, "Independence Day"),
            9 => OnRuleDate(date, NthWeekday(year, 9, DayOfWeek.Monday, 1), "Labor Day"),
            11 => OnRuleDate(date, ThanksgivingDay(year), "Thanksgiving Day"),
            12 => OnFixedDate(date, 12, 25, "Christmas Day"),
            _ => null,
        };
    }

    /// <summary>Thanksgiving Day: the fourth Thursday of November.</summary>
    internal static DateOnly ThanksgivingDay(int year) => NthWeekday(year, 11, DayOfWeek.Thursday, 4);

    private static string? NewYearsDay(DateOnly date) => date switch
    {
        { Day: 1 } when date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) => "New Year's Day",
        { Day: 2, DayOfWeek: DayOfWeek.Monday } => "New Year's Day" + ObservedSuffix,
        // On a Saturday it is not observed: the Friday before is December 31 and trades.
        _ => null,
    };

    private static string? MartinLutherKingDay(DateOnly date) =>
        date.Year >= MartinLutherKingFirstYear
            ? OnRuleDate(date, NthWeekday(date.Year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day")
            : null;

    private static string? OnRuleDate(DateOnly date, DateOnly holiday, string name) => date == holiday ? name : null;

    private static string? OnFixedDate(DateOnly date, int month, int day, string name)
    {
        var holiday = new DateOnly(date.Year, month, day);
        var observed = holiday.DayOfWeek switch
        {
            DayOfWeek.Saturday => holiday.AddDays(-1),
            DayOfWeek.Sunday => holiday.AddDays(1),
            _ => holiday,
        };
        if (date != observed)
            return null;
        return observed == holiday ? name : name + ObservedSuffix;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek dayOfWeek, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)dayOfWeek - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek dayOfWeek)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)dayOfWeek + 7) % 7;
        return last.AddDays(-offset);
    }
}
