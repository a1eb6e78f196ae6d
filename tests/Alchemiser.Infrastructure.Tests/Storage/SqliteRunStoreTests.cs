using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed class SqliteRunStoreTests : IDisposable
{
    private static readonly DateTime T0 = new(2026, 11, 24, 20, 30, 0, DateTimeKind.Utc);
    private static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    private readonly TempFolder _temp = new();
    private readonly SqliteRunStore _store;

    public SqliteRunStoreTests() => _store = new SqliteRunStore(_temp.Combine("home"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static RunInstance Instance(InstanceId id, DateTime created, RunStatus status = RunStatus.Pending) =>
        new(id, "DailyRun", status, """{"date":"2026-11-24"}""", null, null, created, created);

    private static HistoryEntry Entry(int sequence, string output, int ordinal) =>
        new(Day, sequence, HistoryKind.ActivityCompleted, "EvaluateStrategy", $$"""{"file":"s{{sequence}}.clj"}""", output, null,
            T0.AddSeconds(sequence), T0.AddSeconds(sequence + 1.5), ordinal, Attempts: 1);

    [Fact]
    public async Task Constructor_CreatesRunsDbInWalMode()
    {
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);

        Assert.Equal(Path.Combine(_temp.Combine("home"), "runs.db"), _store.DatabasePath);
        Assert.True(File.Exists(_store.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task TryCreateInstanceAsync_ExistingId_ReturnsFalseAndKeepsTheFirst()
    {
        Assert.True(await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct));
        Assert.False(await _store.TryCreateInstanceAsync(Instance(Day, T0.AddHours(1), RunStatus.Completed), Ct));

        var stored = await _store.GetInstanceAsync(Day, Ct);
        Assert.Equal(RunStatus.Pending, stored?.Status);
        Assert.Equal(T0, stored?.CreatedUtc);
    }

    [Fact]
    public async Task AppendHistoryAsync_SameSequenceTwice_FirstWriterWins()
    {
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        var first = Entry(1, "\"first\"", 1);
        var second = Entry(1, "\"second\"", 2);

        var a = await _store.AppendHistoryAsync(first, Ct);
        var b = await _store.AppendHistoryAsync(second, Ct);

        Assert.Equal(first, a);
        Assert.Equal(first, b);
        Assert.Equal("\"first\"", Assert.Single(await _store.GetHistoryAsync(Day, Ct)).OutputJson);
    }

    [Fact]
    public async Task AppendHistoryAsync_ConcurrentWritersOfOneSequence_AllGetTheSameRow()
    {
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        var otherStore = new SqliteRunStore(_temp.Combine("home")); // a second process on the same file

        var writes = Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? _store : otherStore).AppendHistoryAsync(Entry(1, $"\"writer {i}\"", 1), Ct))
            .ToList();
        var rows = await Task.WhenAll(writes);

        Assert.Single(rows.Distinct());
        Assert.Single(await _store.GetHistoryAsync(Day, Ct));
    }

    [Fact]
    public async Task History_UniqueKey_RejectsASecondRowForOneSequence()
    {
        await _store.AppendHistoryAsync(Entry(1, "1", 1), Ct);
        await using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO history (instance_id, sequence, kind, name, started_utc, ended_utc, ordinal, attempts)
            VALUES ('2026-11-24', 1, 'ActivityCompleted', 'X', 'a', 'b', 9, 1)
            """;

        var failure = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync(Ct));

        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    [Fact]
    public async Task ListInstancesAsync_NewestFirstWithLimit()
    {
        var older = InstanceId.Parse("2026-11-23");
        var rerun = InstanceId.Parse("2026-11-24#2");
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await _store.TryCreateInstanceAsync(Instance(older, T0.AddDays(-1)), Ct);
        await _store.TryCreateInstanceAsync(Instance(rerun, T0.AddHours(2)), Ct);

        var all = await _store.ListInstancesAsync(cancellationToken: Ct);
        var two = await _store.ListInstancesAsync(2, Ct);

        Assert.Equal([rerun, Day, older], all.Select(i => i.Id));
        Assert.Equal([rerun, Day], two.Select(i => i.Id));
    }

    [Fact]
    public async Task GetHistoryAsync_Timeline_IsOrderedBySequence()
    {
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await _store.AppendHistoryAsync(Entry(3, "3", 1), Ct);
        await _store.AppendHistoryAsync(Entry(1, "1", 3), Ct);
        await _store.AppendHistoryAsync(Entry(2, "2", 2), Ct);

        var timeline = await _store.GetHistoryAsync(Day, Ct);

        Assert.Equal([1, 2, 3], timeline.Select(e => e.Sequence));
        Assert.Equal([3, 2, 1], timeline.Select(e => e.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(1.5), timeline[0].Duration);
    }

    [Fact]
    public async Task RemoveHistoryAsync_FromOrdinal_DeletesThatAndLaterDeliveries()
    {
        await _store.AppendHistoryAsync(Entry(1, "1", 1), Ct);
        await _store.AppendHistoryAsync(Entry(2, "2", 3), Ct);
        await _store.AppendHistoryAsync(Entry(3, "3", 2), Ct);

        var removed = await _store.RemoveHistoryAsync(Day, 2, Ct);

        Assert.Equal(2, removed);
        Assert.Equal([1], (await _store.GetHistoryAsync(Day, Ct)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task UpdateStatusAsync_UnknownInstance_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _store.UpdateStatusAsync(Day, RunStatus.Running, null, null, T0, Ct));

    [Fact]
    public async Task Reopen_ReadsEverythingBack()
    {
        var failure = new ActivityFailureDetails("System.TimeoutException", "broker timed out", "at Broker.Get()",
            new ActivityFailureDetails("System.IO.IOException", "reset"));
        var failed = new HistoryEntry(Day, 2, HistoryKind.ActivityFailed, "PlanRebalance", "{}", null, failure, T0, T0.AddSeconds(15), 2, 3);
        var raised = new HistoryEntry(Day, 3, HistoryKind.EventRaised, "ExecutionCompleted", null, """{"fills":3}""", null, T0, T0.AddMinutes(4), 3, 0, 1);
        var timedOut = new HistoryEntry(Day, 4, HistoryKind.TimedOut, "Approval", null, null, null, T0, T0.AddHours(1), 4);
        await _store.TryCreateInstanceAsync(Instance(Day, T0), Ct);
        await _store.AppendHistoryAsync(Entry(1, """{"weights":{"SPY":1.0}}""", 1), Ct);
        await _store.AppendHistoryAsync(failed, Ct);
        var ev = await _store.AppendEventAsync(Day, "ExecutionCompleted", """{"fills":3}""", T0.AddMinutes(3), Ct);
        await _store.AppendEventAsync(Day, "Other", null, T0.AddMinutes(5), Ct);
        await _store.AppendHistoryAsync(raised, Ct);
        await _store.AppendHistoryAsync(timedOut, Ct);
        await _store.SetCustomStatusAsync(Day, "\"executing\"", Ct);
        await _store.UpdateStatusAsync(Day, RunStatus.Failed, null, failure, T0.AddHours(1), Ct);
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteRunStore(_temp.Combine("home"));
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
}
