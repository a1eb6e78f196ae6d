using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Workflow.Tests.Starting;

/// <summary><see cref="RunStartRule"/>: one instance per day (G5, PIPELINE.md §7.1, §11.14), resumes and reruns.</summary>
public sealed partial class RunStartRuleTests
{
    private static readonly InstanceId Day = InstanceId.ForTradingDate(T);

    private static ExistingRun Run(int n, RunStatus status) => new(InstanceId.ForRun(T, n), status);

    [Theory]
    [InlineData(RunStatus.Completed)]
    [InlineData(RunStatus.Terminated)]
    public void FinishedDay_ManualRejectedWithUseForce_ScheduledIgnored(RunStatus status)
    {
        IReadOnlyList<ExistingRun> sameDay = [Run(1, status)];

        var manual = RunStartRule.Decide(Slot, RunKind.Manual, sameDay);
        var scheduled = RunStartRule.Decide(Slot, RunKind.Scheduled, sameDay);

        Assert.Equal(RunStartAction.Rejected, manual.Action);
        Assert.Equal("G5", manual.Rule);
        Assert.Null(manual.InstanceId);
        Assert.Contains("use --force", manual.Reason, StringComparison.Ordinal);
        Assert.Equal(RunStartAction.Ignored, scheduled.Action);
        Assert.Equal("G5", scheduled.Rule);
        Assert.Null(scheduled.InstanceId);
    }

    [Fact]
    public void Forced_DayWithTheMostRunsAStarterLooksFor_IsRejectedRatherThanReusingAnId()
    {
        var full = Enumerable.Range(1, ExistingRun.MaxRunsPerDay).Select(n => Run(n, RunStatus.Completed)).ToList();

        var decision = RunStartRule.Decide(Slot, RunKind.Forced, full);

        Assert.Equal((RunStartAction.Rejected, "G5"), (decision.Action, decision.Rule));
        Assert.Null(decision.InstanceId);
    }

    [Fact]
    public void Forced_FinishedDay_StartsTheFirstUnusedRerunId()
    {
        var once = RunStartRule.Decide(Slot, RunKind.Forced, [Run(1, RunStatus.Completed)]);
        var twice = RunStartRule.Decide(Slot, RunKind.Forced, [Run(1, RunStatus.Completed), Run(2, RunStatus.Completed)]);

        Assert.Equal(RunStartAction.Start, once.Action);
        Assert.Equal(InstanceId.Parse("2026-11-24#2"), once.InstanceId);
        Assert.Equal(RunStartAction.Start, twice.Action);
        Assert.Equal(InstanceId.Parse("2026-11-24#3"), twice.InstanceId);
        Assert.Equal("G5", twice.Rule);
    }

    [Fact]
    public void Forced_NoInstanceYet_StartsTheDaysId()
    {
        var decision = RunStartRule.Decide(Slot, RunKind.Forced, None);

        Assert.Equal(RunStartAction.Start, decision.Action);
        Assert.Equal(Day, decision.InstanceId);
    }

    [Fact]
    public void Forced_AfterAFailedRun_StartsANewId()
    {
        var decision = RunStartRule.Decide(Slot, RunKind.Forced, [Run(1, RunStatus.Failed)]);

        Assert.Equal(RunStartAction.Start, decision.Action);
        Assert.Equal(InstanceId.Parse("2026-11-24#2"), decision.InstanceId);
    }

    [Theory]
    [InlineData(RunKind.Manual, RunStatus.Running)]
    [InlineData(RunKind.Manual, RunStatus.Pending)]
    [InlineData(RunKind.Forced, RunStatus.Running)]
    public void InProgressInstance_ManualOrForced_ResumesIt(RunKind kind, RunStatus status)
    {
        IReadOnlyList<ExistingRun> sameDay = [Run(1, RunStatus.Completed), Run(2, status)];

        var decision = RunStartRule.Decide(Slot, kind, sameDay);

        Assert.Equal(RunStartAction.Resume, decision.Action);
        Assert.Equal(InstanceId.Parse("2026-11-24#2"), decision.InstanceId);
        Assert.True(decision.InProgress);
        Assert.Equal("G5", decision.Rule);
    }

    [Theory]
    [InlineData(RunStatus.Running)]
    [InlineData(RunStatus.Failed)]
    public void ExistingUnfinishedInstance_Scheduled_Ignored(RunStatus status)
    {
        var decision = RunStartRule.Decide(Slot, RunKind.Scheduled, [Run(1, status)]);

        Assert.Equal(RunStartAction.Ignored, decision.Action);
        Assert.Equal("G5", decision.Rule);
        Assert.Null(decision.InstanceId);
    }

    [Fact]
    public void FailedInstance_Manual_ResumesTheLatestFailedRunNotInProgress()
    {
        IReadOnlyList<ExistingRun> sameDay = [Run(1, RunStatus.Failed), Run(2, RunStatus.Completed), Run(3, RunStatus.Failed)];

        var decision = RunStartRule.Decide(Slot, RunKind.Manual, sameDay);

        Assert.Equal(RunStartAction.Resume, decision.Action);
        Assert.Equal(InstanceId.Parse("2026-11-24#3"), decision.InstanceId);
        Assert.False(decision.InProgress);
    }

    [Fact]
    public void Resume_StillNeedsTheCalendar_ForAManualRequest()
    {
        var decision = RunStartRule.Decide(Slot.AddHours(1), RunKind.Manual, [Run(1, RunStatus.Failed)]);

        Assert.Equal(RunStartAction.Rejected, decision.Action);
        Assert.Equal("G3", decision.Rule);
    }

    [Fact]
    public void DryRun_UsesItsOwnIdAndNeverTheDays()
    {
        var fresh = RunStartRule.Decide(Slot, RunKind.DryRun, None, runLabel: "154501");
        var running = RunStartRule.Decide(Slot, RunKind.DryRun, [Run(1, RunStatus.Running)], runLabel: "154501");
        var done = RunStartRule.Decide(Slot, RunKind.DryRun, [Run(1, RunStatus.Completed)], runLabel: "154501");

        Assert.All(new[] { fresh, running, done }, d =>
        {
            Assert.Equal(RunStartAction.Start, d.Action);
            Assert.Equal("dry-run-2026-11-24-154501", d.InstanceId?.Value);
            Assert.False(d.InstanceId!.Value.IsDaily);
        });
    }

    [Fact]
    public void DryRun_WithoutALabel_LabelsWithTheTime()
    {
        var decision = RunStartRule.Decide(Slot.AddSeconds(7), RunKind.DryRun, None);

        Assert.Equal("dry-run-2026-11-24-204507", decision.InstanceId?.Value);
    }

    [Fact]
    public void NullSameDay_Throws() =>
        Assert.Throws<ArgumentNullException>(() => RunStartRule.Decide(Slot, RunKind.Manual, null!));
}
