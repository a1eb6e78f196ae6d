using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.Execution.Worker;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Infrastructure.Tests.Reliability;

/// <summary>
/// The whole day the way the cloud keeps its state — plans and reports in Blob, the execution buffer on a Storage Queue,
/// the ledger and run history in Tables (all on a real Azurite), email by SMTP to a real maildev — with the process
/// "killed" after an order's submission and the day resumed: no duplicate order, one summary email.
/// </summary>
public sealed class AzureBackedDayTests(AzuriteFixture azurite, MaildevFixture maildev) : IDisposable
{
    private readonly TempFolder _home = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Day_CrashAfterASubmissionThenResumed_CompletesOnAzureStorageWithOneOrderPerStepAndOneEmail()
    {
        var bars = await SynthesizeAsync();
        var settings = await SettingsAsync();
        var crash = new CancellationTokenSource();
        DecoratedBroker? decorated = null;

        using (var first = Create(settings, bars, broker => decorated = new DecoratedBroker(broker) { CrashToken = crash }))
        {
            var decision = await DecideAsync(first);
            decorated!.CrashAfterSubmitOf = ClientOrderId.For(decision.InstanceId!.Value, Symbol.Parse("TLT"), OrderSide.Buy, 0).Value;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(Ct, crash.Token);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LocalDay.RunAsync(first, decision, RunKind.Manual, TimeProvider.System, cancellationToken: linked.Token));
            Assert.Equal(RunStatus.Running, (await first.Runs.GetInstanceAsync(decision.InstanceId!.Value, Ct))!.Status);
        }

        // A new process over the same storage: the starter finds the Running instance and resumes it.
        using var second = Create(settings, bars, null);
        var resume = await DecideAsync(second);
        Assert.Equal(RunStartAction.Resume, resume.Action);
        var summary = await LocalDay.RunAsync(second, resume, RunKind.Manual, TimeProvider.System, cancellationToken: Ct);

        Assert.NotNull(summary);
        Assert.True(summary.Outcome == RunOutcome.Success, $"{summary.Outcome}: {summary.Reason}");
        var id = resume.InstanceId!.Value;
        var orders = await second.Broker.ListOrdersAsync(OrderListing.All, null, Ct);
        Assert.Equal(orders.Count, orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Contains(orders, o => o.ClientOrderId == ClientOrderId.For(id, Symbol.Parse("TLT"), OrderSide.Buy, 0).Value);
        var ledger = await second.Ledger.ListByInstanceAsync(id, Ct);
        Assert.Equal(orders.Where(o => o.FilledQuantity > 0).Select(o => o.ClientOrderId).Order(StringComparer.Ordinal),
            ledger.Select(e => e.ClientOrderId).Order(StringComparer.Ordinal));
        Assert.Equal(RunStatus.Completed, (await second.Runs.GetInstanceAsync(id, Ct))!.Status);
        Assert.NotNull(await second.Objects.OpenReadAsync("state/portfolio.json", Ct));

        var client = await maildev.GetClientAsync();
        var subject = $"[SIM] Alchemiser {id.TradingDate:yyyy-MM-dd}: SUCCESS — {summary.Execution!.Summary!.Totals.OrdersPlaced} orders, 0 failed";
        var emails = await client.WaitForSubjectAsync(subject, TimeSpan.FromSeconds(10));
        Assert.Single(emails);
    }

    private TradingServices Create(Dictionary<string, string> settings, IBarStore bars, Func<IBroker, IBroker>? decorate) =>
        TradingServices.Create(new TradingHostOptions
        {
            Home = _home.Path,
            StrategiesFolder = _home.Combine("strategies"),
            Settings = new HostSettings(name => settings.TryGetValue(name, out var value) ? value : null),
            BrokerDecorator = decorate,
        }, bars);

    private static async Task<RunStartDecision> DecideAsync(TradingServices trading)
    {
        var clock = await trading.Broker.GetClockAsync(Ct);
        return await RunStarter.DecideAsync(clock.Now, RunKind.Manual, null,
            async (id, ct) => (await trading.Runs.GetInstanceAsync(id, ct))?.Status, cancellationToken: Ct);
    }

    private async Task<Dictionary<string, string>> SettingsAsync()
    {
        var mail = await maildev.GetClientAsync();
        return new Dictionary<string, string>
        {
            [SettingNames.StorageConnectionString] = await azurite.GetConnectionStringAsync(),
            [SettingNames.ReportsContainer] = "reports-" + _suffix,
            [SettingNames.ExecutionQueue] = "execution-" + _suffix,
            [SettingNames.LedgerTable] = "ledger" + _suffix,
            [SettingNames.RunsTable] = "runs" + _suffix,
            [SettingNames.ExecutionVisibilitySeconds] = "3",
            [SettingNames.SmtpHost] = mail.SmtpHost,
            [SettingNames.SmtpPort] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SettingNames.SmtpSecurity] = "none",
            [SettingNames.EmailFrom] = "alchemiser@example.test",
            [SettingNames.EmailTo] = $"trader-{_suffix}@example.test",
        };
    }

    /// <summary>A two-strategy portfolio and its synthetic bars in a local Parquet store (bars are not the subject here).</summary>
    private async Task<IBarStore> SynthesizeAsync()
    {
        var strategies = Directory.CreateDirectory(_home.Combine("strategies")).FullName;
        await File.WriteAllTextAsync(Path.Combine(strategies, "bonds.clj"),
            "(defsymphony \"bonds\" {}\n  (weight-equal [(asset \"TLT\") (asset \"IEF\")]))\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(strategies, "equity.clj"),
            "(defsymphony \"equity\" {}\n  (if (> (rsi \"SPY\" {:window 10}) 80) [(asset \"BIL\")] [(asset \"SPY\")]))\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(strategies, "portfolio.json"),
            """{ "strategies": [ { "file": "bonds.clj", "allocation": 0.5 }, { "file": "equity.clj", "allocation": 0.5 } ] }""", Ct);
        var store = new ParquetBarStore(_home.Combine("bars-root"));
        var symbols = new[] { "TLT", "IEF", "SPY", "BIL" }.Select(Symbol.Parse).ToList();
        var bars = await new SyntheticMarketDataSource().GetDailyBarsAsync(symbols, new DateOnly(2025, 1, 2), new DateOnly(2026, 11, 20), Ct);
        await store.WriteManyAsync([.. bars.Values], BarSources.Synthetic, Ct);
        return store;
    }
}
