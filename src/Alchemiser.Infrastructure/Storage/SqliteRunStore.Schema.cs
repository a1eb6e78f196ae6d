using System.Globalization;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>Schema, connections and row mapping.</summary>
public sealed partial class SqliteRunStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS instances (
            id            TEXT NOT NULL PRIMARY KEY,
            orchestrator  TEXT NOT NULL,
            status        TEXT NOT NULL,
            input         TEXT,
            output        TEXT,
            error         TEXT,
            created_utc   TEXT NOT NULL,
            updated_utc   TEXT NOT NULL,
            custom_status TEXT
        );
        CREATE INDEX IF NOT EXISTS instances_by_created ON instances (created_utc DESC, id DESC);
        CREATE TABLE IF NOT EXISTS history (
            instance_id  TEXT NOT NULL,
            sequence     INTEGER NOT NULL,
            kind         TEXT NOT NULL,
            name         TEXT NOT NULL,
            input        TEXT,
            output       TEXT,
            error        TEXT,
            started_utc  TEXT NOT NULL,
            ended_utc    TEXT NOT NULL,
            ordinal      INTEGER NOT NULL,
            attempts     INTEGER NOT NULL,
            event_number INTEGER,
            CONSTRAINT history_once UNIQUE (instance_id, sequence)
        );
        CREATE TABLE IF NOT EXISTS events (
            number      INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            name        TEXT NOT NULL,
            payload     TEXT,
            raised_utc  TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS events_by_instance ON events (instance_id, number);
        """;

    private const string InstanceColumns = "id, orchestrator, status, input, output, error, created_utc, updated_utc, custom_status";

    private const string HistoryColumns =
        "instance_id, sequence, kind, name, input, output, error, started_utc, ended_utc, ordinal, attempts, event_number";

    private async Task CreateSchemaAsync(string home)
    {
        Directory.CreateDirectory(home);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // WAL with NORMAL sync: every commit survives the process being killed (the WAL is written before the commit
            // returns); only a power loss can drop the last commits. FULL would flush the disk on every activity result.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IReadOnlyList<RunInstance>> QueryInstancesAsync(
        string clause,
        Action<SqliteCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {InstanceColumns} FROM instances {clause}";
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var instances = new List<RunInstance>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            instances.Add(new RunInstance(
                InstanceId.Parse(reader.GetString(0)),
                reader.GetString(1),
                Enum.Parse<RunStatus>(reader.GetString(2)),
                Text(reader, 3),
                Text(reader, 4),
                ParseFailure(Text(reader, 5)),
                ParseTime(reader.GetString(6)),
                ParseTime(reader.GetString(7)),
                Text(reader, 8)));
        }
        return instances;
    }

    private static async Task<IReadOnlyList<HistoryEntry>> QueryHistoryAsync(
        SqliteConnection connection,
        string clause,
        Action<SqliteCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {HistoryColumns} FROM history {clause}";
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<HistoryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new HistoryEntry(
                InstanceId.Parse(reader.GetString(0)),
                reader.GetInt32(1),
                Enum.Parse<HistoryKind>(reader.GetString(2)),
                reader.GetString(3),
                Text(reader, 4),
                Text(reader, 5),
                ParseFailure(Text(reader, 6)),
                ParseTime(reader.GetString(7)),
                ParseTime(reader.GetString(8)),
                reader.GetInt32(9),
                reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetInt64(11)));
        }
        return entries;
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Time(DateTime utc) =>
        (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTime ParseTime(string text) =>
        DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static string? FailureJson(ActivityFailureDetails? failure) =>
        failure is null ? null : JsonSerializer.Serialize(failure, WorkflowJson.Default);

    private static ActivityFailureDetails? ParseFailure(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ActivityFailureDetails>(json, WorkflowJson.Default);
}
