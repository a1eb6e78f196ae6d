using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="IRunStore"/> contract over a SQLite file, and what is particular to it.</summary>
public sealed class SqliteRunStoreTests : RunStoreContractTests
{
    private readonly TempFolder _temp = new();

    private SqliteRunStore Sqlite => (SqliteRunStore)Store;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    protected override Task<IRunStore> CreateStoreAsync() => Task.FromResult<IRunStore>(new SqliteRunStore(_temp.Combine("home")));

    protected override Task<IRunStore> ReopenAsync()
    {
        SqliteConnection.ClearAllPools();
        return CreateStoreAsync();
    }

    [Fact]
    public async Task Constructor_CreatesRunsDbInWalMode()
    {
        await Store.TryCreateInstanceAsync(Instance(Day, T0), Ct);

        Assert.Equal(Path.Combine(_temp.Combine("home"), "runs.db"), Sqlite.DatabasePath);
        Assert.True(File.Exists(Sqlite.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={Sqlite.DatabasePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task History_UniqueKey_RejectsASecondRowForOneSequence()
    {
        await Store.AppendHistoryAsync(Entry(1, "1", 1), Ct);
        await using var connection = new SqliteConnection($"Data Source={Sqlite.DatabasePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO history (instance_id, sequence, kind, name, started_utc, ended_utc, ordinal, attempts)
            VALUES ('2026-11-24', 1, 'ActivityCompleted', 'X', 'a', 'b', 9, 1)
            """;

        var failure = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync(Ct));

        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
    }
}
