using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Strategies;
using Alchemiser.Infrastructure.Tests.Alpaca;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Ledger;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Infrastructure.Tests.Reliability;

/// <summary>
/// The daily run composed as the command line composes it (the real activities on <see cref="LocalDurableRunner"/>
/// over SQLite, a queue consumer executing the plan from the file queue, the SQLite ledger, the outbox), with the
/// <see cref="AlpacaBroker"/> talking over HTTP to a fresh <see cref="AlpacaTradingFake"/> behind an
/// <see cref="AlpacaStub"/>. The broker's clock says Tuesday 2024-11-26 10:31 New York time (the fake's), so the run
/// trades that day on bars ending 2024-11-25.
/// </summary>
/// <remarks>
/// The account: $20,000 cash, 100 SPY, 30 BRK.B, 50 XLE. Two strategies of half the portfolio each hold SPY, QQQ, TLT
/// and GLD, IEF, BRK/B equally: the plan sells SPY and all of XLE, then buys the rest. The fake fills only an order
/// that reaches the far side of the quote, so each item walks the book and cancels on the way. Waits are short and the
/// Alpaca client retries 5 times after 10 ms backoff (a 429 waits its <c>Retry-After</c>), with a 250 ms timeout.
/// </remarks>
internal sealed class AlpacaRunBed : IDisposable
{
    public static readonly DateOnly Day = new(2024, 11, 26);

    public static readonly InstanceId Instance = InstanceId.ForTradingDate(Day);

    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly ExecutionSettings Fast = ExecutionSettings.Default with
    {
        StepWait = TimeSpan.FromMilliseconds(100),
        CancelWait = TimeSpan.FromMilliseconds(500),
        CancelGrace = TimeSpan.FromSeconds(2),
        FinalWait = TimeSpan.FromMilliseconds(500),
        PollInterval = TimeSpan.FromMilliseconds(25),
        QuoteRefetchDelay = TimeSpan.FromMilliseconds(10),
        QuoteMaxAge = TimeSpan.FromHours(1),
    };

    private readonly RebalanceSettings _deploy;
    private readonly TempFolder _home = new();
    private readonly AlpacaStub _stub = new();
    private readonly TimeProvider _clock = new MovingClock(new DateTimeOffset(2024, 11, 26, 15, 31, 15, TimeSpan.Zero));

    /// <param name="deploymentFraction">φ. The fake holds buying power at the limit of every working buy as Alpaca
    /// does, so at 1.0 the worker must fit the last buys to what is left; the fault test deploys 0.97 so that which
    /// buy gets cut (an order of placements that faults reshuffle) cannot change the final account.</param>
    public AlpacaRunBed(decimal deploymentFraction = 0.97m)
    {
        _deploy = new RebalanceSettings(deploymentFraction: deploymentFraction);
        Fake = new AlpacaTradingFake(20_000m, ("SPY", 100m, 550m), ("BRK.B", 30m, 400m), ("XLE", 50m, 85m))
            .WithQuote("QQQ", 505.10m, 505.16m)
            .WithQuote("TLT", 92.40m, 92.42m)
            .WithQuote("GLD", 245.60m, 245.66m)
            .WithQuote("IEF", 94.80m, 94.82m)
            .WithQuote("XLE", 91.20m, 91.24m);
        _stub.Handle((request, _) => Fake.Reply(request));
    }

    public AlpacaTradingFake Fake { get; }

    public string Home => _home.Path;

    /// <summary>A new Alpaca client on the stub (faults reach it only while <see cref="AlpacaTradingFake.FaultPlan"/> is set).</summary>
    public AlpacaBroker Broker() => new(_stub.Options() with
    {
        RequestTimeout = RequestTimeout,
        MaxRetries = 5,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(1),
    }, _clock);

    /// <summary>Runs the day to the end: the instance's result once it is Completed or Failed.</summary>
    public async Task<WorkflowRunResult> RunDayAsync(CancellationToken cancellationToken)
    {
        await WriteInputsAsync(cancellationToken);
        using var broker = Broker();
        var bars = new ParquetBarStore(Home);
        var strategies = new FileStrategyRepository(_home.Combine("strategies"));
        var objects = new DirectoryObjectStore(Home);
        var queue = new FileExecutionQueue(Home, _clock);
        using var notifier = new DeduplicatingNotifier(new OutboxNotifier(OutboxOptions.InHome(Home), _clock), JsonLinesNotificationJournal.InHome(Home, _clock));
        var registry = new WorkflowRegistry()
            .AddOrchestrator<RunInput, RunSummary>(DailyRun.Name, () => new DailyRun())
            .AddActivity(GateActivity.Name, new GateActivity(broker, _clock))
            .AddActivity(LoadPortfolioActivity.Name, new LoadPortfolioActivity(strategies, _clock))
            .AddActivity(EvaluateStrategyActivity.Name, new EvaluateStrategyActivity(strategies, bars, _clock))
            .AddActivity(PlanRebalanceActivity.Name, new PlanRebalanceActivity(broker, bars, objects, _clock, _deploy))
            .AddActivity(EnqueueExecutionActivity.Name, new EnqueueExecutionActivity(queue, _clock))
            .AddActivity(NotifyActivity.Name, new NotifyActivity(notifier, objects, broker.Mode, _clock));
        var runner = new LocalDurableRunner(registry, new SqliteRunStore(Home), _clock);
        var worker = new ExecutionWorker(broker, objects, new LedgerFillRecorder(Ledger), _clock);
        var consumer = new ExecutionQueueConsumer(queue, new ExecutionProcessor(new PlanStore(objects), worker, Fast, _clock), notifier,
            (id, completed, ct) => runner.RaiseEventAsync(id, ExecutionCompleted.EventName, completed, ct),
            NotificationMode.Paper, TimeSpan.FromSeconds(3), _clock);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consuming = consumer.RunAsync(TimeSpan.FromMilliseconds(50), stop.Token);
        try
        {
            var input = new RunInput(Day, RunKind.Manual, Instance.Value + "/start", Instance.Value, null, _clock.GetUtcNow().UtcDateTime);
            return await runner.StartAsync(DailyRun.Name, Instance, input, force: false, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await consuming;
        }
    }

    public SqliteTradeLedger Ledger => new(Path.Combine(Home, "ledger.db"));

    public void Dispose()
    {
        _stub.Dispose();
        _home.Dispose();
    }

    private async Task WriteInputsAsync(CancellationToken cancellationToken)
    {
        var bars = new ParquetBarStore(Home);
        foreach (var (ticker, close) in new[] { ("SPY", 598.0), ("QQQ", 503.0), ("TLT", 92.0), ("GLD", 244.0), ("IEF", 94.5), ("BRK/B", 462.0), ("XLE", 91.0) })
        {
            var dates = new DateOnly[30];
            dates[^1] = NyseCalendar.PreviousTradingDay(Day);
            for (var i = dates.Length - 2; i >= 0; i--)
                dates[i] = NyseCalendar.PreviousTradingDay(dates[i + 1]);
            var closes = Enumerable.Range(0, dates.Length).Select(i => close * (1 + (0.001 * (i - dates.Length + 1)))).ToArray();
            await bars.WriteAsync(new BarSeries(Symbol.Parse(ticker), dates, closes), cancellationToken);
        }
        var folder = _home.Combine("strategies");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "alpha.clj"),
            "(defsymphony \"Alpha\" {}\n  (weight-equal [(asset \"SPY\") (asset \"QQQ\") (asset \"TLT\")]))\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "beta.clj"),
            "(defsymphony \"Beta\" {}\n  (weight-equal [(asset \"GLD\") (asset \"IEF\") (asset \"BRK/B\")]))\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "portfolio.json"),
            """{ "strategies": [ { "file": "alpha.clj", "allocation": 0.5 }, { "file": "beta.clj", "allocation": 0.5 } ], "onStrategyFailure": "abort" }""",
            cancellationToken);
    }

    /// <summary>Real time moved to start at a given instant, so that waits are real and the broker's stamps line up.</summary>
    private sealed class MovingClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _origin = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_origin);
    }
}
