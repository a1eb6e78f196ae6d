using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed class WorkflowReplayTests
{
    private readonly WorkflowHarness _h = new();

    private static CancellationToken Ct => WorkflowHarness.Ct;

    private sealed record EvaluateInput(string Strategy, Guid RequestId, DateTime AsOf);

    private sealed record Plan(string CorrelationId, DateTime At, IReadOnlyList<string> Strategies);

    /// <summary>A daily-run-shaped orchestrator using every context member that can break determinism.</summary>
    private static async Task<string> DayLike(IWorkflowContext context, string[] strategies)
    {
        var evaluations = strategies
            .Select(s => context.CallActivityAsync<string>("Evaluate", new EvaluateInput(s, context.NewGuid(), context.CurrentUtcDateTime), new ActivityRetry(3, TimeSpan.FromSeconds(5), 2.0)))
            .ToList();
        var results = await Task.WhenAll(evaluations);
        await context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(1), CancellationToken.None);
        await context.CallActivityAsync<string>("Plan", new Plan(context.InstanceId, context.CurrentUtcDateTime, results));
        string outcome;
        try
        {
            outcome = await context.WaitForExternalEvent<string>("ExecutionCompleted", TimeSpan.FromHours(1));
        }
        catch (TaskCanceledException)
        {
            outcome = "timeout";
        }
        await context.CallActivityAsync<string>("Notify", $"{outcome} at {context.CurrentUtcDateTime:O} {context.NewGuid()}");
        return outcome;
    }

    private void RegisterDayLike()
    {
        _h.Orchestrator<string[], string>("DayLike", DayLike);
        _h.Registry.AddActivity<EvaluateInput, string>("Evaluate", (input, _) => Task.FromResult(input.Strategy.ToUpperInvariant()));
        _h.Registry.AddActivity<Plan, string>("Plan", (plan, _) => Task.FromResult(string.Join('+', plan.Strategies)));
        _h.Registry.AddActivity<string, string>("Notify", (text, _) => Task.FromResult(text));
    }

    [Fact]
    public async Task ReplayAsync_RecordedHistory_SchedulesIdenticalActivityCalls()
    {
        RegisterDayLike();
        var runner = _h.NewRunner();
        var run = runner.StartAsync("DayLike", WorkflowHarness.Day, new[] { "tqqq", "nova", "klm" }, cancellationToken: Ct);
        await WorkflowHarness.Until(() => _h.Store.Peek(WorkflowHarness.Day) is not null, "the instance is stored");
        await runner.RaiseEventAsync(WorkflowHarness.Day, "ExecutionCompleted", "filled", Ct);
        var result = await _h.DriveAsync(run, TimeSpan.FromSeconds(20));
        Assert.Equal(RunStatus.Completed, result.Status);

        var instance = (await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct))!;
        var history = await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct);
        var first = await WorkflowReplay.ReplayAsync(_h.Registry, instance, history);
        var second = await WorkflowReplay.ReplayAsync(_h.Registry, instance, history);

        var recordedCalls = history.Where(e => e.Kind is HistoryKind.ActivityCompleted or HistoryKind.ActivityFailed)
            .Select(e => (e.Name, e.InputJson)).ToList();
        Assert.Equal(5, recordedCalls.Count); // 3 × Evaluate, Plan, Notify
        Assert.Equal(recordedCalls, ActivityCalls(first));
        Assert.Equal(recordedCalls, ActivityCalls(second));
        Assert.Equal(RunStatus.Completed, first.Status);
        Assert.Equal(result.OutputJson, first.OutputJson);
        Assert.Equal(
            [ScheduledOperationKind.Activity, ScheduledOperationKind.Activity, ScheduledOperationKind.Activity, ScheduledOperationKind.Timer,
             ScheduledOperationKind.Activity, ScheduledOperationKind.EventWait, ScheduledOperationKind.Activity],
            first.Operations.Select(o => o.Kind));
    }

    [Fact]
    public async Task ReplayAsync_ChangedOrchestrator_FailsAsNonDeterministic()
    {
        RegisterDayLike();
        var run = _h.NewRunner().StartAsync("DayLike", WorkflowHarness.Day, new[] { "tqqq" }, cancellationToken: Ct);
        await _h.DriveAsync(run, TimeSpan.FromMinutes(10));
        var instance = (await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct))!;
        var history = await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct);

        var changed = new WorkflowRegistry()
            .AddOrchestrator("DayLike", () => new DelegateOrchestrator<string[], string>(
                (context, _) => context.CallActivityAsync<string>("SomethingElse", 1)));
        var replay = await WorkflowReplay.ReplayAsync(changed, instance, history);

        Assert.Equal(RunStatus.Failed, replay.Status);
        Assert.Equal(typeof(NonDeterministicWorkflowException).FullName, replay.Failure?.ErrorType);
    }

    [Fact]
    public async Task ReplayAsync_HistoryRunsOut_StopsAsRunningWithoutExecutingAnything()
    {
        RegisterDayLike();
        var created = WorkflowHarness.Start.UtcDateTime;
        var instance = new RunInstance(WorkflowHarness.Day, "DayLike", RunStatus.Running, """["a","b"]""", null, null, created, created);

        var replay = await WorkflowReplay.ReplayAsync(_h.Registry, instance, []);

        Assert.Equal(RunStatus.Running, replay.Status);
        Assert.Equal(["Evaluate", "Evaluate"], replay.Operations.Select(o => o.Name));
    }

    [Fact]
    public async Task NewGuid_SameInstanceAndCounter_IsTheSameAcrossRunsAndDiffersAcrossInstances()
    {
        _h.Orchestrator<int, Guid[]>("Guids", (context, _) => Task.FromResult(new[] { context.NewGuid(), context.NewGuid() }));
        var runner = _h.NewRunner();

        var a = (await runner.StartAsync("Guids", WorkflowHarness.Day, 0, cancellationToken: Ct)).ReadOutput<Guid[]>()!;
        var b = (await runner.StartAsync("Guids", WorkflowHarness.Day, 0, force: true, cancellationToken: Ct)).ReadOutput<Guid[]>()!;
        var instance = (await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct))!;
        var replayed = (await WorkflowReplay.ReplayAsync(_h.Registry, instance, [])).OutputJson;

        Assert.NotEqual(a[0], a[1]);
        Assert.NotEqual(a[0], b[0]);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a, WorkflowJson.Default), replayed);
        Assert.Equal(8, a[0].Version);
    }

    private static List<(string Name, string? InputJson)> ActivityCalls(ReplayResult replay) =>
        replay.Operations.Where(o => o.Kind == ScheduledOperationKind.Activity).Select(o => (o.Name, o.InputJson)).ToList();
}
