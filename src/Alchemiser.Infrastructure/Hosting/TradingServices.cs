using System.Globalization;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Strategies;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Ledger;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Strategies;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Hosting;

/// <summary>
/// Every port of the daily run, chosen from settings (PIPELINE.md §11.12: the mapping is explicit and tested): the
/// embedded default is files under the state folder and the simulated broker; storage settings switch the object
/// store, queue, ledger and run store to Azure Storage; Alpaca settings switch the broker; an SMTP host switches email.
/// </summary>
public sealed class TradingServices : IDisposable
{
    /// <summary>The default of <see cref="SettingNames.ExecutionVisibilitySeconds"/>.</summary>
    public const int DefaultVisibilitySeconds = 60;

    // The SMTP options and the settings that set them, to name the settings in errors.
    /// <summary>One identity for every storage client the settings point at an endpoint (blob, queue, table), so the
    /// process resolves the credential chain and caches its token once rather than per client.</summary>
    private static readonly Lazy<DefaultAzureCredential> AzureCredential = new(() => new DefaultAzureCredential());

    private static readonly (string Option, string Setting)[] EmailSettingNames =
    [
        ("Host", SettingNames.SmtpHost), ("Port", SettingNames.SmtpPort), ("Security", SettingNames.SmtpSecurity),
        ("Username", SettingNames.SmtpUsername), ("Password", SettingNames.SmtpPassword),
        ("From", SettingNames.EmailFrom), ("To", SettingNames.EmailTo),
    ];

    private readonly List<IDisposable> _owned = [];

    private TradingServices(TradingHostOptions options, IBarStore bars)
    {
        Options = options;
        try
        {
            var settings = options.Settings;
            VisibilityTimeout = VisibilityFrom(settings);
            Rebalance = RebalanceFrom(settings);
            Bars = bars;
            Strategies = new FileStrategyRepository(options.StrategiesFolder);
            Objects = CreateObjects(options);
            var broker = Own(CreateBroker(options, bars));
            Broker = options.BrokerDecorator?.Invoke(broker) ?? broker;
            Queue = CreateQueue(options);
            Ledger = CreateLedger(options);
            Runs = RunStoreFor(options.Home, options.Settings);
            // Locally a file in the state folder; with Blob storage a document per key, shared by every function instance.
            INotificationJournal journal = Objects is DirectoryObjectStore
                ? JsonLinesNotificationJournal.InHome(options.Home, options.Clock)
                : new ObjectStoreNotificationJournal(Objects, options.Clock);
            Own(journal);
            Notifier = Own(new DeduplicatingNotifier(CreateNotifier(options), journal));
        }
        catch
        {
            Dispose(); // what was built before an invalid setting stopped the rest
            throw;
        }
    }

    /// <summary>What the services were built from.</summary>
    public TradingHostOptions Options { get; }

    /// <summary>Completed daily bars.</summary>
    public IBarStore Bars { get; }

    /// <summary><c>portfolio.json</c> and the symphonies.</summary>
    public IStrategyRepository Strategies { get; }

    /// <summary>Plans, execution records, reports and the portfolio state.</summary>
    public IObjectStore Objects { get; }

    /// <summary>The broker.</summary>
    public IBroker Broker { get; }

    /// <summary>The execution buffer.</summary>
    public IExecutionQueue Queue { get; }

    /// <summary>The trade ledger.</summary>
    public ITradeLedger Ledger { get; }

    /// <summary>The run history.</summary>
    public IRunStore Runs { get; }

    /// <summary>Email, de-duplicated per (instance, kind) by a journal beside the other state.</summary>
    public INotifier Notifier { get; }

    /// <summary>How long an execution delivery stays hidden between renewals.</summary>
    public TimeSpan VisibilityTimeout { get; }

    /// <summary>The execution worker's settings.</summary>
    public ExecutionSettings Execution { get; init; } = ExecutionSettings.Default;

    /// <summary>The planner's settings.</summary>
    public RebalanceSettings Rebalance { get; init; }

    /// <summary>The gate's settings.</summary>
    public GateSettings Gate { get; init; } = GateSettings.Default;

    /// <summary>Builds the services.</summary>
    /// <param name="options">What the host says.</param>
    /// <param name="bars">The bar store the host already uses (so it is read through one instance).</param>
    /// <exception cref="HostConfigurationException">A setting is invalid or unsafe (e.g. a live account without <c>--live</c>).</exception>
    public static TradingServices Create(TradingHostOptions options, IBarStore bars)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bars);
        return new TradingServices(options, bars);
    }

    /// <summary>The daily run's activities over these services: what the local registry and the Functions host both run.</summary>
    public DailyRunActivities CreateActivities()
    {
        var clock = Options.Clock;
        return new DailyRunActivities(
            new GateActivity(Broker, clock, Gate),
            new LoadPortfolioActivity(Strategies, clock),
            new EvaluateStrategyActivity(Strategies, Bars, clock),
            new PlanRebalanceActivity(Broker, Bars, Objects, clock, Rebalance),
            new EnqueueExecutionActivity(Queue, clock),
            new NotifyActivity(Notifier, Objects, Broker.Mode, clock));
    }

    /// <summary>The daily run and its activities, registered for <see cref="LocalDurableRunner"/>.</summary>
    /// <param name="decorator">Wraps each activity (a host's cross-cutting hook); none by default.</param>
    public WorkflowRegistry CreateRegistry(IActivityDecorator? decorator = null)
    {
        var activities = CreateActivities();
        IActivity<TInput, TOutput> Wrap<TInput, TOutput>(string name, IActivity<TInput, TOutput> activity) =>
            decorator is null ? activity : decorator.Decorate(name, activity);
        return new WorkflowRegistry()
            .AddOrchestrator<RunInput, RunSummary>(DailyRun.Name, () => new DailyRun())
            .AddActivity(GateActivity.Name, Wrap(GateActivity.Name, activities.Gate))
            .AddActivity(LoadPortfolioActivity.Name, Wrap(LoadPortfolioActivity.Name, activities.LoadPortfolio))
            .AddActivity(EvaluateStrategyActivity.Name, Wrap(EvaluateStrategyActivity.Name, activities.EvaluateStrategy))
            .AddActivity(PlanRebalanceActivity.Name, Wrap(PlanRebalanceActivity.Name, activities.PlanRebalance))
            .AddActivity(EnqueueExecutionActivity.Name, Wrap(EnqueueExecutionActivity.Name, activities.EnqueueExecution))
            .AddActivity(NotifyActivity.Name, Wrap(NotifyActivity.Name, activities.Notify));
    }

    /// <summary>The execution side: plan store, worker with the ledger as fill recorder.</summary>
    public ExecutionProcessor CreateExecutionProcessor() =>
        new(new PlanStore(Objects), new ExecutionWorker(Broker, Objects, new LedgerFillRecorder(Ledger), Options.Clock), Execution, Options.Clock);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
        _owned.Clear();
    }

    private T Own<T>(T value)
    {
        if (value is IDisposable disposable)
            _owned.Add(disposable);
        return value;
    }

    /// <summary>The visibility timeout: what the consumer renews (at least 3 s) and a queue accepts (at most 7 days).</summary>
    private static RebalanceSettings RebalanceFrom(HostSettings settings)
    {
        if (settings.Get(SettingNames.DeploymentFraction) is not { } text)
            return RebalanceSettings.Default;
        if (decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var fraction)
            && fraction is > 0m and <= 1m)
        {
            return new RebalanceSettings(deploymentFraction: fraction);
        }
        throw new HostConfigurationException($"{SettingNames.DeploymentFraction}='{text}' is not a fraction above 0 and at most 1 (e.g. 0.99)");
    }

    private static TimeSpan VisibilityFrom(HostSettings settings)
    {
        var seconds = settings.PositiveInt(SettingNames.ExecutionVisibilitySeconds, DefaultVisibilitySeconds);
        var timeout = TimeSpan.FromSeconds(seconds);
        if (timeout < ExecutionQueueConsumer.MinVisibilityTimeout || timeout > ExecutionQueueLimits.MaxVisibilityTimeout)
        {
            throw new HostConfigurationException(string.Create(CultureInfo.InvariantCulture,
                $"{SettingNames.ExecutionVisibilitySeconds}={seconds} is not from {ExecutionQueueConsumer.MinVisibilityTimeout.TotalSeconds} to {ExecutionQueueLimits.MaxVisibilityTimeout.TotalSeconds} seconds"));
        }
        return timeout;
    }

    private static IObjectStore CreateObjects(TradingHostOptions options) =>
        ObjectStoreFor(options.Home, options.Settings, options.Settings.StorageConnection(), SettingNames.ReportsContainer, "reports");

    /// <summary>A Blob container when a connection string or the blob endpoint is set, else the folder <paramref name="home"/>.</summary>
    private static IObjectStore ObjectStoreFor(string home, HostSettings settings, string? connection, string containerSetting, string defaultContainer)
    {
        var account = settings.Url(SettingNames.BlobAccountUrl);
        if (account is null && connection is null)
            return new DirectoryObjectStore(home);
        var options = new BlobStorageOptions
        {
            AccountUrl = connection is null ? account : null,
            ConnectionString = connection,
            Container = settings.Get(containerSetting, defaultContainer),
        };
        return BlobObjectStore.Create(options, connection is null ? AzureCredential.Value : null);
    }

    private static IBroker CreateBroker(TradingHostOptions options, IBarStore bars)
    {
        var settings = options.Settings;
        var kind = settings.Get(SettingNames.Broker)?.ToLowerInvariant()
            ?? (settings.Get(AlpacaOptions.ApiKeySetting) is null ? "simulated" : "alpaca");
        switch (kind)
        {
            case "simulated":
                if (options.AllowLive)
                    throw new HostConfigurationException("--live needs the Alpaca broker (ALCHEMISER_BROKER=alpaca, ALPACA_ENVIRONMENT=live and live keys); the simulated broker has no live account");
                return new SimulatedBroker(new SimulatedBrokerOptions { Root = options.Home, SimulatedSessionDate = options.SimulatedSession },
                    bars, options.Clock, options.Loggers.CreateLogger<SimulatedBroker>());
            case "alpaca":
                return CreateAlpaca(options);
            default:
                throw new HostConfigurationException($"{SettingNames.Broker}='{kind}' is not 'simulated' or 'alpaca'");
        }
    }

    private static AlpacaBroker CreateAlpaca(TradingHostOptions options)
    {
        AlpacaOptions alpaca;
        try
        {
            alpaca = AlpacaOptions.FromEnvironment(options.Settings.Lookup);
        }
        catch (AlpacaConfigurationException ex)
        {
            throw new HostConfigurationException(ex.Message, ex);
        }
        var live = alpaca.Environment == AlpacaEnvironment.Live;
        if (live && !options.AllowLive && !options.Settings.Flag(SettingNames.LiveTrading))
        {
            throw new HostConfigurationException(
                $"{AlpacaOptions.EnvironmentSetting}=live trades real money: pass --live (or set {SettingNames.LiveTrading}=true) to confirm");
        }
        if (!live && options.AllowLive)
            throw new HostConfigurationException($"--live needs {AlpacaOptions.EnvironmentSetting}=live and live keys; the account configured is paper");
        if (options.SimulatedSession is not null)
            throw new HostConfigurationException("--date picks a simulated session: a real broker trades today only (use --dry-run to plan another day)");
        return new AlpacaBroker(alpaca, options.Clock, options.Loggers.CreateLogger<AlpacaBroker>());
    }

    private static IExecutionQueue CreateQueue(TradingHostOptions options)
    {
        var settings = options.Settings;
        var name = settings.Get(SettingNames.ExecutionQueue, "execution");
        if (settings.Url(SettingNames.QueueAccountUrl) is { } account)
            return new StorageQueueExecutionQueue(account, AzureCredential.Value, name, timeProvider: options.Clock);
        if (settings.StorageConnection() is { } connection)
            return new StorageQueueExecutionQueue(connection, name, timeProvider: options.Clock);
        return new FileExecutionQueue(options.Home, options.Clock);
    }

    private static ITradeLedger CreateLedger(TradingHostOptions options)
    {
        var settings = options.Settings;
        var table = settings.Get(SettingNames.LedgerTable, "ledger");
        if (settings.Url(SettingNames.TableAccountUrl) is { } account)
            return new TableTradeLedger(account, AzureCredential.Value, table);
        if (settings.StorageConnection() is { } connection)
            return new TableTradeLedger(connection, table);
        return new SqliteTradeLedger(Path.Combine(options.Home, "ledger.db"));
    }

    /// <summary>The bar store the settings choose: Parquet files in a Blob container when a blob connection string or
    /// account URL is set (container <c>ALCHEMISER_BLOB_CONTAINER</c>, default <c>bars</c>), else under <paramref name="home"/>.</summary>
    public static IBarStore BarStoreFor(string home, HostSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var objects = ObjectStoreFor(home, settings, settings.StorageConnection(SettingNames.BlobConnectionString), SettingNames.BlobContainer, "bars");
        return new ParquetBarStore(objects, clock);
    }

    /// <summary>The run store the settings choose: Azure Table when a table endpoint or storage connection is set, else
    /// <c>runs.db</c> in <paramref name="home"/>. What <c>alchemiser runs</c> reads, too.</summary>
    public static IRunStore RunStoreFor(string home, HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var prefix = settings.Get(SettingNames.RunsTable, "runs");
        if (settings.Url(SettingNames.TableAccountUrl) is { } account)
            return new TableRunStore(account, AzureCredential.Value, prefix);
        if (settings.StorageConnection() is { } connection)
            return new TableRunStore(connection, prefix);
        return new SqliteRunStore(home);
    }

    /// <summary>A problem of <see cref="SmtpOptions.Validate"/> with the option (<c>Email:From</c>) named by the setting
    /// that sets it here (<c>ALCHEMISER_EMAIL_FROM</c>).</summary>
    private static string NameTheSetting(string problem)
    {
        foreach (var (option, setting) in EmailSettingNames)
            problem = problem.Replace($"{SmtpOptions.SectionName}:{option}", setting, StringComparison.Ordinal);
        return problem;
    }

    private static INotifier CreateNotifier(TradingHostOptions options)
    {
        var settings = options.Settings;
        var to = (settings.Get(SettingNames.EmailTo) ?? "")
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (settings.Get(SettingNames.SmtpHost) is not { } host)
        {
            var outbox = OutboxOptions.InHome(options.Home) with { To = to };
            return new OutboxNotifier(settings.Get(SettingNames.EmailFrom) is { } from ? outbox with { From = from } : outbox, options.Clock);
        }
        var smtp = new SmtpOptions
        {
            Host = host,
            Port = settings.PositiveInt(SettingNames.SmtpPort, 587),
            Security = settings.Get(SettingNames.SmtpSecurity, "starttls").ToLowerInvariant() switch
            {
                "starttls" => SmtpSecurity.StartTls,
                "tls" => SmtpSecurity.SslOnConnect,
                "none" => SmtpSecurity.None,
                "auto" => SmtpSecurity.Auto,
                var other => throw new HostConfigurationException($"{SettingNames.SmtpSecurity}='{other}' is not starttls, tls, none or auto"),
            },
            Username = settings.Get(SettingNames.SmtpUsername),
            Password = settings.Get(SettingNames.SmtpPassword),
            From = settings.Get(SettingNames.EmailFrom) ?? "",
            To = to,
        };
        if (smtp.Validate() is { Count: > 0 } problems)
            throw new HostConfigurationException("email settings: " + string.Join("; ", problems.Select(NameTheSetting)));
        return new SmtpNotifier(smtp, options.Clock, options.Loggers.CreateLogger<SmtpNotifier>());
    }
}
