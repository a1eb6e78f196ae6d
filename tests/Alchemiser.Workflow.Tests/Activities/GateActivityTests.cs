using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed class GateActivityTests
{
    private static readonly DateOnly T = new(2026, 11, 24); // a Tuesday; New York on EST, close 16:00 ET = 21:00 UTC
    private static readonly DateTimeOffset Close = new(2026, 11, 24, 21, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Thanksgiving = new(2026, 11, 26);

    private readonly FakeBroker _broker = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 45, 1, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static GateRequest Request(DateOnly date, RunKind kind = RunKind.Scheduled) =>
        new(date, kind, "gate-1", "2026-11-24", "start-1", new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));

    private Task<GateResult> RunAsync(GateRequest request, GateSettings? settings = null) =>
        new GateActivity(_broker, _time, settings).RunAsync(request, Ct);

    [Fact]
    public async Task Scheduled_AtCloseMinus15_Passes()
    {
        _broker.Now = Close.AddMinutes(-15);

        var result = await RunAsync(Request(T));

        Assert.Equal(GateVerdict.Pass, result.Verdict);
        Assert.Null(result.Rule);
        Assert.Equal(T, result.TradingDate);
        Assert.Equal(new DateOnly(2026, 11, 23), result.AsOf);
        Assert.Equal(Close.UtcDateTime, result.CloseUtc);
        Assert.Equal(Close.AddMinutes(-15).UtcDateTime, result.BrokerTime);
        Assert.Equal(BrokerMode.Paper, result.Mode);
        Assert.Equal("gate-1/reply", result.EventId);
        Assert.Equal("gate-1", result.CausationId);
        Assert.Equal("2026-11-24", result.CorrelationId);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, result.Timestamp);
        Assert.Equal(DateTimeKind.Utc, result.BrokerTime.Kind);
    }

    [Fact]
    public async Task AsOf_AfterAHoliday_IsTheLastTradingDayBeforeT()
    {
        var friday = new DateOnly(2026, 11, 27); // the day after Thanksgiving: early close 13:00 ET = 18:00 UTC
        _broker.Now = new DateTimeOffset(2026, 11, 27, 17, 45, 0, TimeSpan.Zero);

        var result = await RunAsync(Request(friday));

        Assert.Equal(GateVerdict.Pass, result.Verdict);
        Assert.Equal(new DateOnly(2026, 11, 25), result.AsOf);
        Assert.Equal(new DateTime(2026, 11, 27, 18, 0, 0, DateTimeKind.Utc), result.CloseUtc);
    }

    [Fact]
    public async Task Holiday_IsSkippedByG1()
    {
        _broker.Now = new DateTimeOffset(2026, 11, 26, 20, 45, 0, TimeSpan.Zero);

        var result = await RunAsync(Request(Thanksgiving, RunKind.Manual));

        Assert.Equal(GateVerdict.Skipped, result.Verdict);
        Assert.Equal("G1", result.Rule);
        Assert.StartsWith("market holiday", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.CloseUtc);
    }

    [Fact]
    public async Task TooCloseToTheClose_IsSkippedByG3()
    {
        _broker.Now = Close.AddMinutes(-9);

        var result = await RunAsync(Request(T, RunKind.Manual));

        Assert.Equal(GateVerdict.Skipped, result.Verdict);
        Assert.Equal("G3", result.Rule);
        Assert.StartsWith("too close to the close", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeOpen_IsSkippedByG2()
    {
        _broker.Now = new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero); // 09:00 ET

        var result = await RunAsync(Request(T, RunKind.Manual));

        Assert.Equal(GateVerdict.Skipped, result.Verdict);
        Assert.Equal("G2", result.Rule);
    }

    [Fact]
    public async Task Scheduled_StartedLateButBeforeTheLatestStart_PassesBecauseTheSlotRuleIsTheStartersAlone()
    {
        // The starter accepted the slot (G4); the activity re-checks G1–G3 only (PIPELINE.md §2), so a run that
        // reaches its gate a few minutes after the slot still trades as long as it is before the latest start.
        _broker.Now = Close.AddMinutes(-11);

        var result = await RunAsync(Request(T), new GateSettings(MinutesBeforeClose: 15, SlotToleranceMinutes: 2, LatestStartMinutes: 10));

        Assert.Equal(GateVerdict.Pass, result.Verdict);
    }

    [Fact]
    public async Task BrokerCalendarWithAnotherClose_FailsAsCalendarMismatch()
    {
        _broker.Now = Close.AddMinutes(-15);
        _broker.Calendar = (from, _) => [new TradingSession(from, new TimeOnly(9, 30), new TimeOnly(13, 0))];

        var result = await RunAsync(Request(T));

        Assert.Equal(GateVerdict.Failed, result.Verdict);
        Assert.Equal("G1", result.Rule);
        Assert.StartsWith("calendar mismatch", result.Reason, StringComparison.Ordinal);
        Assert.Contains("09:30–13:00", result.Reason, StringComparison.Ordinal);
        Assert.Contains("09:30–16:00", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokerCalendarWithoutTheSession_FailsAsCalendarMismatch()
    {
        _broker.Now = Close.AddMinutes(-15);
        _broker.Calendar = (_, _) => [];

        var result = await RunAsync(Request(T));

        Assert.Equal(GateVerdict.Failed, result.Verdict);
        Assert.StartsWith("calendar mismatch", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokerDateIsNotT_Fails()
    {
        _broker.Now = new DateTimeOffset(2026, 11, 25, 20, 45, 0, TimeSpan.Zero);

        var result = await RunAsync(Request(T));

        Assert.Equal(GateVerdict.Failed, result.Verdict);
        Assert.Contains("2026-11-24", result.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-11-25", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunKind.Forced)]
    [InlineData(RunKind.DryRun)]
    public async Task ForcedAndDryRuns_PassOnAnyDay(RunKind kind)
    {
        _broker.Now = new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero); // Thanksgiving, after the close
        _broker.Calendar = (_, _) => throw new InvalidOperationException("the calendar is not consulted");

        var holiday = await RunAsync(Request(Thanksgiving, kind));
        _broker.Now = new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero); // a Saturday
        var saturday = await RunAsync(Request(new DateOnly(2026, 11, 28), kind));

        Assert.Equal(GateVerdict.Pass, holiday.Verdict);
        Assert.Equal(GateVerdict.Pass, saturday.Verdict);
        Assert.Contains("G1–G4 skipped", holiday.Reason, StringComparison.Ordinal);
        Assert.Null(holiday.CloseUtc);
        Assert.Equal(new DateOnly(2026, 11, 25), holiday.AsOf);
    }

    [Fact]
    public async Task BrokerClockThrows_TheActivityThrows()
    {
        _broker.Now = null;

        await Assert.ThrowsAsync<HttpRequestException>(() => RunAsync(Request(T)));
    }
}
