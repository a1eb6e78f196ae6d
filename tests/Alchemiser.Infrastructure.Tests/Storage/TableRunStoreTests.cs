using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Runs;
using Azure.Data.Tables;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The <see cref="IRunStore"/> contract over Azurite tables (a unique prefix per test), and what is particular to it.</summary>
public sealed class TableRunStoreTests(AzuriteFixture azurite) : RunStoreContractTests
{
    private readonly string _prefix = "runs" + Guid.NewGuid().ToString("N")[..16];
    private readonly List<TableRunStore> _created = [];
    private string? _connectionString;

    private TableRunStore Table => (TableRunStore)Store;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_created.Count > 0)
        {
            var store = _created[0];
            foreach (var table in new[] { store.Instances, store.History, store.Events })
                await table.DeleteAsync();
        }
    }

    protected override async Task<IRunStore> CreateStoreAsync() => await CreateAsync();

    protected override async Task<IRunStore> ReopenAsync() => await CreateAsync();

    private async Task<TableRunStore> CreateAsync(int pageSize = TableRunStore.MaxPageSize)
    {
        _connectionString ??= await azurite.GetConnectionStringAsync();
        var store = new TableRunStore(_connectionString, _prefix, pageSize);
        _created.Add(store);
        return store;
    }

    [Fact]
    public void Constructor_InvalidPrefix_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TableRunStore("UseDevelopmentStorage=true", "1runs"));
        Assert.Throws<ArgumentException>(() => new TableRunStore("UseDevelopmentStorage=true", "runs-x"));
        Assert.Throws<ArgumentException>(() => new TableRunStore("UseDevelopmentStorage=true", new string('a', 55)));
    }

    [Fact]
    public async Task Rows_AreKeyedAsDocumented()
    {
        var rerun = InstanceId.Parse("2026-11-24#2");
        await Store.TryCreateInstanceAsync(Instance(rerun, T0), Ct);
        await Store.AppendHistoryAsync(Entry(7, "7", 1, rerun), Ct);
        await Store.AppendEventAsync(rerun, "Go", null, T0, Ct);

        var instance = (await Table.Instances.GetEntityAsync<TableEntity>("instance", "2026-11-24~00232", cancellationToken: Ct)).Value;
        var history = (await Table.History.GetEntityAsync<TableEntity>("2026-11-24~00232", "0000000007", cancellationToken: Ct)).Value;
        var ev = (await Table.Events.GetEntityAsync<TableEntity>("2026-11-24~00232", "0000000000000000001", cancellationToken: Ct)).Value;

        Assert.Equal("Pending", instance.GetString("Status"));
        Assert.Equal(T0, instance.GetDateTime("CreatedUtc"));
        Assert.Equal(1, history.GetInt32("Ordinal"));
        Assert.Equal("Go", ev.GetString("Name"));
    }

    [Fact]
    public async Task Queries_SmallPages_FollowEveryContinuation()
    {
        var store = await CreateAsync(pageSize: 3);
        for (var i = 1; i <= 10; i++)
        {
            var id = InstanceId.Parse($"2026-11-{i:D2}");
            await store.TryCreateInstanceAsync(Instance(id, T0.AddDays(i)), Ct);
            await store.AppendHistoryAsync(Entry(i, $"{i}", i), Ct);
            await store.AppendEventAsync(Day, "Tick", $"{i}", T0, Ct);
        }

        Assert.Equal(10, (await store.ListInstancesAsync(cancellationToken: Ct)).Count);
        Assert.Equal(Enumerable.Range(1, 10), (await store.GetHistoryAsync(Day, Ct)).Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), (await store.GetEventsAsync(Day, Ct)).Select(e => e.Number));
        Assert.Equal(6, await store.RemoveHistoryAsync(Day, 5, Ct));
    }

    [Fact]
    public async Task AppendHistoryAsync_JsonOverTheEntityLimit_FailsWithAClearMessage()
    {
        var huge = new string('x', 600_000);

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendHistoryAsync(Entry(1, huge, 1), Ct));

        Assert.Contains("1,048,576", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetHistoryAsync(Day, Ct));
    }
}
