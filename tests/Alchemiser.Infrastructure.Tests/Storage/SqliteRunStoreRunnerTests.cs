using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The local durable runner on the SQLite store: a crash, a reopened file, a resumed run.</summary>
public sealed class SqliteRunStoreRunnerTests : IDisposable
{
    private static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.Zero));
    private readonly Dictionary<int, int> _executions = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private sealed class Steps : IOrchestrator<int, int>
    {
        public async Task<int> RunAsync(IWorkflowContext context, int input)
        {
            var tasks = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>("Step", i)).ToList();
            return (await Task.WhenAll(tasks)).Sum();
        }
    }

    private LocalDurableRunner Runner(Func<int, CancellationToken, Task<int>> step)
    {
        var registry = new WorkflowRegistry()
            .AddOrchestrator("Steps", () => new Steps())
            .AddActivity("Step", step);
        return new LocalDurableRunner(registry, new SqliteRunStore(_temp.Path), _time);
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
        var first = Runner(async (i, ct) =>
        {
            Executed(i);
            if (i == 3)
            {
                await Task.Delay(200, ct); // let 1, 2 and 4 finish and be recorded
                crash.Cancel();
                ct.ThrowIfCancellationRequested();
            }
            return i;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.StartAsync("Steps", Day, 4, cancellationToken: crash.Token));
        SqliteConnection.ClearAllPools();

        var resumed = await Runner((i, _) =>
        {
            Executed(i);
            return Task.FromResult(i);
        }).StartAsync("Steps", Day, 4, cancellationToken: Ct);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(10, resumed.ReadOutput<int>());
        Assert.Equal([1, 1, 2, 1], new[] { Count(1), Count(2), Count(3), Count(4) });
        var store = new SqliteRunStore(_temp.Path);
        Assert.Equal([1, 2, 3, 4], (await store.GetHistoryAsync(Day, Ct)).Select(e => e.Sequence));
        Assert.Equal(RunStatus.Completed, (await store.ListInstancesAsync(cancellationToken: Ct)).Single().Status);
    }
}
