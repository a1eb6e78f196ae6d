using System.CommandLine;
using System.Globalization;
using Alchemiser.Cli.Hosting;
using Alchemiser.Cli.Rendering;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Workflow.Strategies;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser strategy list | check | debug</c>.</summary>
internal static class StrategyCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("strategy", "Inspect, check and debug strategy files");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Check(console));
        command.Subcommands.Add(StrategyDebugCommand.Create(console));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var strategies = CommonOptions.Strategies();
        var command = new Command("list", "List every strategy with its allocation, node count, symbols and the history it needs") { strategies };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var services = CliServices.Create(parse.GetValue(strategies));
            var catalog = await StrategyCatalog.LoadAsync(services.Strategies, cancellationToken).ConfigureAwait(false);
            var portfolio = (await services.Strategies.LoadPortfolioAsync(cancellationToken).ConfigureAwait(false)).Portfolio;
            var table = new Table().Title(Markup.Escape(services.Strategies.Location)).AddColumns("File", "Name", "Allocation", "Nodes", "Symbols", "History needed");
            foreach (var (file, load) in catalog.Entries)
            {
                var allocation = portfolio?.Strategies.FirstOrDefault(e => e.File == file)?.Allocation;
                var allocationText = allocation is { } a ? a.ToString("P1", CultureInfo.InvariantCulture) : "[grey]not in portfolio[/]";
                if (load.Strategy is not { } strategy)
                {
                    table.AddRow(Markup.Escape(file), "[red]load errors[/]", allocationText, "", "", "");
                    continue;
                }
                var symbols = strategy.Symbols.Count <= 8
                    ? string.Join(" ", strategy.Symbols)
                    : string.Join(" ", strategy.Symbols.Take(8)) + $" … (+{strategy.Symbols.Count - 8})";
                table.AddRow(
                    Markup.Escape(file), Markup.Escape(strategy.Name), allocationText, strategy.NodeCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(symbols), $"{StrategyRequirements.LongestLookback(strategy)} sessions");
            }
            console.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var strategies = CommonOptions.Strategies();
        var command = new Command("check", "Parse and check every strategy and portfolio.json; exit 1 on any error") { strategies };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var services = CliServices.Create(parse.GetValue(strategies));
            var catalog = await StrategyCatalog.LoadAsync(services.Strategies, cancellationToken).ConfigureAwait(false);
            var portfolio = await services.Strategies.LoadPortfolioAsync(cancellationToken).ConfigureAwait(false);
            var errors = 0;
            var warnings = 0;
            foreach (var (_, load) in catalog.Entries)
            {
                foreach (var diagnostic in load.Diagnostics)
                {
                    DiagnosticWriter.Write(console.Error, diagnostic);
                    if (diagnostic.IsError)
                        errors++;
                    else
                        warnings++;
                }
            }
            foreach (var problem in portfolio.Errors)
            {
                console.Error.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                errors++;
            }
            var colour = errors > 0 ? "red" : "green";
            console.Out.MarkupLine($"[{colour}]{catalog.Entries.Count} strategies and portfolio.json checked in {Markup.Escape(services.Strategies.Location)}: {errors} errors, {warnings} warnings[/]");
            return errors > 0 || catalog.Entries.Count == 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
