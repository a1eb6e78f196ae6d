using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>
/// What every <see cref="IRunStore"/> must do, run once per adapter (<see cref="SqliteRunStoreTests"/>,
/// <see cref="TableRunStoreTests"/>).
/// </summary>
public abstract class RunStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTime T0 = new(2026, 11, 24, 20, 30, 0, DateTimeKind.Utc);
    protected static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    private IRunStore? _store;

    /// <summary>The store under test: empty at the start of each test.</summary>
    protected IRunStore Store => _store ?? throw new InvalidOperationException("not initialized");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates a fresh, empty store.</summary>
    protected abstract Task<IRunStore> CreateStoreAsync();

    /// <summary>A second store over the same storage as <see cref="Store"/> (another process, or a restart).</summary>
    protected abstract Task<IRunStore> ReopenAsync();

    protected static RunInstance Instance(InstanceId id, DateTime created, RunStatus status = RunStatus.Pending) =>
        new(id, "DailyRun", status, """{"date":"2026-11-24"}""", null, null, created, created);

    protected static HistoryEntry Entry(int sequence, string output, int ordinal, InstanceId? id = null) =>
        new(id ?? Day, sequence, HistoryKind.ActivityCompleted, "EvaluateStrategy", $$"""{"file":"s{{sequence}}.clj"}""", output, null,
            T0.AddSeconds(sequence), T0.AddSeconds(sequence + 1.5), ordinal, Attempts: 1);

    [Fact]
    public async Task TryCreateInstanceAsync_ExistingId_ReturnsFalseAndKeepsTheFirst()
    {
        Assert.True(await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct));
        Assert.False(await Store.TryCreateInstanceAsync(Instance(Day, T0.AddHours(1), RunStatus.Completed), Ct));

        var stored = await Store.GetInstanceAsync(Day, Ct);
        Assert.Equal(RunStatus.Pending, stored?.Status);
        Assert.Equal(T0, stored?.CreatedUtc);
    }

    [Fact]
    public async Task AppendHistoryAsync_SameSequenceTwice_FirstWriterWins()
    {
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        var first = Entry(1, "\"first\"", 1);
        var second = Entry(1, "\"second\"", 2);

        var a = await Store.AppendHistoryAsync(first, Ct);
        var b = await Store.AppendHistoryAsync(second, Ct);

        Assert.Equal(first, a);
        Assert.Equal(first, b);
        Assert.Equal("\"first\"", Assert.Single(await Store.GetHistoryAsync(Day, Ct)).OutputJson);
    }

    [Fact]
    public async Task AppendHistoryAsync_ConcurrentWritersOfOneSequence_AllGetTheSameRow()
    {
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        var otherStore = await ReopenAsync(); // a second process on the same storage

        var writes = Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? Store : otherStore).AppendHistoryAsync(Entry(1, $"\"writer {i}\"", 1), Ct))
            .ToList();
        var rows = await Task.WhenAll(writes);

        Assert.Single(rows.Distinct());
        Assert.Single(await Store.GetHistoryAsync(Day, Ct));
    }

    [Fact]
    public async Task ListInstancesAsync_NewestFirstWithLimit()
    {
        var older = InstanceId.Parse("2026-11-23");
        var rerun = InstanceId.Parse("2026-11-24#2");
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await Store.TryCreateInstanceAsync(Instance(older, T0.AddDays(-1)), Ct);
        await Store.TryCreateInstanceAsync(Instance(rerun, T0.AddHours(2)), Ct);

        var all = await Store.ListInstancesAsync(cancellationToken: Ct);
        var two = await Store.ListInstancesAsync(2, Ct);

        Assert.Equal([rerun, Day, older], all.Select(i => i.Id));
        Assert.Equal([rerun, Day], two.Select(i => i.Id));
    }

    [Fact]
    public async Task GetHistoryAsync_Timeline_IsOrderedBySequence()
    {
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await Store.AppendHistoryAsync(Entry(3, "3", 1), Ct);
        await Store.AppendHistoryAsync(Entry(1, "1", 3), Ct);
        await Store.AppendHistoryAsync(Entry(2, "2", 2), Ct);

        var timeline = await Store.GetHistoryAsync(Day, Ct);

        Assert.Equal([1, 2, 3], timeline.Select(e => e.Sequence));
        Assert.Equal([3, 2, 1], timeline.Select(e => e.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(1.5), timeline[0].Duration);
    }

    [Fact]
    public async Task RemoveHistoryAsync_FromOrdinal_DeletesThatAndLaterDeliveries()
    {
        await Store.AppendHistoryAsync(Entry(1, "1", 1), Ct);
        await Store.AppendHistoryAsync(Entry(2, "2", 3), Ct);
        await Store.AppendHistoryAsync(Entry(3, "3", 2), Ct);

        var removed = await Store.RemoveHistoryAsync(Day, 2, Ct);

        Assert.Equal(2, removed);
        Assert.Equal([1], (await Store.GetHistoryAsync(Day, Ct)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task UpdateStatusAsync_UnknownInstance_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.UpdateStatusAsync(Day, RunStatus.Running, null, null, T0, Ct));

    [Fact]
    public async Task Reopen_ReadsEverythingBack()
    {
        var failure = new ActivityFailureDetails("System.TimeoutException", "broker timed out", "at Broker.Get()",
            new ActivityFailureDetails("System.IO.IOException", "reset"));
        var failed = new HistoryEntry(Day, 2, HistoryKind.ActivityFailed, "PlanRebalance", "{}", null, failure, T0, T0.AddSeconds(15), 2, 3);
        var raised = new HistoryEntry(Day, 3, HistoryKind.EventRaised, "ExecutionCompleted", null, """{"fills":3}""", null, T0, T0.AddMinutes(4), 3, 0, 1);
        var timedOut = new HistoryEntry(Day, 4, HistoryKind.TimedOut, "Approval", null, null, null, T0, T0.AddHours(1), 4);
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await Store.AppendHistoryAsync(Entry(1, """{"weights":{"SPY":1.0}}""", 1), Ct);
        await Store.AppendHistoryAsync(failed, Ct);
        var ev = await Store.AppendEventAsync(Day, "ExecutionCompleted", """{"fills":3}""", T0.AddMinutes(3), Ct);
        await Store.AppendEventAsync(Day, "Other", null, T0.AddMinutes(5), Ct);
        await Store.AppendHistoryAsync(raised, Ct);
        await Store.AppendHistoryAsync(timedOut, Ct);
        await Store.SetCustomStatusAsync(Day, "\"executing\"", Ct);
        await Store.UpdateStatusAsync(Day, RunStatus.Failed, null, failure, T0.AddHours(1), Ct);

        var reopened = await ReopenAsync();
        var instance = await reopened.GetInstanceAsync(Day, Ct);
        var history = await reopened.GetHistoryAsync(Day, Ct);
        var events = await reopened.GetEventsAsync(Day, Ct);

        Assert.Equal(
            new RunInstance(Day, "DailyRun", RunStatus.Failed, """{"date":"2026-11-24"}""", null, failure, T0, T0.AddHours(1), "\"executing\""),
            instance);
        Assert.Equal([Entry(1, """{"weights":{"SPY":1.0}}""", 1), failed, raised, timedOut], history);
        Assert.Equal(DateTimeKind.Utc, history[0].StartedUtc.Kind);
        Assert.Equal(
            [new RaisedEvent(1, Day, "ExecutionCompleted", """{"fills":3}""", T0.AddMinutes(3)), new RaisedEvent(2, Day, "Other", null, T0.AddMinutes(5))],
            events);
        Assert.Equal(1, ev.Number);
    }

    [Fact]
    public async Task SetCustomStatusAsync_UnknownInstance_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.SetCustomStatusAsync(Day, "\"x\"", Ct));

    [Fact]
    public async Task UpdateStatusAsync_Nulls_ClearOutputAndFailure()
    {
        var failure = new ActivityFailureDetails("System.Exception", "boom");
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await Store.UpdateStatusAsync(Day, RunStatus.Failed, "\"partial\"", failure, T0.AddMinutes(1), Ct);
        await Store.SetCustomStatusAsync(Day, "\"planning\"", Ct);

        await Store.UpdateStatusAsync(Day, RunStatus.Running, null, null, T0.AddMinutes(2), Ct);
        await Store.SetCustomStatusAsync(Day, null, Ct);

        Assert.Equal(
            Instance(Day, T0, RunStatus.Running) with { UpdatedUtc = T0.AddMinutes(2) },
            await Store.GetInstanceAsync(Day, Ct));
    }

    [Fact]
    public async Task ListInstancesAsync_LimitZero_ReturnsNothing()
    {
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);

        Assert.Empty(await Store.ListInstancesAsync(0, Ct));
        Assert.Null(await Store.GetInstanceAsync(InstanceId.Parse("2026-11-25"), Ct));
    }

    [Fact]
    public async Task Instances_IdsWithKeyCharacters_AreKeptApart()
    {
        InstanceId[] ids = [Day, InstanceId.Parse("2026-11-24#2"), InstanceId.Parse("a/b\\c?d%e~f#g'h")];
        for (var i = 0; i < ids.Length; i++)
        {
            await Store.TryCreateInstanceAsync(Instance(ids[i], T0.AddMinutes(i)), Ct);
            await Store.AppendHistoryAsync(Entry(1, $"{i}", 1, ids[i]), Ct);
            await Store.AppendEventAsync(ids[i], "Go", $"{i}", T0, Ct);
        }

        Assert.Equal(ids.Reverse(), (await Store.ListInstancesAsync(cancellationToken: Ct)).Select(i => i.Id));
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(ids[i], (await Store.GetInstanceAsync(ids[i], Ct))?.Id);
            Assert.Equal(Entry(1, $"{i}", 1, ids[i]), Assert.Single(await Store.GetHistoryAsync(ids[i], Ct)));
            Assert.Equal($"{i}", Assert.Single(await Store.GetEventsAsync(ids[i], Ct)).PayloadJson);
        }
    }

    [Fact]
    public async Task AppendEventAsync_ConcurrentRaisers_GetDistinctIncreasingNumbers()
    {
        var other = await ReopenAsync();

        var raised = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(i => (i % 2 == 0 ? Store : other).AppendEventAsync(Day, "Fill", $"{i}", T0.AddSeconds(i), Ct)));

        var events = await Store.GetEventsAsync(Day, Ct);
        Assert.Equal(12, raised.Select(e => e.Number).Distinct().Count());
        Assert.Equal(raised.Select(e => e.Number).Order(), events.Select(e => e.Number));
        Assert.Equal(raised.OrderBy(e => e.Number), events);
    }

    [Fact]
    public async Task LargeJson_RoundTrips()
    {
        var big = "\"" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i % 10}é😀")) + "\"";
        await Store.TryCreateInstanceAsync(Instance(Day, T0) with { InputJson = big }, Ct);
        await Store.UpdateStatusAsync(Day, RunStatus.Completed, big, null, T0, Ct);
        await Store.AppendHistoryAsync(Entry(1, big, 1), Ct);
        await Store.AppendEventAsync(Day, "Big", big, T0, Ct);

        var instance = await Store.GetInstanceAsync(Day, Ct);
        Assert.Equal(big, instance?.InputJson);
        Assert.Equal(big, instance?.OutputJson);
        Assert.Equal(big, Assert.Single(await Store.GetHistoryAsync(Day, Ct)).OutputJson);
        Assert.Equal(big, Assert.Single(await Store.GetEventsAsync(Day, Ct)).PayloadJson);
    }
}
