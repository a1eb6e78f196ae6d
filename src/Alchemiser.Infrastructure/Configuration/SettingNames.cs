using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Configuration;

/// <summary>
/// Every setting the product reads, by name: environment variables for the command line, app settings in Azure
/// Functions (<c>local.settings.json</c> locally). One catalog so that the hosts, <c>local.settings.sample.json</c>
/// and the Bicep app settings can be checked against each other by a test.
/// </summary>
/// <remarks>Secrets (<see cref="SettingInfo.IsSecret"/>) never appear in a template or a log: in Azure they are Key Vault
/// references.</remarks>
public static class SettingNames
{
    /// <summary>The local state folder (default <c>./.alchemiser</c>); command line only.</summary>
    public const string Home = "ALCHEMISER_HOME";

    /// <summary>The strategies folder holding <c>portfolio.json</c> (default <c>strategies/</c> of the repository).</summary>
    public const string Strategies = "ALCHEMISER_STRATEGIES";

    /// <summary><c>simulated</c> (default) or <c>alpaca</c>: which broker trades.</summary>
    public const string Broker = "ALCHEMISER_BROKER";

    /// <summary><c>true</c> allows orders on a live Alpaca account (the command line's <c>--live</c>); anything else refuses.</summary>
    public const string LiveTrading = "ALCHEMISER_LIVE_TRADING";

    /// <summary>φ, the share of equity the planner deploys (0 &lt; φ ≤ 1, default 1); e.g. 0.99 with Alpaca (see the README).</summary>
    public const string DeploymentFraction = "ALCHEMISER_DEPLOYMENT_FRACTION";

    /// <summary>One Azure Storage connection string for blobs, queues and tables (Azurite locally).</summary>
    public const string StorageConnectionString = "ALCHEMISER_STORAGE_CONNECTION_STRING";

    /// <summary>A connection string for the bar store's blobs only (overrides <see cref="StorageConnectionString"/>).</summary>
    public const string BlobConnectionString = "ALCHEMISER_BLOB_CONNECTION_STRING";

    /// <summary>The blob endpoint for identity-based access (managed identity / <c>DefaultAzureCredential</c>).</summary>
    public const string BlobAccountUrl = "ALCHEMISER_BLOB_ACCOUNT_URL";

    /// <summary>The queue endpoint for identity-based access.</summary>
    public const string QueueAccountUrl = "ALCHEMISER_QUEUE_ACCOUNT_URL";

    /// <summary>The table endpoint for identity-based access.</summary>
    public const string TableAccountUrl = "ALCHEMISER_TABLE_ACCOUNT_URL";

    /// <summary>The bars container (default <c>bars</c>).</summary>
    public const string BlobContainer = "ALCHEMISER_BLOB_CONTAINER";

    /// <summary>The container for plans, execution records and reports (default <c>reports</c>).</summary>
    public const string ReportsContainer = "ALCHEMISER_REPORTS_CONTAINER";

    /// <summary>The execution queue (default <c>execution</c>); its poison queue is the name + <c>-poison</c>.</summary>
    public const string ExecutionQueue = "ALCHEMISER_EXECUTION_QUEUE";

    /// <summary>The trade ledger table (default <c>ledger</c>).</summary>
    public const string LedgerTable = "ALCHEMISER_LEDGER_TABLE";

    /// <summary>The prefix of the run-store tables (default <c>runs</c>).</summary>
    public const string RunsTable = "ALCHEMISER_RUNS_TABLE";

    /// <summary>How long an execution delivery stays hidden between renewals, in seconds (default 60); command line only.</summary>
    public const string ExecutionVisibilitySeconds = "ALCHEMISER_EXECUTION_VISIBILITY_SECONDS";

    /// <summary>The client id of the user-assigned managed identity (read by <c>DefaultAzureCredential</c>).</summary>
    public const string AzureClientId = "AZURE_CLIENT_ID";

    /// <summary>The SMTP host; empty means the <c>.eml</c> outbox folder instead of SMTP.</summary>
    public const string SmtpHost = "ALCHEMISER_SMTP_HOST";

    /// <summary>The SMTP port (default 587).</summary>
    public const string SmtpPort = "ALCHEMISER_SMTP_PORT";

    /// <summary><c>starttls</c> (default), <c>tls</c> or <c>none</c>.</summary>
    public const string SmtpSecurity = "ALCHEMISER_SMTP_SECURITY";

    /// <summary>The SMTP user name (ACS: <c>resource|app id|tenant id</c>); none means no authentication.</summary>
    public const string SmtpUsername = "ALCHEMISER_SMTP_USERNAME";

    /// <summary>The SMTP password (secret: a Key Vault reference in Azure).</summary>
    public const string SmtpPassword = "ALCHEMISER_SMTP_PASSWORD";

    /// <summary>The sender address.</summary>
    public const string EmailFrom = "ALCHEMISER_EMAIL_FROM";

    /// <summary>Recipients, separated by commas or semicolons.</summary>
    public const string EmailTo = "ALCHEMISER_EMAIL_TO";

    /// <summary>The Durable Functions task hub (Functions host only; <c>alchemiser</c>).</summary>
    public const string TaskHubName = "TASKHUB_NAME";

    /// <summary>The timer's NCRONTAB schedule (Functions host only).</summary>
    public const string DailySchedule = "DAILY_SCHEDULE";

    /// <summary>The timer schedule of PIPELINE.md §2.1: weekdays at 16:45, 17:45, 19:45 and 20:45 UTC.</summary>
    public const string DefaultDailySchedule = "0 45 16,17,19,20 * * 1-5";

    /// <summary>The default task hub name.</summary>
    public const string DefaultTaskHubName = "alchemiser";

    /// <summary>Every setting with where it is read and whether it is a secret.</summary>
    public static IReadOnlyList<SettingInfo> All { get; } =
    [
        new(Home, SettingScope.Local, IsSecret: false),
        new(Strategies, SettingScope.Both, IsSecret: false),
        new(Broker, SettingScope.Both, IsSecret: false),
        new(LiveTrading, SettingScope.Both, IsSecret: false),
        new(DeploymentFraction, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.ApiKeySetting, SettingScope.Both, IsSecret: true),
        new(AlpacaOptions.SecretKeySetting, SettingScope.Both, IsSecret: true),
        new(AlpacaOptions.EnvironmentSetting, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.TradingBaseUrlSetting, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.DataBaseUrlSetting, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.FeedSetting, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.TimeoutSetting, SettingScope.Both, IsSecret: false),
        new(AlpacaOptions.MaxRetriesSetting, SettingScope.Both, IsSecret: false),
        new(StorageConnectionString, SettingScope.Both, IsSecret: true),
        new(BlobConnectionString, SettingScope.Both, IsSecret: true),
        new(BlobAccountUrl, SettingScope.Both, IsSecret: false),
        new(QueueAccountUrl, SettingScope.Both, IsSecret: false),
        new(TableAccountUrl, SettingScope.Both, IsSecret: false),
        new(BlobContainer, SettingScope.Both, IsSecret: false),
        new(ReportsContainer, SettingScope.Both, IsSecret: false),
        new(ExecutionQueue, SettingScope.Both, IsSecret: false),
        new(LedgerTable, SettingScope.Both, IsSecret: false),
        new(RunsTable, SettingScope.Both, IsSecret: false),
        new(ExecutionVisibilitySeconds, SettingScope.Local, IsSecret: false),
        new(AzureClientId, SettingScope.Azure, IsSecret: false),
        new(SmtpHost, SettingScope.Both, IsSecret: false),
        new(SmtpPort, SettingScope.Both, IsSecret: false),
        new(SmtpSecurity, SettingScope.Both, IsSecret: false),
        new(SmtpUsername, SettingScope.Both, IsSecret: false),
        new(SmtpPassword, SettingScope.Both, IsSecret: true),
        new(EmailFrom, SettingScope.Both, IsSecret: false),
        new(EmailTo, SettingScope.Both, IsSecret: false),
        new(TaskHubName, SettingScope.Azure, IsSecret: false),
        new(DailySchedule, SettingScope.Azure, IsSecret: false),
    ];
}

/// <summary>Where a setting is read.</summary>
public enum SettingScope
{
    /// <summary>The command line only.</summary>
    Local,

    /// <summary>The Azure Functions host only.</summary>
    Azure,

    /// <summary>Both hosts.</summary>
    Both,
}

/// <summary>One setting of <see cref="SettingNames.All"/>.</summary>
/// <param name="Name">The environment variable / app setting name.</param>
/// <param name="Scope">Which host reads it.</param>
/// <param name="IsSecret">Whether its value is a secret (Key Vault in Azure, never in a template).</param>
public sealed record SettingInfo(string Name, SettingScope Scope, bool IsSecret);
