using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;

namespace Alchemiser.Core.Tests.Market.Gate;

public class TradingGateTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 11, 24, 20, 45, GateOutcome.Pass, null)]      // EST: 15:45 ET, today's slot
    [InlineData(2026, 11, 24, 19, 45, GateOutcome.Ignored, "G4")]   // 14:45 ET: the EDT slot, not today's
    [InlineData(2026, 11, 24, 16, 45, GateOutcome.Ignored, "G4")]   // 11:45 ET: an early-close slot
    [InlineData(2026, 11, 27, 17, 45, GateOutcome.Pass, null)]      // day after Thanksgiving, 12:45 ET before a 13:00 close
    [InlineData(2026, 11, 27, 20, 45, GateOutcome.Skipped, "G3")]   // 15:45 ET: that day closed at 13:00
    [InlineData(2026, 11, 26, 20, 45, GateOutcome.Skipped, "G1")]   // Thanksgiving
    [InlineData(2026, 6, 15, 19, 45, GateOutcome.Pass, null)]       // EDT: 15:45 ET
    [InlineData(2026, 6, 15, 20, 45, GateOutcome.Skipped, "G3")]    // EDT: 16:45 ET, after the close
    public void Decide_TimerSlots_AcceptOnlyTodaysSlot(int year, int month, int day, int hour, int minute, GateOutcome expected, string? rule)
    {
        var decision = TradingGate.Decide(Utc(year, month, day, hour, minute), RunKind.Scheduled);

        Assert.Equal((expected, rule), (decision.Outcome, decision.Rule));
    }

    [Fact]
    public void Decide_EveryTradingDayFrom2020To2030_ExactlyOneTimerSlotPasses()
    {
        int[] slotHours = [16, 17, 19, 20];
        var failures = new List<string>();
        foreach (var day in NyseCalendar.TradingDays(new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)))
        {
            var passing = slotHours.Count(h => TradingGate.Decide(new DateTimeOffset(day.ToDateTime(new TimeOnly(h, 45)), TimeSpan.Zero), RunKind.Scheduled).Passed);
            if (passing != 1)
                failures.Add($"{day:yyyy-MM-dd}: {passing} slots pass");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Decide_Holiday_IsSkippedWithItsName()
    {
        var decision = TradingGate.Decide(Utc(2026, 12, 25, 20, 45), RunKind.Manual);

        Assert.Equal((GateOutcome.Skipped, "G1"), (decision.Outcome, decision.Rule));
        Assert.Contains("Christmas", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14, 0, GateOutcome.Skipped, "G2")]   // 09:00 ET
    [InlineData(15, 0, GateOutcome.Pass, null)]      // 10:00 ET: a manual run needs no slot
    [InlineData(20, 55, GateOutcome.Skipped, "G3")]  // 15:55 ET: later than close - 10 min
    [InlineData(20, 50, GateOutcome.Pass, null)]     // 15:50 ET: exactly the latest start
    public void Decide_ManualRun_ChecksOpenAndLatestStartOnly(int hour, int minute, GateOutcome expected, string? rule)
    {
        var decision = TradingGate.Decide(Utc(2026, 11, 24, hour, minute), RunKind.Manual);

        Assert.Equal((expected, rule), (decision.Outcome, decision.Rule));
    }

    [Theory]
    [InlineData(RunKind.Forced)]
    [InlineData(RunKind.DryRun)]
    public void Decide_ForcedOrDryRun_PassesOnAHoliday(RunKind kind)
    {
        var decision = TradingGate.Decide(Utc(2026, 12, 25, 18, 0), kind);

        Assert.True(decision.Passed);
        Assert.Null(decision.Session);
        Assert.Equal(new DateOnly(2026, 12, 25), decision.TradingDate);
    }
}
