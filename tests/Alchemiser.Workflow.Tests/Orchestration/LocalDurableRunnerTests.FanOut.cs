using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed partial class LocalDurableRunnerTests
{
    private readonly WorkflowHarness _h = new();

    private static CancellationToken Ct => WorkflowHarness.Ct;

    [Fact]
    public async Task CallActivityAsync_FanOut_RunsConcurrentlyAndFansInInCallOrder()
    {
        const int n = 8;
        var started = 0;
        var allStarted = new TaskCompletionSource();
        var gates = Enumerable.Range(0, n).Select(_ => new TaskCompletionSource()).ToArray();
        _h.Registry.AddActivity<int, int>("Square", async (i, ct) =>
        {
            if (Interlocked.Increment(ref started) == n)
                allStarted.TrySetResult();
            // Every activity waits until all n have started: run one at a time, this never finishes.
            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            await gates[i].Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return i * i;
        });
        _h.Orchestrator<int, int[]>("FanOut", async (context, count) =>
        {
            var tasks = Enumerable.Range(0, count).Select(i => context.CallActivityAsync<int>("Square", i)).ToList();
            return await Task.WhenAll(tasks);
        });

        var run = _h.NewRunner().StartAsync("FanOut", WorkflowHarness.Day, n, cancellationToken: Ct);
        await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        for (var i = n - 1; i >= 0; i--)
        {
            gates[i].SetResult(); // finish in reverse call order
            await Task.Delay(5, Ct);
        }
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal([0, 1, 4, 9, 16, 25, 36, 49], result.ReadOutput<int[]>()!);
        var history = await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct);
        Assert.Equal(Enumerable.Range(1, n), history.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(0, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), history.Select(e => e.InputJson));
        Assert.All(history, e => Assert.Equal(HistoryKind.ActivityCompleted, e.Kind));
    }

    [Fact]
    public async Task CallActivityAsync_FanOut_ReplayDeliversInRecordedOrder()
    {
        var gates = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        _h.Registry.AddActivity<int, int>("Wait", async (i, ct) =>
        {
            await gates[i].Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return i;
        });
        _h.Orchestrator<int, int>("Race", async (context, _) =>
        {
            var first = context.CallActivityAsync<int>("Wait", 0);
            var second = context.CallActivityAsync<int>("Wait", 1);
            var winner = await Task.WhenAny(first, second);
            return await winner;
        });

        var run = _h.NewRunner().StartAsync("Race", WorkflowHarness.Day, 0, cancellationToken: Ct);
        gates[1].SetResult(); // the second call wins the race
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        gates[0].SetResult();
        Assert.Equal(1, result.ReadOutput<int>());

        var instance = (await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct))!;
        var replay = await WorkflowReplay.ReplayAsync(_h.Registry, instance, await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct));
        Assert.Equal(RunStatus.Completed, replay.Status);
        Assert.Equal("1", replay.OutputJson);
    }
}
