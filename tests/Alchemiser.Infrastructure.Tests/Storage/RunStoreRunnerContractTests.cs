using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>
/// The local durable runner on a durable store: a crash, a reopened store, a resumed run; once per adapter
/// (<see cref="SqliteRunStoreRunnerTests"/>, <see cref="TableRunStoreRunnerTests"/>).
/// </summary>
public abstract class RunStoreRunnerContractTests : IAsyncDisposable
{
    private static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.Zero));
    private readonly Dictionary<int, int> _executions = [];
    private IRunStore? _runnerStore; // the store of the last runner made

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A store over this test's storage (the same storage on every call: a new process after a crash).</summary>
    protected abstract Task<IRunStore> OpenStoreAsync();

    private sealed class Steps : IOrchestrator<int, int>
    {
        public async Task<int> RunAsync(IWorkflowContext context, int input)
        {
            var tasks = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>("Step", i)).ToList();
            return (await Task.WhenAll(tasks)).Sum();
        }
    }

    private async Task<LocalDurableRunner> RunnerAsync(Func<int, CancellationToken, Task<int>> step)
    {
        var registry = new WorkflowRegistry()
            .AddOrchestrator("Steps", () => new Steps())
            .AddActivity("Step", step);
        _runnerStore = await OpenStoreAsync();
        return new LocalDurableRunner(registry, _runnerStore, _time);
    }

    private int Count(int step)
    {
        lock (_executions)
            return _executions.GetValueOrDefault(step);
    }

    private void Executed(int step)
    {
        lock (_executions)
            _executions[step] = Count(step) + 1;
    }

    [Fact]
    public async Task StartAsync_CrashThenReopen_ResumesFromTheStoredResults()
    {
        using var crash = new CancellationTokenSource();
        var first = await RunnerAsync(async (i, ct) =>
        {
            Executed(i);
            if (i == 3)
            {
                // Let 1, 2 and 4 finish and be recorded, however slow the store is (at most ~30 s; the asserts then tell).
                for (var wait = 0; wait < 3_000 && (await _runnerStore!.GetHistoryAsync(Day, ct)).Count < 3; wait++)
                    await Task.Delay(10, ct);
                crash.Cancel();
                ct.ThrowIfCancellationRequested();
            }
            return i;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.StartAsync("Steps", Day, 4, cancellationToken: crash.Token));

        var second = await RunnerAsync((i, _) =>
        {
            Executed(i);
            return Task.FromResult(i);
        });
        var resumed = await second.StartAsync("Steps", Day, 4, cancellationToken: Ct);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(10, resumed.ReadOutput<int>());
        Assert.Equal([1, 1, 2, 1], new[] { Count(1), Count(2), Count(3), Count(4) });
        var store = await OpenStoreAsync();
        Assert.Equal([1, 2, 3, 4], (await store.GetHistoryAsync(Day, Ct)).Select(e => e.Sequence));
        Assert.Equal(RunStatus.Completed, (await store.ListInstancesAsync(cancellationToken: Ct)).Single().Status);
    }
}
