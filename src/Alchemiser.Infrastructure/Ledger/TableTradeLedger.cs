using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Ledger;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace Alchemiser.Infrastructure.Ledger;

/// <summary>
/// <see cref="ITradeLedger"/> in an Azure Table: partition key = trading date (<c>yyyy-MM-dd</c>), row key = client
/// order id; the table is created on the first write.
/// </summary>
/// <remarks>
/// <para>A write is one upsert in replace mode, so the row holds exactly the last entry written for its client order
/// id. Decimals are stored as invariant strings (the service's Edm.Double would lose digits) and timestamps as UTC
/// round-trip strings.</para>
/// <para>A listing reads every page: the service returns at most 1,000 entities per page and a continuation token,
/// which is followed until the service hands back none. Listing a day range is a range query on the partition key; a
/// daily instance id narrows the instance query to its partition.</para>
/// <para>Thread safety: every member is safe to call concurrently (the Azure clients are thread-safe).</para>
/// </remarks>
public sealed class TableTradeLedger : ITradeLedger
{
    /// <summary>The most rows a page holds: the service's maximum.</summary>
    public const int MaxPageSize = 1000;

    private readonly TableClient _table;
    private readonly int _pageSize;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _tableExists;

    /// <summary>Creates a ledger in table <paramref name="tableName"/> reached with a connection string.</summary>
    /// <param name="connectionString">A storage connection string (Azurite, or a key-based account).</param>
    /// <param name="tableName">3-63 letters and digits, starting with a letter.</param>
    /// <param name="pageSize">Rows asked for per page, 1 to 1,000 (default 1,000).</param>
    public TableTradeLedger(string connectionString, string tableName, int pageSize = MaxPageSize)
        : this(Client(connectionString, tableName), pageSize)
    {
    }

    /// <summary>Creates a ledger in table <paramref name="tableName"/> of the account <paramref name="serviceUri"/>
    /// (e.g. <c>https://account.table.core.windows.net</c>), signed in with <paramref name="credential"/>.</summary>
    /// <param name="serviceUri">The account's table endpoint.</param>
    /// <param name="credential">E.g. a managed identity.</param>
    /// <param name="tableName">3-63 letters and digits, starting with a letter.</param>
    /// <param name="pageSize">Rows asked for per page, 1 to 1,000 (default 1,000).</param>
    public TableTradeLedger(Uri serviceUri, TokenCredential credential, string tableName, int pageSize = MaxPageSize)
        : this(new TableClient(serviceUri, ThrowIfInvalidTableName(tableName), credential), pageSize)
    {
    }

    private TableTradeLedger(TableClient table, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        _table = table;
        _pageSize = pageSize;
    }

    /// <summary>The table client.</summary>
    public TableClient Table => _table;

    /// <inheritdoc />
    public async Task UpsertAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryRules.ThrowIfInvalid(entry);
        await EnsureTableAsync(cancellationToken);
        var entity = new TableEntity(LedgerColumns.Date(entry.TradingDate), entry.ClientOrderId);
        var values = LedgerColumns.ToValues(entry);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
                entity[LedgerColumns.Names[i]] = value;
        }

        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<LedgerEntry?> FindAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        LedgerEntryRules.ThrowIfInvalidClientOrderId(clientOrderId);
        var found = await QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {clientOrderId}"), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey ge {LedgerColumns.Date(from)} and PartitionKey le {LedgerColumns.Date(to)}"),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> ListByInstanceAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        if (instanceId.Value is null)
            throw new ArgumentException("the instance id is the default value", nameof(instanceId));
        var filter = instanceId.TradingDate is { } date
            ? TableClient.CreateQueryFilter($"PartitionKey eq {LedgerColumns.Date(date)} and InstanceId eq {instanceId.Value}")
            : TableClient.CreateQueryFilter($"InstanceId eq {instanceId.Value}");
        return QueryAsync(filter, cancellationToken);
    }

    /// <summary>Every entity matching <paramref name="filter"/>, page after page until no continuation is left.</summary>
    private async Task<IReadOnlyList<LedgerEntry>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var entries = new List<LedgerEntry>();
        try
        {
            // AsPages requests the next page with the previous page's continuation token until the service returns none.
            var pages = _table.QueryAsync<TableEntity>(filter, _pageSize, cancellationToken: cancellationToken).AsPages(pageSizeHint: _pageSize);
            await foreach (var page in pages)
            {
                foreach (var entity in page.Values)
                    entries.Add(LedgerColumns.FromValues(name => entity.TryGetValue(name, out var value) ? value : null));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return []; // the table does not exist yet: nothing was written
        }

        return LedgerColumns.Sorted(entries);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableExists)
            return;
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (!_tableExists)
            {
                await _table.CreateIfNotExistsAsync(cancellationToken);
                _tableExists = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    private static TableClient Client(string connectionString, string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new TableClient(connectionString, ThrowIfInvalidTableName(tableName));
    }

    private static string ThrowIfInvalidTableName(string tableName)
    {
        if (tableName is not { Length: >= 3 and <= 63 } || !char.IsAsciiLetter(tableName[0]) ||
            !tableName.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"invalid table name '{tableName}': 3-63 letters and digits, starting with a letter", nameof(tableName));
        }

        return tableName;
    }
}
