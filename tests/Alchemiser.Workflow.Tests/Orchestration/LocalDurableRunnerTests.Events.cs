using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed partial class LocalDurableRunnerTests
{
    private sealed record Completion(string PlanId, int Fills);

    [Fact]
    public async Task WaitForExternalEvent_RaisedBeforeTheWait_IsBufferedAndDelivered()
    {
        var release = new TaskCompletionSource();
        var enqueued = new TaskCompletionSource();
        _h.Registry.AddActivity<string, string>("Enqueue", async (plan, ct) =>
        {
            enqueued.TrySetResult();
            await release.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return plan;
        });
        _h.Orchestrator<string, string>("Execute", async (context, plan) =>
        {
            await context.CallActivityAsync<string>("Enqueue", plan);
            var done = await context.WaitForExternalEvent<Completion>("ExecutionCompleted", TimeSpan.FromHours(1));
            return $"{done.PlanId}:{done.Fills}";
        });
        var runner = _h.NewRunner();

        var run = runner.StartAsync("Execute", WorkflowHarness.Day, "plan-1", cancellationToken: Ct);
        await enqueued.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await runner.RaiseEventAsync(WorkflowHarness.Day, "executioncompleted", new Completion("plan-1", 3), Ct); // nobody waits yet
        release.SetResult();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal("plan-1:3", result.ReadOutput<string>());
        var history = await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct);
        Assert.Equal([HistoryKind.ActivityCompleted, HistoryKind.EventRaised], history.Select(e => e.Kind));
        Assert.Equal(1, history[1].EventNumber);
    }

    [Fact]
    public async Task WaitForExternalEvent_RaisedWhileWaiting_IsDelivered()
    {
        _h.Orchestrator<int, int>("Waits", async (context, _) =>
        {
            var wait = context.WaitForExternalEvent<Completion>("ExecutionCompleted", TimeSpan.FromHours(1));
            context.SetCustomStatus("waiting");
            return (await wait).Fills;
        });
        var runner = _h.NewRunner();

        var run = runner.StartAsync("Waits", WorkflowHarness.Day, 0, cancellationToken: Ct);
        await WorkflowHarness.Until(() => _h.Store.Peek(WorkflowHarness.Day)?.CustomStatusJson == "\"waiting\"", "the orchestrator waits");
        await runner.RaiseEventAsync(WorkflowHarness.Day, "ExecutionCompleted", new Completion("p", 7), Ct);

        Assert.Equal(7, (await run.WaitAsync(TimeSpan.FromSeconds(10), Ct)).ReadOutput<int>());
    }

    [Fact]
    public async Task WaitForExternalEvent_StoredByAnotherProcessBeforeTheRun_IsDelivered()
    {
        _h.Orchestrator<int, int>("Waits", async (context, _) =>
            (await context.WaitForExternalEvent<Completion>("ExecutionCompleted", TimeSpan.FromHours(1))).Fills);
        var created = WorkflowHarness.Start.UtcDateTime;
        await _h.Store.TryCreateInstanceAsync(new RunInstance(WorkflowHarness.Day, "Waits", RunStatus.Running, "0", null, null, created, created), Ct);
        await _h.Store.AppendEventAsync(WorkflowHarness.Day, "EXECUTIONCOMPLETED", """{"planId":"p","fills":5}""", created, Ct);

        var result = await _h.NewRunner().RunAsync(WorkflowHarness.Day, Ct);

        Assert.Equal(5, result.ReadOutput<int>());
    }

    [Fact]
    public async Task WaitForExternalEvent_Timeout_ThrowsTaskCanceledAndAReplayTimesOutTheSameWay()
    {
        _h.Orchestrator<int, string>("Deadline", async (context, _) =>
        {
            try
            {
                var done = await context.WaitForExternalEvent<Completion>("ExecutionCompleted", TimeSpan.FromMinutes(30));
                return $"completed {done.PlanId}";
            }
            catch (TaskCanceledException)
            {
                var at = context.CurrentUtcDateTime; // the deadline, from history
                await context.CallActivityAsync("Alert", "execution timed out");
                return $"timed out at {at:O}";
            }
        });
        var alerts = 0;
        _h.Registry.AddActivity<string, bool>("Alert", (_, _) => Task.FromResult(Interlocked.Increment(ref alerts) > 0));
        var runner = _h.NewRunner();

        var result = await _h.DriveAsync(runner.StartAsync("Deadline", WorkflowHarness.Day, 0, cancellationToken: Ct), TimeSpan.FromMinutes(1));

        var expected = $"timed out at {WorkflowHarness.Start.UtcDateTime.AddMinutes(30):O}";
        Assert.Equal(expected, result.ReadOutput<string>());
        Assert.Equal(1, alerts);
        var history = await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct);
        Assert.Equal(HistoryKind.TimedOut, history[0].Kind);

        // The event arrives late; a replay still times out, at the same orchestration time.
        await runner.RaiseEventAsync(WorkflowHarness.Day, "ExecutionCompleted", new Completion("late", 1), Ct);
        var instance = (await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct))!;
        var replay = await WorkflowReplay.ReplayAsync(_h.Registry, instance, history);
        Assert.Equal(RunStatus.Completed, replay.Status);
        Assert.Equal(result.OutputJson, replay.OutputJson);
        Assert.Equal(1, alerts);
    }

    [Fact]
    public async Task CreateTimer_FiresOnTheTimeProviderAndAdvancesCurrentUtcDateTime()
    {
        _h.Orchestrator<int, string[]>("Sleeps", async (context, _) =>
        {
            var before = context.CurrentUtcDateTime;
            await context.CreateTimer(TimeSpan.FromMinutes(10), CancellationToken.None);
            return [before.ToString("O"), context.CurrentUtcDateTime.ToString("O")];
        });

        var result = await _h.DriveAsync(_h.NewRunner().StartAsync("Sleeps", WorkflowHarness.Day, 0, cancellationToken: Ct), TimeSpan.FromMinutes(1));

        var start = WorkflowHarness.Start.UtcDateTime;
        Assert.Equal([start.ToString("O"), start.AddMinutes(10).ToString("O")], result.ReadOutput<string[]>()!);
        Assert.Equal(HistoryKind.TimerFired, Assert.Single(await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct)).Kind);
    }
}
