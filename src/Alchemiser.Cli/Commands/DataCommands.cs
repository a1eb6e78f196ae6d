using System.CommandLine;
using System.Globalization;
using Alchemiser.Cli.Hosting;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser data synth | import</c>: fill the local bar store.</summary>
internal static class DataCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("data", "Manage the local store of completed daily bars ($ALCHEMISER_HOME/bars/daily)");
        command.Subcommands.Add(Synth(console));
        command.Subcommands.Add(Import(console));
        command.Subcommands.Add(DataStatusCommands.Refresh(console));
        command.Subcommands.Add(DataStatusCommands.Validate(console));
        command.Subcommands.Add(DataStatusCommands.Status(console));
        return command;
    }

    private static Command Synth(CliConsole console)
    {
        var from = CommonOptions.Date("--from", $"First session (default {DataBootstrap.DefaultStart:yyyy-MM-dd})");
        var to = CommonOptions.Date("--to", "Last session (default: the last completed NYSE session)");
        var seed = new Option<ulong>("--seed") { Description = "Seed of the synthetic market", DefaultValueFactory = _ => SyntheticMarket.DefaultSeed };
        var strategies = CommonOptions.Strategies();
        var command = new Command("synth", "Generate deterministic synthetic bars for every symbol the strategies need") { from, to, seed, strategies };
        command.SetAction((parse, cancellationToken) => DataBootstrap.SynthesizeAsync(
            CliServices.Create(parse.GetValue(strategies)), console, parse.GetValue(from) ?? DataBootstrap.DefaultStart, parse.GetValue(to), parse.GetValue(seed), cancellationToken));
        return command;
    }

    private static Command Import(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of <SYMBOL>.csv files: Date,Close or Date,Open,High,Low,Close,Volume" };
        var command = new Command("import", "Import daily bars from CSV files; nothing is written if any file is malformed") { folder };
        command.SetAction((parse, cancellationToken) => ImportAsync(CliServices.Create(null), console, parse.GetValue(folder)!, cancellationToken));
        return command;
    }

    public static async Task<int> ImportAsync(CliServices services, CliConsole console, DirectoryInfo source, CancellationToken cancellationToken)
    {
        if (!source.Exists)
        {
            console.Error.MarkupLine($"[red]{Markup.Escape(source.FullName)}: folder not found[/]");
            return ExitCodes.Usage;
        }
        CsvImportResult result = null!;
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var validating = context.AddTask("Checking CSV files", maxValue: 1);
                var writing = context.AddTask("Writing Parquet bars", maxValue: 1);
                var progress = new Progress<CsvImportProgress>(p =>
                {
                    var task = p.Stage == CsvImportStage.Validating ? validating : writing;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Completed;
                });
                result = await new CsvBarImporter(services.Bars).ImportFolderAsync(source.FullName, progress, cancellationToken).ConfigureAwait(false);
                validating.Value = validating.MaxValue;
                writing.Value = writing.MaxValue;
            }).ConfigureAwait(false);

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                console.Error.MarkupLine($"[red]{Markup.Escape(error.ToString())}[/]");
            console.Error.MarkupLine($"[red]Nothing imported: {result.BadFileCount} malformed file(s).[/]");
            return ExitCodes.Failed;
        }
        var table = new Table().AddColumns("Symbol", "Rows", "First", "Last");
        foreach (var symbol in result.Imported.OrderBy(s => s.Symbol))
            table.AddRow(symbol.Symbol.Value, symbol.Rows.ToString("N0", CultureInfo.InvariantCulture), $"{symbol.FirstDate:yyyy-MM-dd}", $"{symbol.LastDate:yyyy-MM-dd}");
        console.Out.Write(table);
        console.Out.MarkupLine($"[green]Imported {result.Imported.Count} symbols, {result.Imported.Sum(s => s.Rows):N0} bars into {Markup.Escape(services.Paths.Home)}.[/]");
        return ExitCodes.Success;
    }
}
