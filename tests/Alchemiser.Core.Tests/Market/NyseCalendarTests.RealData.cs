using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed partial class NyseCalendarTests
{
    [Fact]
    public void IsTradingDay_SpyHistory_AgreesOnEveryWeekday()
    {
        var dates = SharedData.ReadDates(SharedData.RequireDailyFile("SPY"));
        var sessions = dates.ToHashSet();
        var mismatches = new List<string>();

        foreach (var date in dates)
        {
            if (NyseCalendar.GetClosureReason(date) is { } reason)
                mismatches.Add($"{date:O} {date.DayOfWeek}: in SPY.csv, calendar says closed ({reason})");
        }
        for (var date = dates[0]; date <= dates[^1]; date = date.AddDays(1))
        {
            var weekday = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (weekday && !sessions.Contains(date) && NyseCalendar.IsTradingDay(date))
                mismatches.Add($"{date:O} {date.DayOfWeek}: missing from SPY.csv, calendar says it traded");
        }

        Assert.True(dates.Count > 8000, $"SPY.csv holds only {dates.Count} rows");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void TradingDays_SpyHistoryRange_EqualsSpySessions()
    {
        var dates = SharedData.ReadDates(SharedData.RequireDailyFile("SPY"));

        Assert.Equal(dates, NyseCalendar.TradingDays(dates[0], dates[^1]));
    }

    [Fact]
    public void NextTradingDay_SpyHistory_StepsThroughEverySession()
    {
        var dates = SharedData.ReadDates(SharedData.RequireDailyFile("SPY"));

        for (var i = 1; i < dates.Count; i++)
        {
            Assert.Equal(dates[i], NyseCalendar.NextTradingDay(dates[i - 1]));
            Assert.Equal(dates[i - 1], NyseCalendar.PreviousTradingDay(dates[i]));
        }
    }
}
