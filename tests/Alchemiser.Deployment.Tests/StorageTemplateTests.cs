using Alchemiser.Deployment.Tests.TestSupport;

namespace Alchemiser.Deployment.Tests;

/// <summary>The storage account of the compiled template: locked down, with the containers, queues and tables the
/// app and the outputs name.</summary>
public sealed class StorageTemplateTests
{
    [Fact]
    public void Account_AllowsOnlyIdentityBasedHttpsAccess()
    {
        var account = CompiledInfrastructure.Single("Microsoft.Storage/storageAccounts");
        Assert.Equal("StorageV2", (string?)account.Json["kind"]);
        Assert.False((bool?)account.Properties["allowSharedKeyAccess"]);
        Assert.False((bool?)account.Properties["allowBlobPublicAccess"]);
        Assert.True((bool?)account.Properties["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", (string?)account.Properties["minimumTlsVersion"]);
    }

    [Fact]
    public void Queues_AreExecutionAndItsPoisonQueue()
    {
        var queues = LeafNames("Microsoft.Storage/storageAccounts/queueServices/queues");
        Assert.Equal(["execution", "execution-poison"], queues);
        Assert.Equal([CompiledInfrastructure.Output("EXECUTION_QUEUE_NAME"), CompiledInfrastructure.Output("EXECUTION_POISON_QUEUE_NAME")], queues);
    }

    [Fact]
    public void Tables_AreLedgerAndRuns()
    {
        Assert.Equal(
            [CompiledInfrastructure.Output("LEDGER_TABLE_NAME"), CompiledInfrastructure.Output("RUNS_TABLE_NAME")],
            LeafNames("Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void Containers_AreThePackageBarsAndReports_NonePublic()
    {
        var containers = CompiledInfrastructure.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal(["app-package", "bars", "reports"], containers.LeafNames());
        Assert.Equal("None", (string?)containers.Properties["publicAccess"]);
        Assert.Contains(CompiledInfrastructure.Output("BARS_CONTAINER_NAME"), containers.LeafNames());
        Assert.Contains(CompiledInfrastructure.Output("REPORTS_CONTAINER_NAME"), containers.LeafNames());
    }

    private static List<string?> LeafNames(string type) =>
        [.. CompiledInfrastructure.OfType(type).SelectMany(r => r.LeafNames())];
}
