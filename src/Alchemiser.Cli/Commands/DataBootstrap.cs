using Alchemiser.Cli.Hosting;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Strategies;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary>Synthetic bars for the embedded default: written when the store is empty, or on request.</summary>
internal static class DataBootstrap
{
    /// <summary>The first synthetic session: long enough for 200-day averages and years of group NAV history.</summary>
    public static DateOnly DefaultStart => SyntheticMarketDataSource.FirstSession;

    /// <summary>On a fresh state folder (no bars at all), synthesizes bars for every symbol the strategies need.</summary>
    public static async Task EnsureDataAsync(CliServices services, CliConsole console, CancellationToken cancellationToken)
    {
        if ((await services.Bars.ListSymbolsAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
            return;
        console.Error.MarkupLine($"[grey]No bars in {Markup.Escape(services.Paths.Home)}: generating synthetic data (fixed seed) for the embedded default.[/]");
        await SynthesizeAsync(services, console, DefaultStart, null, SyntheticMarket.DefaultSeed, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> SynthesizeAsync(CliServices services, CliConsole console, DateOnly from, DateOnly? to, ulong seed, CancellationToken cancellationToken)
    {
        var catalog = await StrategyCatalog.LoadAsync(services.Strategies, cancellationToken).ConfigureAwait(false);
        var symbols = catalog.Symbols;
        var end = to ?? NyseCalendar.LastCompletedSession(services.Clock.GetUtcNow());
        var sessions = NyseCalendar.TradingDays(from, end).ToList();
        if (symbols.Count == 0 || sessions.Count == 0)
        {
            console.Error.MarkupLine($"[red]Nothing to generate: {symbols.Count} symbols in {Markup.Escape(services.Strategies.Location)}, {sessions.Count} sessions from {from:yyyy-MM-dd} to {end:yyyy-MM-dd}.[/]");
            return ExitCodes.Usage;
        }

        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var generating = progress.AddTask($"Generating {symbols.Count} symbols x {sessions.Count} sessions", maxValue: 1);
                var generated = await new SyntheticMarketDataSource(seed).GetDailyBarsAsync(symbols, from, end, cancellationToken).ConfigureAwait(false);
                var bars = generated.Values.ToList();
                generating.Increment(1);
                var writing = progress.AddTask($"Writing Parquet bars for {bars.Count} symbols", maxValue: 1);
                await services.Bars.WriteManyAsync(bars, BarSources.Synthetic, cancellationToken).ConfigureAwait(false); // one manifest update
                writing.Increment(1);
            }).ConfigureAwait(false);
        console.Error.MarkupLine($"[green]Wrote synthetic bars for {symbols.Count} symbols, {sessions[0]:yyyy-MM-dd} to {sessions[^1]:yyyy-MM-dd}, seed {seed}.[/]");
        return ExitCodes.Success;
    }
}
