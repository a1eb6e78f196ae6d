using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Deployment.Tests;

/// <summary>The function app's app settings in the compiled template against the settings catalog.</summary>
public sealed class AppSettingsTests
{
    private static ArmResource Config => Assert.Single(
        CompiledInfrastructure.OfType("Microsoft.Web/sites/config"), r => r.LeafNames().SequenceEqual(["appsettings"]));

    private static JsonObject Settings => Config.Properties;

    [Fact]
    public void AppSettings_HaveEveryCatalogSettingTheCloudNeeds()
    {
        var missing = AzureSettings.RequiredInAzure.Select(s => s.Name).Where(name => !Settings.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, "app settings lack: " + string.Join(", ", missing));
    }

    [Fact]
    public void AppSettings_LeaveOutTheExcludedSettings()
    {
        Assert.All(AzureSettings.NotInAzure.Keys, name => Assert.Contains(AzureSettings.ReadByFunctionsHost, s => s.Name == name));
        var present = AzureSettings.NotInAzure.Keys.Where(Settings.ContainsKey).ToList();
        Assert.True(present.Count == 0, "set in Azure although excluded: " + string.Join(", ", present));
    }

    [Fact]
    public void Secrets_AreKeyVaultReferences()
    {
        var secrets = AzureSettings.RequiredInAzure.Where(s => s.IsSecret).Select(s => s.Name).Order().ToList();
        Assert.Equal(AzureSettings.KeyVaultSecrets.Keys.Order(), secrets);
        Assert.All(AzureSettings.KeyVaultSecrets, pair => Assert.Equal(
            $"[format('@Microsoft.KeyVault(SecretUri={{0}}secrets/{pair.Value}/)', parameters('keyVaultUri'))]",
            (string?)Settings[pair.Key]));
        Assert.Equal("[reference('keyVault').outputs.uri.value]", Value("keyVaultUri", parameter: true));
    }

    [Fact]
    public void HostStorage_IsIdentityBased_WithoutConnectionStringsOrWorkerRuntime()
    {
        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"));
        Assert.False(Settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"));
        Assert.Equal("managedidentity", Value("AzureWebJobsStorage__credential"));
        Assert.Equal("[reference('identity').outputs.clientId.value]", Value("AzureWebJobsStorage__clientId"));
        Assert.Equal(Value("AzureWebJobsStorage__clientId"), Value(SettingNames.AzureClientId));
        foreach (var service in new[] { "blob", "queue", "table" })
            Assert.Equal($"[reference('storage').outputs.{service}Endpoint.value]", Value($"AzureWebJobsStorage__{service}ServiceUri"));

        var texts = Settings.Select(pair => (string?)pair.Value ?? "").ToList();
        Assert.DoesNotContain(texts, t => t.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("listKeys", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AppStorage_UsesTheAccountEndpointsAndTheSharedNames()
    {
        Assert.Equal(Value("AzureWebJobsStorage__blobServiceUri"), Value(SettingNames.BlobAccountUrl));
        Assert.Equal(Value("AzureWebJobsStorage__queueServiceUri"), Value(SettingNames.QueueAccountUrl));
        Assert.Equal(Value("AzureWebJobsStorage__tableServiceUri"), Value(SettingNames.TableAccountUrl));
        Assert.Equal(CompiledInfrastructure.Output("BARS_CONTAINER_NAME"), Value(SettingNames.BlobContainer));
        Assert.Equal(CompiledInfrastructure.Output("REPORTS_CONTAINER_NAME"), Value(SettingNames.ReportsContainer));
        Assert.Equal(CompiledInfrastructure.Output("EXECUTION_QUEUE_NAME"), Value(SettingNames.ExecutionQueue));
        Assert.Equal(CompiledInfrastructure.Output("LEDGER_TABLE_NAME"), Value(SettingNames.LedgerTable));
        Assert.Equal(CompiledInfrastructure.Output("RUNS_TABLE_NAME"), Value(SettingNames.RunsTable));
    }

    [Fact]
    public void TaskHubAndSchedule_AreTheCatalogDefaults()
    {
        Assert.Equal(SettingNames.DefaultTaskHubName, Value(SettingNames.TaskHubName));
        Assert.Equal(SettingNames.DefaultDailySchedule, Value(SettingNames.DailySchedule));
    }

    [Fact]
    public void Broker_IsAlpaca_LiveOnlyWhenTheTradingModeIsLive()
    {
        Assert.Equal("alpaca", Value(SettingNames.Broker));
        Assert.Equal("paper", Value(AlpacaOptions.EnvironmentSetting));
        Assert.Equal("[if(equals(parameters('tradingMode'), 'live'), 'true', 'false')]", Value(SettingNames.LiveTrading));
        Assert.Equal("iex", Value(AlpacaOptions.FeedSetting));
    }

    [Fact]
    public void Email_UsesTheCommunicationServicesRelayWithStartTls()
    {
        Assert.Equal("smtp.azurecomm.net", Value(SettingNames.SmtpHost));
        Assert.Equal("587", Value(SettingNames.SmtpPort));
        Assert.Equal("starttls", Value(SettingNames.SmtpSecurity));
        Assert.Equal("", Value(SettingNames.SmtpUsername)); // the smtpUsername parameter's default
        Assert.Equal("[reference('email').outputs.sender.value]", Value(SettingNames.EmailFrom));
        Assert.Equal(CompiledInfrastructure.Output("EMAIL_SENDER"), Value(SettingNames.EmailFrom));
        Assert.Equal("[parameters('alertRecipient')]", Value(SettingNames.EmailTo));
    }

    [Fact]
    public void Telemetry_AuthenticatesWithTheIdentity()
    {
        Assert.Contains("ConnectionString", Value("APPLICATIONINSIGHTS_CONNECTION_STRING"), StringComparison.Ordinal);
        Assert.Equal(
            "[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]",
            Value("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
    }

    /// <summary>An app setting's value (or, with <paramref name="parameter"/>, a parameter of the functions module),
    /// resolved through the modules where it is a plain parameter or variable reference.</summary>
    private static string? Value(string name, bool parameter = false)
    {
        var config = Config;
        Assert.True(parameter || config.Properties.ContainsKey(name), $"app settings have no {name}");
        return config.Scope.ResolveText(parameter ? JsonValue.Create($"[parameters('{name}')]") : config.Properties[name]);
    }
}
