using System.Text.RegularExpressions;
using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Cli.Tests;

/// <summary><c>alchemiser run</c> end to end on the embedded default: synthetic bars, simulated broker, file queue,
/// SQLite ledger and run store, .eml outbox.</summary>
public sealed partial class RunCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_FreshHome_TradesTheDayAfterTheNewestBarRecordsTheLedgerEmailsAndWalksForward()
    {
        using var cli = new CliHarness();

        var exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(), Ct);

        Assert.True(exit == ExitCodes.Success, cli.Out + cli.Error);
        // The harness clock stands on Friday 2026-11-20 after the close: synthetic bars end that day, so the simulated
        // session is Monday 2026-11-23.
        Assert.Contains("2026-11-23  SUCCESS", cli.Out, StringComparison.Ordinal);
        var runs = await cli.Services.Runs.ListInstancesAsync(null, Ct);
        var run = Assert.Single(runs);
        Assert.Equal(("2026-11-23", RunStatus.Completed), (run.Id.Value, run.Status));

        var ledger = new SqliteTradeLedger(Path.Combine(cli.Home, "ledger.db"));
        var fills = await ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-23"), Ct);
        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.StartsWith("20261123-B-", f.ClientOrderId, StringComparison.Ordinal));
        Assert.Equal(fills.Count, fills.Select(f => f.ClientOrderId).Distinct().Count());
        Assert.Matches(TradesRow(), cli.Out);

        var email = Assert.Single(Directory.GetFiles(Path.Combine(cli.Home, "outbox"), "*.eml"));
        Assert.Contains("[SIM] Alchemiser 2026-11-23: SUCCESS", await File.ReadAllTextAsync(email, Ct), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, await RunsCommands.ShowAsync(cli.Services.Runs, cli.Console, "2026-11-23", Ct));
        Assert.Matches(@"│\s+Gate\s+│.*│\s+Pass: trading day", cli.Out);
        Assert.Matches(@"│\s+EvaluateStrategy\s+│.*│\s+nuclear: ", cli.Out);
        Assert.Matches(@"│\s+PlanRebalance\s+│.*│\s+Trades: 0 sells \$0\.00, \d+ buys", cli.Out);
        Assert.Matches(@"│\s+ExecutionCompleted\s+│.*│\s+\d+ orders: \d+ filled", cli.Out);
        Assert.Matches(@"│\s+Notify\s+│.*│\s+sent: \[SIM\] Alchemiser 2026-11-23: SUCCESS", cli.Out);
        Assert.Contains("outcome: Success", cli.Out, StringComparison.Ordinal);

        var spy = await cli.Services.Bars.ReadAsync(Symbol.Parse("SPY"), Ct);
        Assert.Equal(new DateOnly(2026, 11, 23), spy!.LastDate);

        exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(), Ct);
        Assert.True(exit == ExitCodes.Success, cli.Out + cli.Error);
        Assert.Contains("2026-11-24", (await cli.Services.Runs.ListInstancesAsync(null, Ct)).Select(i => i.Id.Value));
    }

    [Fact]
    public async Task Run_DryRun_PlansWithoutPlacingAnOrder()
    {
        using var cli = new CliHarness();

        var exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(DryRun: true), Ct);

        Assert.True(exit == ExitCodes.Success, cli.Out + cli.Error);
        Assert.Contains("DRY RUN", cli.Out, StringComparison.Ordinal);
        Assert.Contains("planned", cli.Out, StringComparison.Ordinal);
        Assert.Empty(await OrdersAsync(cli));
        Assert.False(Directory.Exists(Path.Combine(cli.Home, "plans")));
        var run = Assert.Single(await cli.Services.Runs.ListInstancesAsync(null, Ct));
        Assert.StartsWith("dry-run-2026-11-23-", run.Id.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameDayAgain_IsRefusedUnlessForcedAndTheForcedRerunFindsNothingToTrade()
    {
        using var cli = new CliHarness();
        var day = new DateOnly(2026, 11, 23);
        Assert.Equal(ExitCodes.Success, await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(Date: day), Ct));

        var again = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(Date: day), Ct);
        Assert.Equal(ExitCodes.Failed, again);
        Assert.Contains("already ran; use --force", cli.Error, StringComparison.Ordinal);

        var forced = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(Date: day, Force: true), Ct);
        Assert.True(forced == ExitCodes.Success, cli.Out + cli.Error);
        Assert.Contains("2026-11-23#2  NO TRADES", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LiveWithTheSimulatedBroker_IsAUsageErrorAndChangesNothing()
    {
        using var cli = new CliHarness();

        var exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(Live: true), Ct);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--live needs the Alpaca broker", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await cli.Services.Runs.ListInstancesAsync(null, Ct));
    }

    [Fact]
    public async Task Run_AStrategyFails_FailsClosedWithAnAlertAndNoOrder()
    {
        var strategies = Directory.CreateTempSubdirectory("alchemiser-strategies-").FullName;
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "strategies", "nuclear.clj"), Path.Combine(strategies, "nuclear.clj"));
            await File.WriteAllTextAsync(Path.Combine(strategies, "broken.clj"),
                "(defsymphony \"broken\" {}\n  (weight-equal [(asset \"SPY\") (asset \"NOT A TICKER\")]))\n", Ct);
            await File.WriteAllTextAsync(Path.Combine(strategies, "portfolio.json"),
                """{ "strategies": [ { "file": "nuclear.clj", "allocation": 0.5 }, { "file": "broken.clj", "allocation": 0.5 } ] }""", Ct);
            using var cli = new CliHarness(strategies);

            var exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(), Ct);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.Contains("FAILED", cli.Out, StringComparison.Ordinal);
            Assert.Contains("1 strategy failed (broken): no plan, no orders", cli.Out, StringComparison.Ordinal);
            var alert = Assert.Single(Directory.GetFiles(Path.Combine(cli.Home, "outbox"), "*failure-alert*.eml"));
            Assert.Contains("ALERT Alchemiser 2026-11-23", await File.ReadAllTextAsync(alert, Ct), StringComparison.Ordinal);
            Assert.Empty(await OrdersAsync(cli));
        }
        finally
        {
            Directory.Delete(strategies, recursive: true);
        }
    }

    private static Task<IReadOnlyList<BrokerOrder>> OrdersAsync(CliHarness cli) =>
        new SimulatedBroker(new SimulatedBrokerOptions { Root = cli.Home }, cli.Services.Bars).ListOrdersAsync(OrderListing.All, null, Ct);

    [GeneratedRegex(@"│\s+[A-Z]+\s+│\s+BUY\s+│\s+[\d,]+\.\d\d\s+│\s+[\d.]+\s+│\s+[\d,]+\.\d\d\s+│\s+-?[\d.]+\s+│\s+1\s+│\s+Filled")]
    private static partial Regex TradesRow();
}
