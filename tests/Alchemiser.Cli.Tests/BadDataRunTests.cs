using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Cli.Tests;

/// <summary>
/// <c>alchemiser run</c> when validation flagged one symbol's latest bar (PIPELINE.md §3, §11.4): the flagged close is
/// withheld, every strategy that reads it fails closed (DSL021), the run (on abort) fails with an alert and places no
/// order. The strategies that do not read it evaluate as usual.
/// </summary>
public sealed class BadDataRunTests
{
    private static readonly Symbol Flagged = Symbol.Parse("GLD");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_OneSymbolsLatestBarFlagged_TheStrategiesReadingItFailClosedAndTheRunFailsWithAnAlertAndNoOrder()
    {
        using var cli = new CliHarness();
        await DataBootstrap.EnsureDataAsync(cli.Services, cli.Console, Ct);
        var latest = (await cli.Services.Bars.ReadAsync(Flagged, Ct))!.LastDate!.Value;
        await cli.Services.Bars.RecordValidationAsync(Flagged,
            [new BarIssue(Flagged, latest, BarCheck.SuspiciousJump, "close moved 38.0% in one session")], Ct);

        var exit = await RunCommand.RunAsync(cli.Services, cli.Console, new RunRequest(), Ct);

        Assert.Equal(ExitCodes.Failed, exit);
        var instance = Assert.Single(await cli.Services.Runs.ListInstancesAsync(null, Ct));
        Assert.Equal(RunStatus.Completed, instance.Status);
        var summary = new WorkflowRunResult(instance.Id, instance.Status, instance.OutputJson, null).ReadOutput<RunSummary>()!;
        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Null(summary.Plan);

        var failed = summary.Strategies.Where(s => !s.Succeeded).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, s =>
        {
            Assert.Equal(DiagnosticCodes.Data, s.Error!.Code);
            Assert.Contains("GLD", s.Error.Message, StringComparison.Ordinal);
            Assert.Contains("flagged by validation (SuspiciousJump)", s.Error.Message, StringComparison.Ordinal);
        });
        var readers = await StrategiesReferringToAsync(cli, Flagged);
        Assert.All(failed, s => Assert.Contains(s.Strategy.File, readers));
        Assert.Contains(summary.Strategies, s => s.Succeeded);
        Assert.All(summary.Strategies.Where(s => !readers.Contains(s.Strategy.File)), s => Assert.True(s.Succeeded, s.Strategy.File));
        Assert.Contains($"{failed.Count} {(failed.Count == 1 ? "strategy" : "strategies")} failed", cli.Out, StringComparison.Ordinal);

        var alert = Assert.Single(Directory.GetFiles(Path.Combine(cli.Home, "outbox"), "*failure-alert*.eml"));
        Assert.Contains("ALERT Alchemiser 2026-11-23", await File.ReadAllTextAsync(alert, Ct), StringComparison.Ordinal);
        var broker = new SimulatedBroker(new SimulatedBrokerOptions { Root = cli.Home }, cli.Services.Bars);
        Assert.Empty(await broker.ListOrdersAsync(OrderListing.All, null, Ct));
        Assert.False(Directory.Exists(Path.Combine(cli.Home, "plans")));
    }

    private static async Task<HashSet<string>> StrategiesReferringToAsync(CliHarness cli, Symbol symbol)
    {
        var catalog = await StrategyCatalog.LoadAsync(cli.Services.Strategies, Ct);
        return [.. catalog.Entries.Where(e => e.Load.Succeeded && e.Load.Strategy!.Symbols.Contains(symbol)).Select(e => e.File)];
    }
}
