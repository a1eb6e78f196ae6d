using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed partial class LocalDurableRunnerTests
{
    [Fact]
    public async Task StartAsync_CompletedDay_IsRefusedWithoutForceAndForceStartsHash2ThenHash3()
    {
        RegisterSteps(onStep: (_, _) => { });
        var runner = _h.NewRunner();
        await runner.StartAsync("Steps", WorkflowHarness.Day, 1, cancellationToken: Ct);

        var refused = await Assert.ThrowsAsync<WorkflowInstanceConflictException>(
            () => runner.StartAsync("Steps", WorkflowHarness.Day, 1, cancellationToken: Ct));
        var second = await runner.StartAsync("Steps", WorkflowHarness.Day, 2, force: true, cancellationToken: Ct);
        var third = await runner.StartAsync("Steps", WorkflowHarness.Day, 1, force: true, cancellationToken: Ct);

        Assert.Equal(RunStatus.Completed, refused.Status);
        Assert.Contains("force", refused.Message, StringComparison.Ordinal);
        Assert.Equal("2026-11-24#2", second.InstanceId.Value);
        Assert.Equal(30, second.ReadOutput<int>());
        Assert.Equal("2026-11-24#3", third.InstanceId.Value);
        var listed = await _h.Store.ListInstancesAsync(cancellationToken: Ct);
        Assert.Equal(3, listed.Count);
    }

    [Fact]
    public async Task StartAsync_NoId_UsesTodaysTradingDateInNewYork()
    {
        RegisterSteps(onStep: (_, _) => { });
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero)); // 22:00 on the 24th in New York

        var result = await _h.NewRunner().StartAsync("Steps", null, 1, cancellationToken: Ct);

        Assert.Equal(WorkflowHarness.Day, result.InstanceId);
    }

    [Fact]
    public async Task RunAsync_CompletedInstance_ReturnsTheStoredOutputWithoutRunning()
    {
        RegisterSteps(onStep: (_, _) => { });
        await _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 2, cancellationToken: Ct);

        var again = await _h.NewRunner().RunAsync(WorkflowHarness.Day, Ct);

        Assert.True(again.AlreadyCompleted);
        Assert.Equal(30, again.ReadOutput<int>());
        Assert.Equal(1, _executions[1]);
    }

    [Fact]
    public async Task StartAsync_RunningDay_IsResumedWithoutForceAndRefusedWithForce()
    {
        RegisterSteps(onStep: (_, _) => { });
        var created = WorkflowHarness.Start.UtcDateTime;
        await _h.Store.TryCreateInstanceAsync(new RunInstance(WorkflowHarness.Day, "Steps", RunStatus.Running, "2", null, null, created, created), Ct);

        var refused = await Assert.ThrowsAsync<WorkflowInstanceConflictException>(
            () => _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 9, force: true, cancellationToken: Ct));
        var resumed = await _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 9, cancellationToken: Ct);

        Assert.Equal(RunStatus.Running, refused.Status);
        Assert.Equal(WorkflowHarness.Day, resumed.InstanceId);
        Assert.Equal(30, resumed.ReadOutput<int>()); // the stored input (2 steps), not the new one
    }

    [Fact]
    public async Task StartAsync_StoresInputAndStatusBeforeTheFirstActivityRuns()
    {
        RunInstance? seen = null;
        _h.Registry.AddActivity<int, int>("Look", async (_, ct) =>
        {
            seen = await _h.Store.GetInstanceAsync(WorkflowHarness.Day, ct);
            return 0;
        });
        _h.Orchestrator<int[], int>("Looks", (context, _) => context.CallActivityAsync<int>("Look", 0));

        await _h.NewRunner().StartAsync("Looks", WorkflowHarness.Day, new[] { 1, 2 }, cancellationToken: Ct);

        Assert.Equal(RunStatus.Running, seen?.Status);
        Assert.Equal("[1,2]", seen?.InputJson);
        Assert.Equal(WorkflowHarness.Start.UtcDateTime, seen?.CreatedUtc);
    }

    [Fact]
    public async Task StartAsync_ForceWithANonDailyId_IsRefused()
    {
        RegisterSteps(onStep: (_, _) => { });
        var id = InstanceId.Parse("manual-test");
        await _h.NewRunner().StartAsync("Steps", id, 1, cancellationToken: Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => _h.NewRunner().StartAsync("Steps", id, 1, force: true, cancellationToken: Ct));
    }
}
