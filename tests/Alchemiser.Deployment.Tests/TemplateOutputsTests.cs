using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Deployment.Tests;

/// <summary>The main template's parameters, their azd mapping in <c>main.parameters.json</c>, and its outputs.</summary>
public sealed class TemplateOutputsTests
{
    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_NAME")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("TASKHUB_NAME")]
    [InlineData("EXECUTION_QUEUE_NAME")]
    [InlineData("EXECUTION_POISON_QUEUE_NAME")]
    [InlineData("LEDGER_TABLE_NAME")]
    [InlineData("RUNS_TABLE_NAME")]
    [InlineData("EMAIL_SENDER")]
    public void Main_HasTheOutputAzdNeeds(string output) =>
        Assert.False(string.IsNullOrEmpty(CompiledInfrastructure.Output(output)));

    [Fact]
    public void Main_IsSubscriptionScoped()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)CompiledInfrastructure.Main.Template["$schema"], StringComparison.Ordinal);
        Assert.Single(CompiledInfrastructure.OfType("Microsoft.Resources/resourceGroups"));
    }

    [Fact]
    public void NamesOutputs_AreTheCatalogDefaults()
    {
        Assert.Equal(SettingNames.DefaultTaskHubName, CompiledInfrastructure.Output("TASKHUB_NAME"));
        Assert.Equal(SettingNames.DefaultDailySchedule, CompiledInfrastructure.Output("DAILY_SCHEDULE"));
        Assert.Equal("execution", CompiledInfrastructure.Output("EXECUTION_QUEUE_NAME"));
        Assert.Equal(CompiledInfrastructure.Output("EXECUTION_QUEUE_NAME") + "-poison", CompiledInfrastructure.Output("EXECUTION_POISON_QUEUE_NAME"));
        Assert.Equal("ledger", CompiledInfrastructure.Output("LEDGER_TABLE_NAME"));
        Assert.Equal("runs", CompiledInfrastructure.Output("RUNS_TABLE_NAME"));
    }

    [Fact]
    public void EmailSender_IsDoNotReplyAtTheManagedDomain()
    {
        var sender = CompiledInfrastructure.Output("EMAIL_SENDER");
        Assert.Equal("[reference('email').outputs.sender.value]", sender);
        var domain = CompiledInfrastructure.Single("Microsoft.Communication/emailServices/domains");
        Assert.Equal(["AzureManagedDomain"], domain.LeafNames());
        Assert.Equal("AzureManaged", (string?)domain.Properties["domainManagement"]);
        var outputs = Assert.IsType<JsonObject>(domain.Scope.Template["outputs"]);
        Assert.Contains("DoNotReply@", (string?)outputs["sender"]?["value"], StringComparison.Ordinal);
        Assert.Contains("mailFromSenderDomain", (string?)outputs["sender"]?["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void ParametersFile_MapsEveryParameterToAzdValues()
    {
        var file = RepositoryFiles.ReadJsonObject("infra/main.parameters.json");
        var mapped = Assert.IsType<JsonObject>(file["parameters"]);
        var declared = Assert.IsType<JsonObject>(CompiledInfrastructure.Main.Template["parameters"]);

        Assert.Equal(declared.Select(p => p.Key).Order(), mapped.Select(p => p.Key).Order());
        Assert.Equal("${AZURE_ENV_NAME}", (string?)mapped["environmentName"]?["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)mapped["location"]?["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)mapped["principalId"]?["value"]);
        Assert.Equal("${TRADING_MODE=paper}", (string?)mapped["tradingMode"]?["value"]);
        Assert.Equal("${ALERT_RECIPIENT}", (string?)mapped["alertRecipient"]?["value"]);
        Assert.Equal("${SMTP_USERNAME}", (string?)mapped["smtpUsername"]?["value"]);
    }

    [Fact]
    public void TradingMode_IsPaperOrLive_PaperByDefault()
    {
        var tradingMode = CompiledInfrastructure.Main.Template["parameters"]?["tradingMode"];
        Assert.Equal("paper", (string?)tradingMode?["defaultValue"]);
        Assert.Equal(["paper", "live"], tradingMode?["allowedValues"]?.AsArray().Select(v => (string?)v));
    }
}
