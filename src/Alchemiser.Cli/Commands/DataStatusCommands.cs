using System.CommandLine;
using System.Globalization;
using Alchemiser.Cli.Hosting;
using Symbol = Alchemiser.Core.Market.Symbol;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Data.Refresh;
using Alchemiser.Workflow.Data.Validation;
using Alchemiser.Workflow.Strategies;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser data status | validate | refresh</c>: what is stored, whether it is sound, bring it up to date.</summary>
internal static class DataStatusCommands
{
    public static Command Status(CliConsole console)
    {
        var command = new Command("status", "Show every stored symbol's range, rows, source, last refresh and validation (from the manifest)");
        command.SetAction((_, cancellationToken) => StatusAsync(CliServices.Create(null), console, cancellationToken));
        return command;
    }

    public static Command Validate(CliConsole console)
    {
        var command = new Command("validate", "Check every stored symbol (prices, dates, gaps, staleness, suspicious jumps); exit 1 when any bar is flagged");
        command.SetAction((_, cancellationToken) => ValidateAsync(CliServices.Create(null), console, null, cancellationToken));
        return command;
    }

    public static Command Refresh(CliConsole console)
    {
        var symbols = new Option<string[]>("--symbols") { Description = "Only these symbols (default: every symbol the strategies need)", AllowMultipleArgumentsPerToken = true };
        var since = CommonOptions.Date("--since", $"First session for a symbol with no bars, or with --full (default {BarRefresher.DefaultStart:yyyy-MM-dd})");
        var full = new Option<bool>("--full") { Description = "Refetch and rewrite every symbol's whole history" };
        var strategies = CommonOptions.Strategies();
        var command = new Command("refresh", "Fetch the completed daily bars that are missing (Alpaca when ALPACA_API_KEY is set, else the synthetic market), then validate") { symbols, since, full, strategies };
        command.SetAction((parse, cancellationToken) => RefreshAsync(
            CliServices.Create(parse.GetValue(strategies)), console, parse.GetValue(symbols), parse.GetValue(since), parse.GetValue(full), cancellationToken));
        return command;
    }

    public static async Task<int> StatusAsync(CliServices services, CliConsole console, CancellationToken cancellationToken)
    {
        var manifest = await services.Bars.ReadManifestAsync(cancellationToken).ConfigureAwait(false);
        foreach (var repair in manifest.Repairs)
            console.Error.MarkupLine($"[yellow]manifest repaired: {Markup.Escape(repair.ToString())}[/]");
        var table = new Table().AddColumns("Symbol", "First", "Last", "Rows", "Source", "Refreshed (UTC)", "Validation");
        foreach (var entry in manifest.Entries)
        {
            var validation = entry.Validation switch
            {
                BarValidationStatus.Passed => "[green]passed[/]",
                BarValidationStatus.Flagged => $"[red]flagged: {entry.Issues.Count} issue(s)[/]",
                BarValidationStatus.Unreadable => "[red]unreadable[/]",
                _ => "[grey]not validated[/]",
            };
            table.AddRow(
                entry.Symbol.Value, $"{entry.FirstDate:yyyy-MM-dd}", $"{entry.LastDate:yyyy-MM-dd}", entry.Rows.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(entry.Source), entry.RefreshedUtc == DateTimeOffset.MinValue ? "" : $"{entry.RefreshedUtc:yyyy-MM-dd HH:mm}", validation);
        }
        console.Out.Write(table);
        console.Out.MarkupLine($"{manifest.Entries.Count} symbols in {Markup.Escape(services.Paths.Home)}");
        return ExitCodes.Success;
    }

    public static async Task<int> ValidateAsync(CliServices services, CliConsole console, IReadOnlyCollection<Symbol>? symbols, CancellationToken cancellationToken)
    {
        var results = await new BarValidationService(services.Bars, services.Clock).ValidateAsync(symbols, cancellationToken).ConfigureAwait(false);
        var issues = results.SelectMany(r => r.Issues).ToList();
        if (issues.Count > 0)
        {
            var table = new Table().AddColumns("Symbol", "Date", "Check", "Detail");
            foreach (var issue in issues)
                table.AddRow(issue.Symbol.Value, $"{issue.Date:yyyy-MM-dd}", issue.Check.ToString(), Markup.Escape(issue.Detail));
            console.Out.Write(table);
        }
        var flagged = results.Count(r => r.Issues.Count > 0);
        var colour = flagged > 0 ? "red" : "green";
        console.Out.MarkupLine($"[{colour}]{results.Count} symbols validated: {flagged} flagged, {issues.Count} issue(s). Strategies that need a flagged bar fail closed.[/]");
        return flagged > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    public static async Task<int> RefreshAsync(CliServices services, CliConsole console, string[]? symbolTexts, DateOnly? since, bool full, CancellationToken cancellationToken)
    {
        IReadOnlyList<Symbol> symbols;
        if (symbolTexts is { Length: > 0 })
        {
            var invalid = symbolTexts.Where(s => !Symbol.TryParse(s, out _)).ToList();
            if (invalid.Count > 0)
            {
                console.Error.MarkupLine($"[red]--symbols: invalid ticker(s): {Markup.Escape(string.Join(", ", invalid))}[/]");
                return ExitCodes.Usage;
            }
            symbols = symbolTexts.Select(Symbol.Parse).Distinct().Order().ToList();
        }
        else
        {
            symbols = (await StrategyCatalog.LoadAsync(services.Strategies, cancellationToken).ConfigureAwait(false)).Symbols;
        }

        IReadOnlyList<SymbolRefresh> results = [];
        var refresher = new BarRefresher(services.Bars, services.MarketData, services.Clock);
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Refreshing {symbols.Count} symbols from {services.MarketData.Name}", maxValue: Math.Max(1, symbols.Count));
                var progress = new Progress<RefreshProgress>(p =>
                {
                    task.Value = p.Completed;
                    task.Description = $"Refreshing from {services.MarketData.Name}: {p.Symbol}";
                });
                results = await refresher.RefreshAsync(new RefreshRequest(symbols, since, full), progress, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);

        var table = new Table().AddColumns("Symbol", "Outcome", "Bars added", "First", "Last", "Detail");
        foreach (var result in results)
        {
            var outcome = result.Outcome == RefreshOutcome.Failed ? "[red]Failed[/]" : result.Outcome.ToString();
            table.AddRow(result.Symbol.Value, outcome, result.BarsAdded.ToString(CultureInfo.InvariantCulture), $"{result.FirstDate:yyyy-MM-dd}", $"{result.LastDate:yyyy-MM-dd}", Markup.Escape(result.Detail ?? ""));
        }
        console.Out.Write(table);
        var failed = results.Count(r => r.Outcome == RefreshOutcome.Failed);
        var changed = results.Where(r => r.Outcome is RefreshOutcome.Created or RefreshOutcome.Appended or RefreshOutcome.Rewritten).Select(r => r.Symbol).ToList();
        console.Out.MarkupLine($"{results.Count} symbols: {changed.Count} updated, {results.Count(r => r.Outcome == RefreshOutcome.UpToDate)} up to date, {failed} failed");
        var validation = changed.Count > 0 ? await ValidateAsync(services, console, changed, cancellationToken).ConfigureAwait(false) : ExitCodes.Success;
        return failed > 0 ? ExitCodes.Failed : validation;
    }
}
