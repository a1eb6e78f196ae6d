using System.Text.Json;
using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Deployment.Tests;

/// <summary><c>local.settings.sample.json</c> (AZURE.md §7): the Functions host on Azurite and maildev, every setting
/// the host reads, no secret values, and the same names as the cloud.</summary>
public sealed class LocalSettingsSampleTests
{
    /// <summary>The public Azurite development account: not a secret, and the only non-empty value a secret may have.</summary>
    private const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>Settings of the Functions runtime itself rather than of the catalog.</summary>
    private static readonly string[] RuntimeSettings = ["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME"];

    private static JsonObject Values
    {
        get
        {
            var file = RepositoryFiles.ReadJsonObject("local.settings.sample.json");
            Assert.False((bool?)file["IsEncrypted"]);
            return Assert.IsType<JsonObject>(file["Values"]);
        }
    }

    [Fact]
    public void Runtime_IsTheIsolatedWorkerOnAzurite()
    {
        Assert.Equal(DevelopmentStorage, Value("AzureWebJobsStorage"));
        Assert.Equal("dotnet-isolated", Value("FUNCTIONS_WORKER_RUNTIME"));
    }

    [Fact]
    public void Sample_HasEverySettingTheFunctionsHostReads()
    {
        var values = Values;
        var missing = AzureSettings.ReadByFunctionsHost.Select(s => s.Name).Where(name => !values.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, "local.settings.sample.json lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Sample_HasNoSettingOutsideTheCatalog()
    {
        var known = AzureSettings.ReadByFunctionsHost.Select(s => s.Name).Concat(RuntimeSettings).ToHashSet(StringComparer.Ordinal);
        var unknown = Values.Select(pair => pair.Key).Where(key => !known.Contains(key)).ToList();
        Assert.True(unknown.Count == 0, "not Azure/Both settings of SettingNames.All (a typo, or a command-line-only setting): " + string.Join(", ", unknown));
    }

    [Fact]
    public void Values_AreAllStrings()
    {
        var notStrings = Values.Where(pair => pair.Value?.GetValueKind() != JsonValueKind.String).Select(pair => pair.Key).ToList();
        Assert.True(notStrings.Count == 0, "the Functions host reads only string values: " + string.Join(", ", notStrings));
    }

    [Fact]
    public void Secrets_HaveNoValue()
    {
        var secrets = SettingNames.All.Where(s => s.IsSecret).Select(s => s.Name).ToList();
        Assert.Contains(AlpacaOptions.ApiKeySetting, secrets);
        var values = Values;
        var withValues = secrets
            .Where(name => (string?)values[name] is { Length: > 0 } text && text != DevelopmentStorage)
            .ToList();
        Assert.True(withValues.Count == 0, "secrets must be empty in the template: " + string.Join(", ", withValues));
    }

    [Fact]
    public void TaskHubAndSchedule_AreTheDefaultsAndTheCloudsOutputs()
    {
        Assert.Equal(SettingNames.DefaultTaskHubName, Value(SettingNames.TaskHubName));
        Assert.Equal(CompiledInfrastructure.Output("TASKHUB_NAME"), Value(SettingNames.TaskHubName));
        Assert.Equal(SettingNames.DefaultDailySchedule, Value(SettingNames.DailySchedule));
        Assert.Equal(CompiledInfrastructure.Output("DAILY_SCHEDULE"), Value(SettingNames.DailySchedule));
    }

    [Theory]
    [InlineData(SettingNames.ExecutionQueue, "EXECUTION_QUEUE_NAME", "execution")]
    [InlineData(SettingNames.LedgerTable, "LEDGER_TABLE_NAME", "ledger")]
    [InlineData(SettingNames.RunsTable, "RUNS_TABLE_NAME", "runs")]
    [InlineData(SettingNames.BlobContainer, "BARS_CONTAINER_NAME", "bars")]
    [InlineData(SettingNames.ReportsContainer, "REPORTS_CONTAINER_NAME", "reports")]
    public void StorageNames_AgreeWithTheBicepOutputs(string setting, string output, string expected)
    {
        Assert.Equal(expected, Value(setting));
        Assert.Equal(CompiledInfrastructure.Output(output), Value(setting));
    }

    [Fact]
    public void Storage_IsAzuriteByConnectionString_NotByAccountUrl()
    {
        // BlobStorageOptions takes exactly one of a connection string and an account URL.
        Assert.Equal(DevelopmentStorage, Value(SettingNames.StorageConnectionString));
        Assert.Equal(DevelopmentStorage, Value(SettingNames.BlobConnectionString));
        Assert.Equal("", Value(SettingNames.BlobAccountUrl));
        Assert.Equal("", Value(SettingNames.QueueAccountUrl));
        Assert.Equal("", Value(SettingNames.TableAccountUrl));
    }

    [Fact]
    public void Broker_IsSimulated_AndNeverLive()
    {
        Assert.Equal("simulated", Value(SettingNames.Broker));
        Assert.Equal("false", Value(SettingNames.LiveTrading));
        Assert.Equal("paper", Value(AlpacaOptions.EnvironmentSetting));
    }

    [Fact]
    public void Email_GoesToMaildev()
    {
        Assert.Equal("127.0.0.1", Value(SettingNames.SmtpHost));
        Assert.Equal("1025", Value(SettingNames.SmtpPort));
        Assert.Equal("none", Value(SettingNames.SmtpSecurity));
        Assert.Equal("", Value(SettingNames.SmtpUsername));
        Assert.NotEqual("", Value(SettingNames.EmailFrom));
        Assert.NotEqual("", Value(SettingNames.EmailTo));
    }

    private static string? Value(string name)
    {
        var values = Values;
        Assert.True(values.ContainsKey(name), $"local.settings.sample.json has no {name}");
        return (string?)values[name];
    }
}
