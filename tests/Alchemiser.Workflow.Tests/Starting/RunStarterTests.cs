using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Workflow.Tests.Starting;

/// <summary><see cref="RunStarter"/>: the requested date, the delegation to the rule, and the run's input.</summary>
public sealed class RunStarterTests
{
    private static readonly DateOnly T = new(2026, 11, 24);
    private static readonly DateTimeOffset Slot = new(2026, 11, 24, 20, 45, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, false, RunKind.Manual)]
    [InlineData(true, false, RunKind.Forced)]
    [InlineData(false, true, RunKind.DryRun)]
    [InlineData(true, true, RunKind.DryRun)]
    public void KindOf_DryRunWinsOverForce(bool force, bool dryRun, RunKind expected) =>
        Assert.Equal(expected, RunStarter.KindOf(force, dryRun));

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-25")]
    public async Task DecideAsync_AnotherDate_RejectedWithoutLookingUpRuns(string requested)
    {
        var lookups = 0;
        var date = DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture);

        var decision = await RunStarter.DecideAsync(Slot, RunKind.Forced, date, (_, _) =>
        {
            lookups++;
            return Task.FromResult<RunStatus?>(null);
        }, cancellationToken: Ct);

        Assert.Equal(RunStartAction.Rejected, decision.Action);
        Assert.Equal(date, decision.TradingDate);
        Assert.Null(decision.InstanceId);
        Assert.Equal("date", decision.Rule);
        Assert.Contains("2026-11-24", decision.Reason, StringComparison.Ordinal);
        Assert.Contains(requested, decision.Reason, StringComparison.Ordinal);
        Assert.Equal(0, lookups);
    }

    [Fact]
    public async Task DecideAsync_TodayIsTheNewYorkDate()
    {
        // 02:00 UTC on the 25th is 21:00 ET on the 24th: the 24th is today, the 25th is not.
        var night = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

        var today = await RunStarter.DecideAsync(night, RunKind.Forced, T, NoRuns, cancellationToken: Ct);
        var tomorrow = await RunStarter.DecideAsync(night, RunKind.Forced, T.AddDays(1), NoRuns, cancellationToken: Ct);

        Assert.Equal(RunStartAction.Start, today.Action);
        Assert.Equal(InstanceId.ForTradingDate(T), today.InstanceId);
        Assert.Equal(RunStartAction.Rejected, tomorrow.Action);
        Assert.Equal("date", tomorrow.Rule);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DecideAsync_TodayOrNoDate_ProbesTheDaysRunsAndAppliesTheRule(bool passDate)
    {
        var store = new Dictionary<string, RunStatus> { ["2026-11-24"] = RunStatus.Completed, ["2026-11-24#2"] = RunStatus.Completed };
        var asked = new List<string>();
        Task<RunStatus?> StatusOf(InstanceId id, CancellationToken ct)
        {
            asked.Add(id.Value);
            return Task.FromResult<RunStatus?>(store.TryGetValue(id.Value, out var s) ? s : null);
        }

        var forced = await RunStarter.DecideAsync(Slot, RunKind.Forced, passDate ? T : null, StatusOf, cancellationToken: Ct);
        var manual = await RunStarter.DecideAsync(Slot, RunKind.Manual, passDate ? T : null, StatusOf, cancellationToken: Ct);

        Assert.Equal(RunStartAction.Start, forced.Action);
        Assert.Equal("2026-11-24#3", forced.InstanceId?.Value);
        Assert.Equal(RunStartAction.Rejected, manual.Action);
        Assert.Equal("G5", manual.Rule);
        Assert.Equal(["2026-11-24", "2026-11-24#2", "2026-11-24#3"], asked.Take(3));
    }

    [Fact]
    public async Task DecideAsync_PassesTheGateSettings()
    {
        var settings = new GateSettings(MinutesBeforeClose: 30);

        var decision = await RunStarter.DecideAsync(Slot.AddMinutes(-15), RunKind.Scheduled, null, NoRuns, settings, cancellationToken: Ct);

        Assert.Equal(RunStartAction.Start, decision.Action);
    }

    [Fact]
    public void InputFor_AStart_CarriesTheIdsTheKindAndAUtcTimestamp()
    {
        var decision = new RunStartDecision(RunStartAction.Start, T, InstanceId.Parse("2026-11-24#2"), "G5", "forced rerun");
        var startedAt = new DateTimeOffset(2026, 11, 24, 15, 45, 3, TimeSpan.FromHours(-5));

        var input = RunStarter.InputFor(decision, RunKind.Forced, startedAt, "timer-1");

        Assert.Equal(T, input.TradingDate);
        Assert.Equal(RunKind.Forced, input.Kind);
        Assert.Equal("2026-11-24#2/start", input.EventId);
        Assert.Equal("2026-11-24#2", input.CorrelationId);
        Assert.Equal("timer-1", input.CausationId);
        Assert.Equal(new DateTime(2026, 11, 24, 20, 45, 3, DateTimeKind.Utc), input.Timestamp);
        Assert.Equal(DateTimeKind.Utc, input.Timestamp.Kind);
        Assert.False(input.IsDryRun);
    }

    [Fact]
    public void InputFor_ADryRun_IsADryRunWithoutCause()
    {
        var decision = RunStartRule.Decide(Slot, RunKind.DryRun, [], runLabel: "abc");

        var input = RunStarter.InputFor(decision, RunKind.DryRun, Slot);

        Assert.True(input.IsDryRun);
        Assert.Equal("dry-run-2026-11-24-abc", input.CorrelationId);
        Assert.Null(input.CausationId);
    }

    [Theory]
    [InlineData(RunStartAction.Resume)]
    [InlineData(RunStartAction.Rejected)]
    [InlineData(RunStartAction.Ignored)]
    public void InputFor_NotAStart_Throws(RunStartAction action)
    {
        var decision = new RunStartDecision(action, T, action == RunStartAction.Resume ? InstanceId.ForTradingDate(T) : null, "G5", "no");

        var error = Assert.Throws<ArgumentException>(() => RunStarter.InputFor(decision, RunKind.Manual, Slot));

        Assert.Contains(action.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputFor_AStartWithoutAnId_Throws() =>
        Assert.Throws<ArgumentException>(() => RunStarter.InputFor(new RunStartDecision(RunStartAction.Start, T, null, null, "?"), RunKind.Manual, Slot));

    private static Task<RunStatus?> NoRuns(InstanceId id, CancellationToken cancellationToken) => Task.FromResult<RunStatus?>(null);

    [Fact]
    public async Task DecideAsync_DryRunWithALabel_UsesItInTheInstanceId()
    {
        var decision = await RunStarter.DecideAsync(Slot, RunKind.DryRun, null, NoRuns, runLabel: "req42", cancellationToken: Ct);

        Assert.Equal(InstanceId.Parse("dry-run-2026-11-24-req42"), decision.InstanceId);
    }
}
