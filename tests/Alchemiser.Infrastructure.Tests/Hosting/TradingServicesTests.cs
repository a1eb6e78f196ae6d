using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.Email;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;
using MimeKit;

namespace Alchemiser.Infrastructure.Tests.Hosting;

/// <summary>The settings → ports mapping of the embedded default and the broker and email choices (PIPELINE.md §11.12).</summary>
public sealed class TradingServicesTests : IDisposable
{
    private static readonly Dictionary<string, string> PaperKeys = new()
    {
        [AlpacaOptions.ApiKeySetting] = "PKTEST",
        [AlpacaOptions.SecretKeySetting] = "secret",
    };

    private readonly TradingServicesBed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> baseline, params (string Name, string Value)[] more)
    {
        var settings = new Dictionary<string, string>(baseline);
        foreach (var (name, value) in more)
            settings[name] = value;
        return settings;
    }

    [Fact]
    public void NoSettings_TheEmbeddedDefault_FilesInHomeAndTheSimulatedBroker()
    {
        using var trading = _bed.Create();

        Assert.Equal(_bed.Home, Assert.IsType<DirectoryObjectStore>(trading.Objects).Root);
        Assert.Equal(BrokerMode.Simulated, Assert.IsType<SimulatedBroker>(trading.Broker).Mode);
        Assert.Equal(Path.Combine(_bed.Home, "queue"), Assert.IsType<FileExecutionQueue>(trading.Queue).Folder);
        Assert.Equal(Path.Combine(_bed.Home, "ledger.db"), Assert.IsType<SqliteTradeLedger>(trading.Ledger).Path);
        Assert.Equal(Path.Combine(_bed.Home, SqliteRunStore.FileName), Assert.IsType<SqliteRunStore>(trading.Runs).DatabasePath);
        Assert.IsType<DeduplicatingNotifier>(trading.Notifier);
        Assert.Equal(TimeSpan.FromSeconds(TradingServices.DefaultVisibilitySeconds), trading.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), trading.VisibilityTimeout);
    }

    [Fact]
    public async Task NoSmtpHost_NotifierWritesTheOutboxOnceAndUsesTheEmailSettings()
    {
        using var trading = _bed.Create(new Dictionary<string, string>
        {
            [SettingNames.EmailTo] = "ops@example.com; risk@example.com",
            [SettingNames.EmailFrom] = "bot@example.com",
        });
        var summary = EmailTestData.Summary("[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed", recipients: []);

        var first = await trading.Notifier.SendAsync(summary, Ct);
        var second = await trading.Notifier.SendAsync(summary, Ct);

        Assert.Equal(first, second);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_bed.Home, "outbox")));
        Assert.EndsWith("_2026-11-24_daily-summary.eml", file, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file, Ct);
        Assert.Equal(["ops@example.com", "risk@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("bot@example.com", Assert.Single(message.From.Mailboxes).Address);
        Assert.True(File.Exists(Path.Combine(_bed.Home, JsonLinesNotificationJournal.FileName)));
    }

    [Fact]
    public async Task SmtpHost_SendsThroughSmtp_DeduplicatedByTheJournal()
    {
        await using var stub = new SmtpStub(SmtpStubBehaviour.Accept);
        using var trading = _bed.Create(new Dictionary<string, string>
        {
            [SettingNames.SmtpHost] = "127.0.0.1",
            [SettingNames.SmtpPort] = stub.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SettingNames.SmtpSecurity] = "none",
            [SettingNames.EmailFrom] = "bot@example.com",
            [SettingNames.EmailTo] = "ops@example.com",
        });
        var summary = EmailTestData.Summary("[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed");

        var receipt = await trading.Notifier.SendAsync(summary, Ct);
        await trading.Notifier.SendAsync(summary, Ct);

        Assert.IsType<DeduplicatingNotifier>(trading.Notifier);
        Assert.Equal(1, stub.Messages);
        Assert.Equal("smtp", receipt.Channel);
        Assert.False(Directory.Exists(Path.Combine(_bed.Home, "outbox")));
    }

    [Theory]
    [InlineData("ssl")]
    [InlineData("starttls-please")]
    public void SmtpSecurity_Unknown_RefusedNamingTheSetting(string security)
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.SmtpHost] = "smtp.example.com", [SettingNames.SmtpSecurity] = security });

        Assert.Contains($"ALCHEMISER_SMTP_SECURITY='{security}'", message, StringComparison.Ordinal);
        Assert.Contains("starttls, tls, none or auto", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    public void SmtpPort_Invalid_RefusedNamingTheSetting(string port)
    {
        var message = _bed.Refusal(new Dictionary<string, string>
        {
            [SettingNames.SmtpHost] = "smtp.example.com",
            [SettingNames.SmtpPort] = port,
            [SettingNames.EmailFrom] = "bot@example.com",
            [SettingNames.EmailTo] = "ops@example.com",
        });

        Assert.Contains("ALCHEMISER_SMTP_PORT", message, StringComparison.Ordinal);
        Assert.Contains(port, message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpHost_WithoutSenderOrRecipients_RefusedNamingTheSettingsToSet()
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.SmtpHost] = "smtp.example.com" });

        Assert.Contains("ALCHEMISER_EMAIL_FROM", message, StringComparison.Ordinal);
        Assert.Contains("ALCHEMISER_EMAIL_TO", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData("0.99", 0.99)]
    [InlineData("1", 1.0)]
    public void DeploymentFraction_ReachesThePlannerSettings(string? text, double fraction)
    {
        using var trading = _bed.Create(text is null ? [] : new Dictionary<string, string> { [SettingNames.DeploymentFraction] = text });

        Assert.Equal((decimal)fraction, trading.Rebalance.DeploymentFraction);
        Assert.Equal(RebalanceSettings.Default.MinTradeUsd, trading.Rebalance.MinTradeUsd);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("99%")]
    public void DeploymentFraction_Invalid_RefusedNamingTheSetting(string text)
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.DeploymentFraction] = text });

        Assert.Contains("ALCHEMISER_DEPLOYMENT_FRACTION", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("3", 3)]
    [InlineData("604800", 604800)]
    public void VisibilitySeconds_Parsed(string text, int seconds)
    {
        using var trading = _bed.Create(new Dictionary<string, string> { [SettingNames.ExecutionVisibilitySeconds] = text });

        Assert.Equal(TimeSpan.FromSeconds(seconds), trading.VisibilityTimeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    [InlineData("2")] // the consumer renews every third of it and needs at least 3 s
    [InlineData("604801")] // a queue hides a message for 7 days at most
    public void VisibilitySeconds_Invalid_RefusedNamingTheSetting(string text)
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.ExecutionVisibilitySeconds] = text });

        Assert.Contains("ALCHEMISER_EXECUTION_VISIBILITY_SECONDS", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AlpacaWithoutKeys_RefusedNamingTheMissingSettings()
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.Broker] = "alpaca" });

        Assert.Contains("ALPACA_API_KEY", message, StringComparison.Ordinal);
        Assert.Contains("ALPACA_SECRET_KEY", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AlpacaKeys_WithoutBrokerSetting_ChooseAlpacaPaper()
    {
        using var trading = _bed.Create(PaperKeys);

        Assert.Equal(BrokerMode.Paper, Assert.IsType<AlpacaBroker>(trading.Broker).Mode);
    }

    [Fact]
    public void BrokerSetting_IsCaseInsensitive_AndSimulatedWinsOverKeys()
    {
        using var alpaca = _bed.Create(With(PaperKeys, (SettingNames.Broker, "Alpaca")));
        using var simulated = _bed.Create(With(PaperKeys, (SettingNames.Broker, "SIMULATED")));

        Assert.IsType<AlpacaBroker>(alpaca.Broker);
        Assert.IsType<SimulatedBroker>(simulated.Broker);
    }

    [Fact]
    public void LiveAccount_WithoutLive_RefusedSayingToPassLive()
    {
        var message = _bed.Refusal(With(PaperKeys, (SettingNames.Broker, "alpaca"), (AlpacaOptions.EnvironmentSetting, "live")));

        Assert.Contains("pass --live", message, StringComparison.Ordinal);
        Assert.Contains("ALCHEMISER_LIVE_TRADING=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveAccount_WithLiveOrTheLiveTradingSetting_IsLive()
    {
        var live = With(PaperKeys, (SettingNames.Broker, "alpaca"), (AlpacaOptions.EnvironmentSetting, "live"));

        using var byFlag = _bed.Create(live, allowLive: true);
        using var bySetting = _bed.Create(With(live, (SettingNames.LiveTrading, "true")));

        Assert.Equal(BrokerMode.Live, byFlag.Broker.Mode);
        Assert.Equal(BrokerMode.Live, bySetting.Broker.Mode);
    }

    [Fact]
    public void LiveAccount_LiveTradingFalse_StillRefused()
    {
        var message = _bed.Refusal(With(PaperKeys, (AlpacaOptions.EnvironmentSetting, "live"), (SettingNames.LiveTrading, "false")));

        Assert.Contains("--live", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_WithAPaperAccount_Refused()
    {
        var message = _bed.Refusal(With(PaperKeys, (SettingNames.Broker, "alpaca")), allowLive: true);

        Assert.Contains("--live", message, StringComparison.Ordinal);
        Assert.Contains("paper", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_WithTheSimulatedBroker_Refused()
    {
        var message = _bed.Refusal(new Dictionary<string, string>(), allowLive: true);

        Assert.Contains("--live", message, StringComparison.Ordinal);
        Assert.Contains("simulated", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulatedSession_WithARealBroker_Refused()
    {
        var message = _bed.Refusal(PaperKeys, session: new DateOnly(2026, 11, 24));

        Assert.Contains("--date", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownBroker_RefusedNamingIt()
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.Broker] = "foo" });

        Assert.Contains("ALCHEMISER_BROKER='foo'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountUrlNotAUrl_RefusedNamingTheSetting()
    {
        var message = _bed.Refusal(new Dictionary<string, string> { [SettingNames.BlobAccountUrl] = "myaccount" });

        Assert.Contains("ALCHEMISER_BLOB_ACCOUNT_URL='myaccount'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateRegistry_HasTheDailyRunAndItsSixActivities()
    {
        using var trading = _bed.Create();

        var registry = trading.CreateRegistry();

        Assert.True(registry.HasOrchestrator(DailyRun.Name));
        string[] activities =
        [
            GateActivity.Name, LoadPortfolioActivity.Name, EvaluateStrategyActivity.Name,
            PlanRebalanceActivity.Name, EnqueueExecutionActivity.Name, NotifyActivity.Name,
        ];
        Assert.Equal(6, activities.Distinct().Count());
        Assert.All(activities, name => Assert.True(registry.HasActivity(name), name));
        Assert.False(registry.HasActivity("Execute"));
        Assert.NotNull(trading.CreateExecutionProcessor());
    }

    [Fact]
    public void RunStoreFor_Local_IsRunsDbInHome()
    {
        var store = TradingServices.RunStoreFor(_bed.Home, TradingServicesBed.Settings(new Dictionary<string, string>()));

        Assert.Equal(Path.Combine(_bed.Home, "runs.db"), Assert.IsType<SqliteRunStore>(store).DatabasePath);
    }

    [Fact]
    public void RunStoreFor_TableAccountUrl_IsATableStoreOnThatAccountWithThePrefix()
    {
        var store = TradingServices.RunStoreFor(_bed.Home, TradingServicesBed.Settings(new Dictionary<string, string>
        {
            [SettingNames.TableAccountUrl] = "https://acct.table.core.windows.net",
            [SettingNames.RunsTable] = "history",
        }));

        var table = Assert.IsType<TableRunStore>(store);
        Assert.Equal("acct.table.core.windows.net", table.Instances.Uri.Host);
        Assert.Equal("historyInstances", table.Instances.Name);
    }
}
