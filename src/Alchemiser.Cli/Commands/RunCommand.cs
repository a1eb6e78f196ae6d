using System.CommandLine;
using Alchemiser.Cli.Hosting;
using Alchemiser.Cli.Rendering;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data.Refresh;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Starting;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary>
/// <c>alchemiser run [--date D] [--dry-run] [--force] [--live]</c>: the whole trading day in this process — the
/// <see cref="DailyRun"/> on the local durable runner, with a queue consumer executing its plan — then a summary.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var date = CommonOptions.Date("--date", "Trade this session (yyyy-MM-dd; simulated broker only); default: the broker's today");
        var dryRun = new Option<bool>("--dry-run") { Description = "Evaluate and plan against the account, place no order" };
        var force = new Option<bool>("--force") { Description = "Skip the calendar rules; rerun a finished day as a new instance (yyyy-MM-dd#n)" };
        var live = new Option<bool>("--live") { Description = "Confirm trading a live Alpaca account (ALPACA_ENVIRONMENT=live)" };
        var json = CommonOptions.Json();
        var strategies = CommonOptions.Strategies();
        var command = new Command("run", "Run the trading day: gate, evaluate, plan, execute, ledger, email") { date, dryRun, force, live, json, strategies };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CliServices.Create(parse.GetValue(strategies)), console,
            new RunRequest(parse.GetValue(date), parse.GetValue(dryRun), parse.GetValue(force), parse.GetValue(live), parse.GetValue(json)),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliServices services, CliConsole console, RunRequest request, CancellationToken cancellationToken)
    {
        await DataBootstrap.EnsureDataAsync(services, console, cancellationToken).ConfigureAwait(false);
        TradingServices trading;
        TestPause? pause;
        try
        {
            pause = TestPause.FromSettings(services.Settings);
            trading = TradingServices.Create(new TradingHostOptions
            {
                Home = services.Paths.Home,
                StrategiesFolder = services.Paths.Strategies,
                Settings = services.Settings,
                Clock = services.Clock,
                AllowLive = request.Live,
                SimulatedSession = request.Date,
                BrokerDecorator = pause is null ? null : pause.Broker,
            }, services.Bars);
        }
        catch (HostConfigurationException problem)
        {
            console.Error.MarkupLine($"[red]{Markup.Escape(problem.Message)}[/]");
            return ExitCodes.Usage;
        }

        using (trading)
        {
            var kind = RunStarter.KindOf(request.Force, request.DryRun);
            // The market's time is the broker's clock: the simulated broker's session, or Alpaca's real time.
            var clock = await trading.Broker.GetClockAsync(cancellationToken).ConfigureAwait(false);
            var decision = await RunStarter.DecideAsync(
                clock.Now, kind, null, async (id, ct) => (await trading.Runs.GetInstanceAsync(id, ct).ConfigureAwait(false))?.Status, trading.Gate,
                services.Clock.GetUtcNow().ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            if (decision.Action is RunStartAction.Rejected or RunStartAction.Ignored)
            {
                console.Error.MarkupLine($"[yellow]Not running {decision.TradingDate:yyyy-MM-dd}: {Markup.Escape(decision.Reason)}[/]");
                return ExitCodes.Failed;
            }
            if (decision.Action == RunStartAction.Resume)
                console.Error.MarkupLine($"[grey]{Markup.Escape(decision.Reason)}[/]");

            var summary = await LocalDay.RunAsync(
                trading, decision, kind, services.Clock, pause?.Activities, pause is null ? null : pause.Runs(trading.Runs), cancellationToken).ConfigureAwait(false);
            if (summary is null)
            {
                console.Error.MarkupLine($"[red]Run {decision.InstanceId} failed; see `alchemiser runs show {decision.InstanceId}` and run the same command again to resume it.[/]");
                return ExitCodes.Failed;
            }
            if (trading.Broker.Mode == BrokerMode.Simulated && summary.Outcome is RunOutcome.Success or RunOutcome.Partial or RunOutcome.NoTrades or RunOutcome.Degraded)
                await new SessionAppender(services.Bars, new SyntheticMarketDataSource()).AppendAsync(summary.TradingDate, cancellationToken).ConfigureAwait(false);

            if (request.Json)
                console.Out.Profile.Out.Writer.WriteLine(Json.Serialize(summary));
            else
                RunSummaryWriter.Write(console.Out, summary, services.Paths.Home);
            return summary.Outcome is RunOutcome.Failed or RunOutcome.Skipped ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}

/// <summary>The options of one <c>alchemiser run</c>.</summary>
internal sealed record RunRequest(DateOnly? Date = null, bool DryRun = false, bool Force = false, bool Live = false, bool Json = false);
