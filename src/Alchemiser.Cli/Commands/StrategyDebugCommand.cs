using System.CommandLine;
using Alchemiser.Cli.Hosting;
using Alchemiser.Cli.Rendering;
using Alchemiser.Core.Signals;
using Alchemiser.Infrastructure.Strategies;
using Alchemiser.Workflow.Signals;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser strategy debug &lt;file&gt; [--as-of D] [--json]</c>: the allocation and the full decision trace.</summary>
internal static class StrategyDebugCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The strategy file (.clj)" };
        var asOf = CommonOptions.Date("--as-of", "Evaluate as of this session (yyyy-MM-dd); default: the last stored session");
        var json = CommonOptions.Json();
        var strategies = CommonOptions.Strategies();
        var command = new Command("debug", "Evaluate one strategy and print every decision: conditions, filter rankings, weights") { file, asOf, json, strategies };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CliServices.Create(parse.GetValue(strategies)), console, parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(json), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliServices services, CliConsole console, string file, DateOnly? asOf, bool json, CancellationToken cancellationToken)
    {
        var load = await FileStrategyRepository.LoadFileAsync(file, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in load.Diagnostics)
            DiagnosticWriter.Write(console.Error, diagnostic);
        if (load.Strategy is not { } strategy)
            return ExitCodes.Failed;

        await DataBootstrap.EnsureDataAsync(services, console, cancellationToken).ConfigureAwait(false);
        var book = await MarketSnapshot.LoadAsync(services.Bars, strategy.Symbols, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (book.Sessions.Count == 0)
        {
            console.Error.MarkupLine($"[red]No bars stored for any of {string.Join(" ", strategy.Symbols)}: run `alchemiser data synth` or `alchemiser data import <folder>`.[/]");
            return ExitCodes.Failed;
        }
        var result = new StrategyEvaluator(strategy, book).Evaluate(asOf ?? book.Sessions[^1]);
        if (result.Error is { } error)
            DiagnosticWriter.Write(console.Error, error);

        if (json)
        {
            var output = new
            {
                allocation = result.Allocation?.ToDictionary(h => h.Symbol.Value, h => h.Weight),
                trace = result.Trace,
                diagnostics = load.Diagnostics.Append(result.Error).OfType<Core.Dsl.Diagnostic>().Select(d => new
                {
                    d.Code, severity = d.IsError ? "error" : "warning", d.Path, d.Line, d.Column, d.Message, d.AsOf, d.EvaluationPath,
                }),
            };
            console.Out.Profile.Out.Writer.WriteLine(Json.Serialize(output));
        }
        else if (result.Trace is { } trace)
        {
            console.Out.Profile.Out.Writer.Write(TraceTextWriter.Render(trace));
        }
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }
}
