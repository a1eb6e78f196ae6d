namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>Simple session lists for tests: every weekday (the real calendar lives elsewhere).</summary>
internal static class Sessions
{
    public static DateOnly[] Weekdays(DateOnly start, int count)
    {
        var result = new DateOnly[count];
        var day = start;
        for (var i = 0; i < count; i++)
        {
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                day = day.AddDays(1);
            result[i] = day;
            day = day.AddDays(1);
        }

        return result;
    }
}
