using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Ledger;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Ledger;

/// <summary>
/// <see cref="ITradeLedger"/> in a SQLite file (e.g. <c>&lt;home&gt;/ledger.db</c>), the embedded default: one table
/// whose primary key is the client order id, written with <c>INSERT … ON CONFLICT DO UPDATE</c>.
/// </summary>
/// <remarks>
/// <para>Decimals are stored as invariant TEXT, never REAL, so value and scale come back exactly; timestamps as UTC
/// round-trip text. The file is in WAL mode; the table and its indexes are created on first use.</para>
/// <para>Thread safety: every member is safe to call concurrently, from several processes (SQLite serializes writers;
/// a busy database is retried for the command timeout).</para>
/// </remarks>
public sealed class SqliteTradeLedger : ITradeLedger
{
    private const string Table = "ledger";

    private static readonly string SelectColumns = string.Join(", ", LedgerColumns.Names);

    private readonly string _connectionString;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Creates a ledger in the SQLite file <paramref name="path"/>; it and its folder are created on first use.</summary>
    public SqliteTradeLedger(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task UpsertAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryRules.ThrowIfInvalid(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = LedgerColumns.Names;
        command.CommandText =
            $"INSERT INTO {Table} ({SelectColumns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))}) " +
            $"ON CONFLICT({LedgerColumns.ClientOrderId}) DO UPDATE SET " +
            string.Join(", ", names.Skip(1).Select(n => $"{n} = excluded.{n}"));
        var values = LedgerColumns.ToValues(entry);
        for (var i = 0; i < names.Count; i++)
            command.Parameters.AddWithValue("$" + names[i], values[i] ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<LedgerEntry?> FindAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        LedgerEntryRules.ThrowIfInvalidClientOrderId(clientOrderId);
        var found = await QueryAsync($"{LedgerColumns.ClientOrderId} = $id", [("$id", clientOrderId)], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"{LedgerColumns.TradingDate} BETWEEN $from AND $to",
            [("$from", LedgerColumns.Date(from)), ("$to", LedgerColumns.Date(to))],
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> ListByInstanceAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        if (instanceId.Value is null)
            throw new ArgumentException("the instance id is the default value", nameof(instanceId));
        return QueryAsync($"{LedgerColumns.InstanceId} = $instance", [("$instance", instanceId.Value)], cancellationToken);
    }

    private async Task<IReadOnlyList<LedgerEntry>> QueryAsync(
        string where, (string Name, string Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {SelectColumns} FROM {Table} WHERE {where} " +
            $"ORDER BY {LedgerColumns.TradingDate}, {LedgerColumns.ClientOrderId}";
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var entries = new List<LedgerEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(LedgerColumns.FromValues(name =>
            {
                var value = reader.GetValue(reader.GetOrdinal(name));
                return value is DBNull ? null : value;
            }));
        }

        // SQLite's BINARY collation already gives this order; sorting again keeps both adapters identical.
        return LedgerColumns.Sorted(entries);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
            await CreateSchemaAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
                return;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            var columns = LedgerColumns.Names.Select(n => n switch
            {
                LedgerColumns.ClientOrderId => $"{n} TEXT NOT NULL PRIMARY KEY",
                nameof(LedgerEntry.Step) => $"{n} INTEGER NOT NULL",
                nameof(LedgerEntry.TimeToFillMs) => $"{n} INTEGER NULL",
                nameof(LedgerEntry.LimitPrice) or nameof(LedgerEntry.FirstFillAt) or nameof(LedgerEntry.LastFillAt) => $"{n} TEXT NULL",
                _ => $"{n} TEXT NOT NULL",
            });
            command.CommandText =
                "PRAGMA journal_mode = WAL;" +
                $"CREATE TABLE IF NOT EXISTS {Table} ({string.Join(", ", columns)});" +
                $"CREATE INDEX IF NOT EXISTS {Table}_by_date ON {Table} ({LedgerColumns.TradingDate}, {LedgerColumns.ClientOrderId});" +
                $"CREATE INDEX IF NOT EXISTS {Table}_by_instance ON {Table} ({LedgerColumns.InstanceId});";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
