using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Workflow.Tests.Starting;

/// <summary><see cref="RunStartRule"/>: the calendar rules G1–G4 as a starter applies them (PIPELINE.md §2, §2.1).</summary>
public sealed partial class RunStartRuleTests
{
    private static readonly DateOnly T = new(2026, 11, 24); // a Tuesday; New York on EST, close 16:00 ET = 21:00 UTC
    private static readonly DateTimeOffset Slot = new(2026, 11, 24, 20, 45, 0, TimeSpan.Zero); // close − 15 min
    private static readonly IReadOnlyList<ExistingRun> None = [];

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The four timer firings of §2.1 (UTC) and the one each kind of day accepts.</summary>
    [Theory]
    [InlineData("2026-07-14", 19)] // normal close, New York on EDT: 15:45 ET = 19:45 UTC
    [InlineData("2026-11-24", 20)] // normal close, EST: 15:45 ET = 20:45 UTC
    [InlineData("2025-07-03", 16)] // early close (13:00) on EDT, the day before Independence Day: 12:45 ET = 16:45 UTC
    [InlineData("2026-11-27", 17)] // early close on EST, the day after Thanksgiving: 12:45 ET = 17:45 UTC
    public void Scheduled_TimerSlots_ExactlyTodaysSlotStartsTheDaysInstance(string day, int acceptedHour)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var hour in new[] { 16, 17, 19, 20 })
        {
            var now = new DateTimeOffset(date.Year, date.Month, date.Day, hour, 45, 0, TimeSpan.Zero);

            var decision = RunStartRule.Decide(now, RunKind.Scheduled, None);

            Assert.Equal(date, decision.TradingDate);
            if (hour == acceptedHour)
            {
                Assert.Equal(RunStartAction.Start, decision.Action);
                Assert.Equal(InstanceId.ForTradingDate(date), decision.InstanceId);
                Assert.Null(decision.Rule);
            }
            else
            {
                Assert.Equal(RunStartAction.Ignored, decision.Action);
                Assert.Null(decision.InstanceId);
                Assert.Contains(decision.Rule, new[] { "G3", "G4" });
            }
        }
    }

    [Theory]
    [InlineData(-5, RunStartAction.Start)]
    [InlineData(5, RunStartAction.Start)]
    [InlineData(-6, RunStartAction.Ignored)]
    public void Scheduled_AroundTheSlot_AcceptedWithinTheTolerance(int minutes, RunStartAction expected)
    {
        var decision = RunStartRule.Decide(Slot.AddMinutes(minutes), RunKind.Scheduled, None);

        Assert.Equal(expected, decision.Action);
    }

    [Fact]
    public void Holiday_ScheduledIsIgnoredAndManualIsRejected_WithoutAnInstanceId()
    {
        var thanksgiving = new DateTimeOffset(2026, 11, 26, 20, 45, 0, TimeSpan.Zero);

        var scheduled = RunStartRule.Decide(thanksgiving, RunKind.Scheduled, None);
        var manual = RunStartRule.Decide(thanksgiving, RunKind.Manual, None);

        Assert.Equal(RunStartAction.Ignored, scheduled.Action);
        Assert.Equal(RunStartAction.Rejected, manual.Action);
        Assert.All(new[] { scheduled, manual }, d =>
        {
            Assert.Equal("G1", d.Rule);
            Assert.Null(d.InstanceId);
            Assert.Equal(new DateOnly(2026, 11, 26), d.TradingDate);
            Assert.Contains("holiday", d.Reason, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("2026-11-24T14:29:59Z", "G2")] // 09:29:59 ET: before the open
    [InlineData("2026-11-24T20:50:01Z", "G3")] // 15:50:01 ET: after the latest start (close − 10 min)
    [InlineData("2026-11-27T17:50:01Z", "G3")] // early close: 12:50:01 ET
    public void Manual_OutsideTheTradingWindow_Rejected(string now, string rule)
    {
        var decision = RunStartRule.Decide(Utc(now), RunKind.Manual, None);

        Assert.Equal(RunStartAction.Rejected, decision.Action);
        Assert.Equal(rule, decision.Rule);
        Assert.Null(decision.InstanceId);
    }

    [Theory]
    [InlineData("2026-11-24T14:30:00Z")] // the open
    [InlineData("2026-11-24T17:00:00Z")] // midday: G4 (the slot) is for timers only
    [InlineData("2026-11-24T20:50:00Z")] // the latest start
    public void Manual_InsideTheTradingWindow_StartsTheDaysInstance(string now)
    {
        var decision = RunStartRule.Decide(Utc(now), RunKind.Manual, None);

        Assert.Equal(RunStartAction.Start, decision.Action);
        Assert.Equal(InstanceId.ForTradingDate(T), decision.InstanceId);
    }

    [Fact]
    public void TradingDate_IsTheNewYorkDate_NotTheUtcDate()
    {
        // 2026-11-25 01:00 UTC is 20:00 ET on the 24th: after the close of T, not before the open of the 25th.
        var decision = RunStartRule.Decide(Utc("2026-11-25T01:00:00Z"), RunKind.Manual, None);

        Assert.Equal(T, decision.TradingDate);
        Assert.Equal("G3", decision.Rule);
    }

    [Theory]
    [InlineData(RunKind.Forced)]
    [InlineData(RunKind.DryRun)]
    public void ForcedAndDryRun_SkipTheCalendar(RunKind kind)
    {
        var thanksgivingNight = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero); // 22:00 ET on Thanksgiving

        var decision = RunStartRule.Decide(thanksgivingNight, kind, None, runLabel: "x");

        Assert.Equal(RunStartAction.Start, decision.Action);
        Assert.Equal(new DateOnly(2026, 11, 26), decision.TradingDate);
    }

    [Fact]
    public void Settings_AreApplied()
    {
        var settings = new GateSettings(MinutesBeforeClose: 30, SlotToleranceMinutes: 2, LatestStartMinutes: 20);

        Assert.Equal(RunStartAction.Start, RunStartRule.Decide(Slot.AddMinutes(-15), RunKind.Scheduled, None, settings).Action);
        Assert.Equal(RunStartAction.Ignored, RunStartRule.Decide(Slot, RunKind.Scheduled, None, settings).Action);
        Assert.Equal("G3", RunStartRule.Decide(Slot.AddMinutes(-4), RunKind.Manual, None, settings).Rule);
    }
}
