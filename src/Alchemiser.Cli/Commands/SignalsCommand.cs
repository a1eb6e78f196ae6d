using System.CommandLine;
using System.Globalization;
using Alchemiser.Cli.Hosting;
using Alchemiser.Cli.Rendering;
using Alchemiser.Workflow.Signals;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser signals [--as-of D] [--json]</c>: the whole portfolio's target weights as of a date.</summary>
internal static class SignalsCommand
{
    public static Command Create(CliConsole console)
    {
        var asOf = CommonOptions.Date("--as-of", "Evaluate as of this session (yyyy-MM-dd); default: the last stored session");
        var json = CommonOptions.Json();
        var strategies = CommonOptions.Strategies();
        var command = new Command("signals", "Evaluate every strategy of portfolio.json and print per-strategy and consolidated weights") { asOf, json, strategies };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CliServices.Create(parse.GetValue(strategies)), console, parse.GetValue(asOf), parse.GetValue(json), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliServices services, CliConsole console, DateOnly? asOf, bool json, CancellationToken cancellationToken)
    {
        await DataBootstrap.EnsureDataAsync(services, console, cancellationToken).ConfigureAwait(false);
        PortfolioSignals signals;
        try
        {
            signals = await services.Signals.EvaluateAsync(asOf, cancellationToken).ConfigureAwait(false);
        }
        catch (PortfolioException problem)
        {
            foreach (var line in problem.Problems)
                console.Error.MarkupLine($"[red]{Markup.Escape(line)}[/]");
            return ExitCodes.Usage;
        }

        foreach (var signal in signals.Strategies)
        {
            foreach (var diagnostic in signal.Diagnostics)
                DiagnosticWriter.Write(console.Error, diagnostic);
            if (signal.Result?.Error is { } error)
                DiagnosticWriter.Write(console.Error, error);
        }
        if (json)
            console.Out.Profile.Out.Writer.WriteLine(Json.Serialize(ToJson(signals)));
        else
            RenderTables(console.Out, signals);
        return signals.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static object ToJson(PortfolioSignals signals) => new
    {
        asOf = signals.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        strategies = signals.Strategies.Select(s => new
        {
            file = s.Entry.File,
            name = s.Strategy?.Name,
            allocation = s.Entry.Allocation,
            weights = s.Result?.Allocation?.ToDictionary(h => h.Symbol.Value, h => h.Weight),
            error = s.Error?.ToString(),
        }),
        consolidated = signals.Consolidated?.Weights.ToDictionary(h => h.Symbol.Value, h => h.Weight),
    };

    private static void RenderTables(IAnsiConsole console, PortfolioSignals signals)
    {
        var strategies = new Table().Title($"Signals as of {signals.AsOf:yyyy-MM-dd}").AddColumns("Strategy", "Allocation", "Target weights");
        foreach (var signal in signals.Strategies)
        {
            var weights = signal.Result?.Allocation is { } allocation
                ? string.Join(", ", allocation.OrderByDescending(h => h.Weight).Select(h => $"{h.Symbol} {h.Weight:P1}"))
                : $"[red]failed: {Markup.Escape(signal.Error?.Code ?? "error")}[/]";
            strategies.AddRow(Markup.Escape(signal.Entry.StrategyId), signal.Entry.Allocation.ToString("P1", CultureInfo.InvariantCulture), weights);
        }
        console.Write(strategies);

        if (signals.Consolidated is not { } consolidated)
        {
            console.MarkupLine("[red]No consolidated portfolio: at least one strategy failed (fail closed). See the errors above.[/]");
            return;
        }
        var merged = new Table().Title("Consolidated portfolio").AddColumns("Symbol", "Weight", "From");
        foreach (var holding in consolidated.Weights.OrderByDescending(h => h.Weight))
        {
            var from = consolidated.Contributions.Where(c => c.Symbol == holding.Symbol).Select(c => c.StrategyId);
            merged.AddRow(holding.Symbol.Value, holding.Weight.ToString("P2", CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", from)));
        }
        console.Write(merged);
    }
}
