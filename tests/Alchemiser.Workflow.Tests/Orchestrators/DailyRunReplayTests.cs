using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestrators;

public sealed class DailyRunReplayTests
{
    private readonly DailyRunHarness _h = new();

    [Fact]
    public async Task ReplayAsync_RecordedSuccessfulDay_SchedulesTheRecordedCallsAndReturnsTheSameSummary()
    {
        var result = await _h.RunWithExecutionAsync(
            r => DailyRunHarness.Reply.Completed(r, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled)));
        Assert.Equal(RunOutcome.Success, DailyRunHarness.Summary(result).Outcome);

        var store = _h.Workflow.Store;
        var instance = (await store.GetInstanceAsync(DailyRunHarness.Id, DailyRunHarness.Ct))!;
        var history = await store.GetHistoryAsync(DailyRunHarness.Id, DailyRunHarness.Ct);
        var first = await WorkflowReplay.ReplayAsync(_h.Workflow.Registry, instance, history);
        var second = await WorkflowReplay.ReplayAsync(_h.Workflow.Registry, instance, history);

        var recorded = history.Where(e => e.Kind is HistoryKind.ActivityCompleted or HistoryKind.ActivityFailed)
            .OrderBy(e => e.Sequence).Select(e => (e.Name, e.InputJson)).ToList();
        Assert.Equal(["Gate", "LoadPortfolio", "EvaluateStrategy", "EvaluateStrategy", "EvaluateStrategy", "PlanRebalance", "EnqueueExecution", "Notify"],
            recorded.Select(c => c.Name));
        foreach (var replay in new[] { first, second })
        {
            Assert.Equal(RunStatus.Completed, replay.Status);
            Assert.Equal(recorded, ActivityCalls(replay));
            Assert.Equal(result.OutputJson, replay.OutputJson);
            Assert.Equal(ScheduledOperationKind.EventWait, replay.Operations[^2].Kind);
        }
        Assert.Equal(1, _h.Notify.Attempts); // replays execute nothing
    }

    private static List<(string Name, string? InputJson)> ActivityCalls(ReplayResult replay) =>
        replay.Operations.Where(o => o.Kind == ScheduledOperationKind.Activity).Select(o => (o.Name, o.InputJson)).ToList();
}
