using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// The embedded <see cref="IRunStore"/>: one SQLite file, <c>&lt;home&gt;/runs.db</c>, in WAL mode. Tables
/// <c>instances</c>, <c>history</c> (UNIQUE (instance_id, sequence): a second write of a call's outcome is ignored
/// and the first one is returned) and <c>events</c> (buffered external events). Times are stored as ISO 8601 UTC text,
/// failures as JSON.
/// </summary>
/// <remarks>Thread safe: every call opens its own pooled connection; SQLite serializes writers.</remarks>
public sealed partial class SqliteRunStore : IRunStore
{
    /// <summary>The database file's name inside the home folder.</summary>
    public const string FileName = "runs.db";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    /// <summary>Uses (and creates on first use) <c>runs.db</c> in <paramref name="home"/>.</summary>
    /// <param name="home">The local state folder; created if missing.</param>
    public SqliteRunStore(string home)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        DatabasePath = Path.Combine(home, FileName);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ToString();
        _schema = new Lazy<Task>(() => CreateSchemaAsync(home));
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task<bool> TryCreateInstanceAsync(RunInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO instances (id, orchestrator, status, input, output, error, created_utc, updated_utc, custom_status)
            VALUES ($id, $orchestrator, $status, $input, $output, $error, $created, $updated, $custom)
            ON CONFLICT(id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", instance.Id.Value);
        command.Parameters.AddWithValue("$orchestrator", instance.Orchestrator);
        command.Parameters.AddWithValue("$status", instance.Status.ToString());
        command.Parameters.AddWithValue("$input", Db(instance.InputJson));
        command.Parameters.AddWithValue("$output", Db(instance.OutputJson));
        command.Parameters.AddWithValue("$error", Db(FailureJson(instance.Failure)));
        command.Parameters.AddWithValue("$created", Time(instance.CreatedUtc));
        command.Parameters.AddWithValue("$updated", Time(instance.UpdatedUtc));
        command.Parameters.AddWithValue("$custom", Db(instance.CustomStatusJson));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<RunInstance?> GetInstanceAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        var found = await QueryInstancesAsync("WHERE id = $id", command => command.Parameters.AddWithValue("$id", id.Value), cancellationToken)
            .ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunInstance>> ListInstancesAsync(int? limit = null, CancellationToken cancellationToken = default)
    {
        if (limit is { } l)
            ArgumentOutOfRangeException.ThrowIfNegative(l, nameof(limit));
        return QueryInstancesAsync(
            "ORDER BY created_utc DESC, id DESC LIMIT $limit",
            command => command.Parameters.AddWithValue("$limit", limit ?? -1),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateStatusAsync(
        InstanceId id,
        RunStatus status,
        string? outputJson,
        ActivityFailureDetails? failure,
        DateTime updatedUtc,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE instances SET status = $status, output = $output, error = $error, updated_utc = $updated WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.Value);
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$output", Db(outputJson));
        command.Parameters.AddWithValue("$error", Db(FailureJson(failure)));
        command.Parameters.AddWithValue("$updated", Time(updatedUtc));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            throw new InvalidOperationException($"There is no instance {id}.");
    }

    /// <inheritdoc />
    public async Task SetCustomStatusAsync(InstanceId id, string? customStatusJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE instances SET custom_status = $custom WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.Value);
        command.Parameters.AddWithValue("$custom", Db(customStatusJson));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            throw new InvalidOperationException($"There is no instance {id}.");
    }

    /// <inheritdoc />
    public async Task<HistoryEntry> AppendHistoryAsync(HistoryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO history (instance_id, sequence, kind, name, input, output, error, started_utc, ended_utc, ordinal, attempts, event_number)
                VALUES ($instance, $sequence, $kind, $name, $input, $output, $error, $started, $ended, $ordinal, $attempts, $event)
                ON CONFLICT(instance_id, sequence) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$instance", entry.InstanceId.Value);
            insert.Parameters.AddWithValue("$sequence", entry.Sequence);
            insert.Parameters.AddWithValue("$kind", entry.Kind.ToString());
            insert.Parameters.AddWithValue("$name", entry.Name);
            insert.Parameters.AddWithValue("$input", Db(entry.InputJson));
            insert.Parameters.AddWithValue("$output", Db(entry.OutputJson));
            insert.Parameters.AddWithValue("$error", Db(FailureJson(entry.Failure)));
            insert.Parameters.AddWithValue("$started", Time(entry.StartedUtc));
            insert.Parameters.AddWithValue("$ended", Time(entry.EndedUtc));
            insert.Parameters.AddWithValue("$ordinal", entry.Ordinal);
            insert.Parameters.AddWithValue("$attempts", entry.Attempts);
            insert.Parameters.AddWithValue("$event", entry.EventNumber is { } n ? n : DBNull.Value);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                return entry;
        }
        var existing = await QueryHistoryAsync(connection, "WHERE instance_id = $instance AND sequence = $sequence", command =>
        {
            command.Parameters.AddWithValue("$instance", entry.InstanceId.Value);
            command.Parameters.AddWithValue("$sequence", entry.Sequence);
        }, cancellationToken).ConfigureAwait(false);
        return existing[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryHistoryAsync(connection, "WHERE instance_id = $instance ORDER BY sequence", command =>
            command.Parameters.AddWithValue("$instance", id.Value), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> RemoveHistoryAsync(InstanceId id, int fromOrdinal, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM history WHERE instance_id = $instance AND ordinal >= $ordinal";
        command.Parameters.AddWithValue("$instance", id.Value);
        command.Parameters.AddWithValue("$ordinal", fromOrdinal);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<RaisedEvent> AppendEventAsync(
        InstanceId id,
        string name,
        string? payloadJson,
        DateTime raisedUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO events (instance_id, name, payload, raised_utc) VALUES ($instance, $name, $payload, $raised)
            RETURNING number
            """;
        command.Parameters.AddWithValue("$instance", id.Value);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$payload", Db(payloadJson));
        command.Parameters.AddWithValue("$raised", Time(raisedUtc));
        var number = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new RaisedEvent(number, id, name, payloadJson, DateTime.SpecifyKind(raisedUtc, DateTimeKind.Utc));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RaisedEvent>> GetEventsAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, name, payload, raised_utc FROM events WHERE instance_id = $instance ORDER BY number";
        command.Parameters.AddWithValue("$instance", id.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<RaisedEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            events.Add(new RaisedEvent(reader.GetInt64(0), id, reader.GetString(1), Text(reader, 2), ParseTime(reader.GetString(3))));
        return events;
    }
}
