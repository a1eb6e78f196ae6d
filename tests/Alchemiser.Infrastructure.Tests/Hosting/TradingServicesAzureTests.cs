using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Runs;
using Azure.Storage.Blobs;

namespace Alchemiser.Infrastructure.Tests.Hosting;

/// <summary>A storage connection string (Azurite) switches the object store, queue, ledger and run store to Azure Storage.</summary>
public sealed class TradingServicesAzureTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TradingServicesBed _bed = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task ConnectionString_AzureAdapters_WithTheDefaultNames()
    {
        var connection = await azurite.GetConnectionStringAsync();
        var blobEndpoint = new BlobServiceClient(connection).Uri;

        using var trading = _bed.Create(new Dictionary<string, string> { [SettingNames.StorageConnectionString] = connection });

        var objects = Assert.IsType<BlobObjectStore>(trading.Objects);
        Assert.Equal("reports", objects.Container.Name);
        Assert.StartsWith(blobEndpoint.AbsoluteUri.TrimEnd('/'), objects.Container.Uri.AbsoluteUri, StringComparison.Ordinal);
        var queue = Assert.IsType<StorageQueueExecutionQueue>(trading.Queue);
        Assert.Equal(("execution", "execution-poison"), (queue.Queue.Name, queue.PoisonQueue.Name));
        Assert.Equal("ledger", Assert.IsType<TableTradeLedger>(trading.Ledger).Table.Name);
        Assert.Equal("runsInstances", Assert.IsType<TableRunStore>(trading.Runs).Instances.Name);
        Assert.IsType<TableRunStore>(TradingServices.RunStoreFor(_bed.Home, TradingServicesBed.Settings(
            new Dictionary<string, string> { [SettingNames.StorageConnectionString] = connection })));
    }

    [Fact]
    public async Task ConnectionString_NamedResources_AreWhereThePortsReadAndWrite()
    {
        var connection = await azurite.GetConnectionStringAsync();
        var settings = new Dictionary<string, string>
        {
            [SettingNames.StorageConnectionString] = connection,
            [SettingNames.ReportsContainer] = "reports-" + _suffix,
            [SettingNames.ExecutionQueue] = "execution-" + _suffix,
            [SettingNames.LedgerTable] = "ledger" + _suffix,
            [SettingNames.RunsTable] = "runs" + _suffix,
        };
        using var trading = _bed.Create(settings);

        await trading.Objects.WriteAsync("plans/2026-11-24.json", "{}"u8.ToArray(), Ct);
        var message = new ExecutionMessage(InstanceId.Parse("2026-11-24"), "plans/2026-11-24.json", new string('b', 64), "e1", "2026-11-24", null,
            new DateTime(2026, 11, 24, 20, 50, 0, DateTimeKind.Utc));
        await trading.Queue.EnqueueAsync(message, Ct);
        var instance = new RunInstance(InstanceId.Parse("2026-11-24"), "DailyRun", RunStatus.Pending, "{}", null, null,
            new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc), new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));
        Assert.True(await trading.Runs.TryCreateInstanceAsync(instance, Ct));

        var blob = new BlobContainerClient(connection, "reports-" + _suffix).GetBlobClient("plans/2026-11-24.json");
        Assert.True((await blob.ExistsAsync(Ct)).Value);
        var received = await new StorageQueueExecutionQueue(connection, "execution-" + _suffix).ReceiveAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("e1", received?.Message.EventId);
        var runs = TradingServices.RunStoreFor(_bed.Home, TradingServicesBed.Settings(settings));
        Assert.Equal(RunStatus.Pending, (await runs.GetInstanceAsync(instance.Id, Ct))?.Status);
        Assert.Equal("ledger" + _suffix, Assert.IsType<TableTradeLedger>(trading.Ledger).Table.Name);
    }
}
