using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// <see cref="IRunStore"/> over Azure Tables: three tables named from a prefix, created on first use.
/// <c>&lt;prefix&gt;Instances</c> (partition key <c>instance</c>, row key = escaped instance id),
/// <c>&lt;prefix&gt;History</c> (partition key = escaped instance id, row key = sequence zero-padded to 10 digits) and
/// <c>&lt;prefix&gt;Events</c> (partition key = escaped instance id, row key = event number zero-padded to 19 digits).
/// </summary>
/// <remarks>
/// <para>Semantics match <see cref="SqliteRunStore"/>. A history row is written with an insert that fails when the row
/// exists (409 Conflict): the first writer wins and a later writer reads the stored row back. An event's number is the
/// instance's highest number plus one, inserted the same way and retried with the next number on a conflict, so
/// numbers increase in arrival order per instance (they are not unique across instances, unlike SQLite's).</para>
/// <para>Keys: the characters the service forbids in keys (<c>/ \ # ?</c> and control characters) and the escape
/// character <c>~</c> itself are written as <c>~</c> followed by four hex digits of the UTF-16 code unit, so every
/// instance id maps to exactly one key and back.</para>
/// <para>Values: times are UTC <c>Edm.DateTime</c> properties (a <see cref="DateTimeKind.Unspecified"/> time is taken
/// as UTC, like the SQLite store); statuses and kinds by name; failures as JSON. A JSON text longer than a string
/// property holds (64 KiB, i.e. 32,768 UTF-16 characters) is split over the properties <c>Name</c>, <c>Name_1</c>,
/// <c>Name_2</c>, … of the same row; a row whose properties exceed the service's 1 MiB entity limit is refused with an
/// <see cref="ArgumentException"/> naming the row, before anything is sent.</para>
/// <para>Every query reads every page (at most <see cref="MaxPageSize"/> rows each, following the continuation
/// token until the service returns none). Instances are listed by reading the partition and sorting in memory.</para>
/// <para>Thread safety: every member is safe to call concurrently (the Azure clients are thread-safe), also from
/// several processes on one set of tables.</para>
/// </remarks>
public sealed partial class TableRunStore : IRunStore
{
    /// <summary>The most rows a page holds: the service's maximum.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The partition key of every instance row.</summary>
    public const string InstancePartition = "instance";

    private readonly int _pageSize;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _tablesExist;

    /// <summary>Creates a store whose tables are named from <paramref name="tablePrefix"/>, reached with a connection string.</summary>
    /// <param name="connectionString">A storage connection string (Azurite, or a key-based account).</param>
    /// <param name="tablePrefix">1-54 letters and digits, starting with a letter.</param>
    /// <param name="pageSize">Rows asked for per page, 1 to 1,000 (default 1,000).</param>
    public TableRunStore(string connectionString, string tablePrefix, int pageSize = MaxPageSize)
        : this(Service(connectionString), tablePrefix, pageSize)
    {
    }

    /// <summary>Creates a store whose tables are named from <paramref name="tablePrefix"/> in the account
    /// <paramref name="serviceUri"/> (e.g. <c>https://account.table.core.windows.net</c>), signed in with
    /// <paramref name="credential"/>.</summary>
    /// <param name="serviceUri">The account's table endpoint.</param>
    /// <param name="credential">E.g. a managed identity.</param>
    /// <param name="tablePrefix">1-54 letters and digits, starting with a letter.</param>
    /// <param name="pageSize">Rows asked for per page, 1 to 1,000 (default 1,000).</param>
    public TableRunStore(Uri serviceUri, TokenCredential credential, string tablePrefix, int pageSize = MaxPageSize)
        : this(new TableServiceClient(serviceUri, credential), tablePrefix, pageSize)
    {
    }

    private TableRunStore(TableServiceClient service, string tablePrefix, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        ThrowIfInvalidPrefix(tablePrefix);
        _pageSize = pageSize;
        Instances = service.GetTableClient(tablePrefix + "Instances");
        History = service.GetTableClient(tablePrefix + "History");
        Events = service.GetTableClient(tablePrefix + "Events");
    }

    /// <summary>The instances table.</summary>
    public TableClient Instances { get; }

    /// <summary>The history table.</summary>
    public TableClient History { get; }

    /// <summary>The events table.</summary>
    public TableClient Events { get; }

    /// <inheritdoc />
    public async Task<bool> TryCreateInstanceAsync(RunInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(InstancePartition, Key(instance.Id));
        entity[InstanceColumns.Orchestrator] = instance.Orchestrator;
        entity[InstanceColumns.Status] = instance.Status.ToString();
        SetText(entity, InstanceColumns.Input, instance.InputJson);
        SetText(entity, InstanceColumns.Output, instance.OutputJson);
        SetText(entity, InstanceColumns.Error, FailureJson(instance.Failure));
        entity[InstanceColumns.Created] = Utc(instance.CreatedUtc);
        entity[InstanceColumns.Updated] = Utc(instance.UpdatedUtc);
        SetText(entity, InstanceColumns.CustomStatus, instance.CustomStatusJson);
        ThrowIfTooLarge(entity, $"instance {instance.Id}");
        try
        {
            await Instances.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<RunInstance?> GetInstanceAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        var entity = await GetInstanceEntityAsync(id, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ToInstance(entity);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunInstance>> ListInstancesAsync(int? limit = null, CancellationToken cancellationToken = default)
    {
        if (limit is { } l)
            ArgumentOutOfRangeException.ThrowIfNegative(l, nameof(limit));
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryAsync(
            Instances, TableClient.CreateQueryFilter($"PartitionKey eq {InstancePartition}"), null, cancellationToken).ConfigureAwait(false);
        var ordered = rows.Select(ToInstance)
            .OrderByDescending(i => i.CreatedUtc)
            .ThenByDescending(i => i.Id.Value, StringComparer.Ordinal);
        return (limit is { } n ? ordered.Take(n) : ordered).ToList();
    }

    /// <inheritdoc />
    public Task UpdateStatusAsync(
        InstanceId id,
        RunStatus status,
        string? outputJson,
        ActivityFailureDetails? failure,
        DateTime updatedUtc,
        CancellationToken cancellationToken = default) =>
        UpdateInstanceAsync(id, entity =>
        {
            entity[InstanceColumns.Status] = status.ToString();
            SetText(entity, InstanceColumns.Output, outputJson);
            SetText(entity, InstanceColumns.Error, FailureJson(failure));
            entity[InstanceColumns.Updated] = Utc(updatedUtc);
        }, cancellationToken);

    /// <inheritdoc />
    public Task SetCustomStatusAsync(InstanceId id, string? customStatusJson, CancellationToken cancellationToken = default) =>
        UpdateInstanceAsync(id, entity => SetText(entity, InstanceColumns.CustomStatus, customStatusJson), cancellationToken);

    /// <inheritdoc />
    public async Task<HistoryEntry> AppendHistoryAsync(HistoryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.Sequence, nameof(entry));
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = ToEntity(entry);
        ThrowIfTooLarge(entity, $"history {entry.InstanceId} #{entry.Sequence}");
        while (true)
        {
            try
            {
                await History.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return entry;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Another writer got there first: its row is the outcome.
            }

            var existing = await History.GetEntityIfExistsAsync<TableEntity>(
                entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (existing.HasValue && existing.Value is { } row)
                return ToHistory(row);
            // Removed between the conflict and the read (a concurrent rewind): try to insert again.
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryAsync(History, TableClient.CreateQueryFilter($"PartitionKey eq {Key(id)}"), null, cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(ToHistory).OrderBy(e => e.Sequence).ToList();
    }

    /// <inheritdoc />
    public async Task<int> RemoveHistoryAsync(InstanceId id, int fromOrdinal, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryAsync(
            History,
            TableClient.CreateQueryFilter($"PartitionKey eq {Key(id)} and Ordinal ge {fromOrdinal}"),
            ["PartitionKey", "RowKey"],
            cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var row in rows)
        {
            var response = await History.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            if (response.Status != 404)
                removed++;
        }
        return removed;
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
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = Key(id);
        var raised = Utc(raisedUtc);
        var rows = await QueryAsync(Events, TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), ["RowKey"], cancellationToken)
            .ConfigureAwait(false);
        var number = rows.Count == 0 ? 1 : rows.Max(r => ParseNumber(r.RowKey)) + 1;
        while (true)
        {
            var entity = new TableEntity(partition, EventKey(number))
            {
                [EventColumns.Name] = name,
                [EventColumns.Raised] = raised,
            };
            SetText(entity, EventColumns.Payload, payloadJson);
            ThrowIfTooLarge(entity, $"event {name} of {id}");
            try
            {
                await Events.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return new RaisedEvent(number, id, name, payloadJson, raised);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                number++; // another writer took this number: the next one is ours unless taken too
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RaisedEvent>> GetEventsAsync(InstanceId id, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryAsync(Events, TableClient.CreateQueryFilter($"PartitionKey eq {Key(id)}"), null, cancellationToken)
            .ConfigureAwait(false);
        return rows
            .Select(r => new RaisedEvent(
                ParseNumber(r.RowKey), id, r.GetString(EventColumns.Name), GetText(r, EventColumns.Payload), GetUtc(r, EventColumns.Raised)))
            .OrderBy(e => e.Number)
            .ToList();
    }

    private async Task<TableEntity?> GetInstanceEntityAsync(InstanceId id, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var found = await Instances.GetEntityIfExistsAsync<TableEntity>(InstancePartition, Key(id), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Read, change, replace if unchanged since the read (ETag); again on a concurrent change.</summary>
    private async Task UpdateInstanceAsync(InstanceId id, Action<TableEntity> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entity = await GetInstanceEntityAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no instance {id}.");
            change(entity);
            ThrowIfTooLarge(entity, $"instance {id}");
            try
            {
                await Instances.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Changed since the read: read it again.
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                throw new InvalidOperationException($"There is no instance {id}.", ex);
            }
        }
    }

    /// <summary>Every entity matching <paramref name="filter"/>, page after page until no continuation is left.</summary>
    private async Task<List<TableEntity>> QueryAsync(
        TableClient table,
        string filter,
        IEnumerable<string>? select,
        CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        // AsPages requests the next page with the previous page's continuation token until the service returns none.
        var pages = table.QueryAsync<TableEntity>(filter, _pageSize, select, cancellationToken).AsPages(pageSizeHint: _pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
            rows.AddRange(page.Values);
        return rows;
    }

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (_tablesExist)
            return;
        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_tablesExist)
            {
                foreach (var table in new[] { Instances, History, Events })
                    await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _tablesExist = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    private static TableServiceClient Service(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new TableServiceClient(connectionString);
    }

    private static void ThrowIfInvalidPrefix(string tablePrefix)
    {
        if (tablePrefix is not { Length: >= 1 and <= 54 } || !char.IsAsciiLetter(tablePrefix[0]) ||
            !tablePrefix.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"invalid table prefix '{tablePrefix}': 1-54 letters and digits, starting with a letter", nameof(tablePrefix));
        }
    }

    private static string EventKey(long number) => number.ToString("D19", CultureInfo.InvariantCulture);

    private static long ParseNumber(string rowKey) => long.Parse(rowKey, NumberStyles.None, CultureInfo.InvariantCulture);
}
