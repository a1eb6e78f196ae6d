using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Deployment.Tests;

/// <summary><c>host.json</c> is the one of AZURE.md §6.</summary>
public sealed class HostJsonTests
{
    private static JsonObject Host => RepositoryFiles.ReadJsonObject("host.json");

    [Fact]
    public void HostJson_IsVersion2WithThirtyMinuteTimeout()
    {
        Assert.Equal("2.0", (string?)Host["version"]);
        Assert.Equal("00:30:00", (string?)Host["functionTimeout"]);
        Assert.Null(Host["logging"]?["extensions"]);
    }

    [Fact]
    public void DurableTask_TaskHubComesFromTheTaskHubSetting_OnAzureWebJobsStorage()
    {
        var durable = Host["extensions"]?["durableTask"];
        Assert.Equal($"%{SettingNames.TaskHubName}%", (string?)durable?["hubName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)durable?["storageProvider"]?["connectionName"]);
        Assert.Equal(4, (int?)durable?["maxConcurrentActivityFunctions"]);
        Assert.Equal(2, (int?)durable?["maxConcurrentOrchestratorFunctions"]);
        Assert.False((bool?)durable?["extendedSessionsEnabled"]);
    }

    [Fact]
    public void Queues_ThreeDeliveries_OneMessageAtATime_Base64()
    {
        var queues = Host["extensions"]?["queues"];
        Assert.Equal(3, (int?)queues?["maxDequeueCount"]);
        Assert.Equal(1, (int?)queues?["batchSize"]);
        Assert.Equal(0, (int?)queues?["newBatchThreshold"]);
        Assert.Equal("00:01:00", (string?)queues?["visibilityTimeout"]);
        Assert.Equal("base64", (string?)queues?["messageEncoding"]);
    }

    [Fact]
    public void Logging_KeepsDurableTaskQuiet()
    {
        var levels = Host["logging"]?["logLevel"];
        Assert.Equal("Information", (string?)levels?["default"]);
        Assert.Equal("Warning", (string?)levels?["DurableTask.AzureStorage"]);
        Assert.Equal("Warning", (string?)levels?["DurableTask.Core"]);
    }
}
