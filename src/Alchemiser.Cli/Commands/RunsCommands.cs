using System.CommandLine;
using System.Globalization;
using Alchemiser.Cli.Hosting;
using Alchemiser.Cli.Rendering;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Runs;
using Spectre.Console;

namespace Alchemiser.Cli.Commands;

/// <summary><c>alchemiser runs</c> and <c>runs show &lt;id&gt;</c>: the run history kept by the local durable runner.</summary>
internal static class RunsCommands
{
    private const int InlineLimit = 200;

    public static Command Create(CliConsole console)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first", DefaultValueFactory = _ => 30 };
        var command = new Command("runs", "List orchestration instances with status and duration") { limit };
        command.SetAction((parse, cancellationToken) => ListAsync(CliServices.Create(null).Runs, console, parse.GetValue(limit), cancellationToken));

        var id = new Argument<string>("id") { Description = "The instance id: a trading date (yyyy-MM-dd) or a rerun (yyyy-MM-dd#2)" };
        var json = CommonOptions.Json();
        var show = new Command("show", "Show one instance's timeline: every activity with what it decided, its timing and errors; --json for the full inputs and outputs") { id, json };
        show.SetAction((parse, cancellationToken) => ShowAsync(CliServices.Create(null).Runs, console, parse.GetValue(id)!, cancellationToken, parse.GetValue(json)));
        command.Subcommands.Add(show);
        return command;
    }

    public static async Task<int> ListAsync(IRunStore runs, CliConsole console, int limit, CancellationToken cancellationToken)
    {
        var instances = await runs.ListInstancesAsync(limit, cancellationToken).ConfigureAwait(false);
        if (instances.Count == 0)
        {
            console.Out.MarkupLine("[grey]No runs yet.[/]");
            return ExitCodes.Success;
        }
        var table = new Table().AddColumns("Instance", "Orchestrator", "Status", "Started (UTC)", "Duration", "Error");
        foreach (var instance in instances)
        {
            table.AddRow(
                Markup.Escape(instance.Id.Value), Markup.Escape(instance.Orchestrator), Status(instance.Status),
                instance.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Duration(instance.Duration),
                Markup.Escape(instance.Failure?.ErrorMessage ?? ""));
        }
        console.Out.Write(table);
        return ExitCodes.Success;
    }

    public static async Task<int> ShowAsync(IRunStore runs, CliConsole console, string id, CancellationToken cancellationToken, bool json = false)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            console.Error.MarkupLine($"[red]'{Markup.Escape(id)}' is not an instance id (yyyy-MM-dd or yyyy-MM-dd#n)[/]");
            return ExitCodes.Usage;
        }
        if (await runs.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            console.Error.MarkupLine($"[red]No run {Markup.Escape(id)}: see `alchemiser runs`[/]");
            return ExitCodes.Failed;
        }
        var history = await runs.GetHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            console.Out.Profile.Out.Writer.WriteLine(Json.Serialize(new { instance, history }));
            return ExitCodes.Success;
        }
        console.Out.MarkupLine($"[bold]{Markup.Escape(instance.Id.Value)}[/]  {Markup.Escape(instance.Orchestrator)}  {Status(instance.Status)}  started {instance.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC  {Duration(instance.Duration)}");
        var table = new Table().AddColumns("#", "Step", "Started (UTC)", "Duration", "Attempts", "What happened");
        foreach (var entry in history)
        {
            var what = Markup.Escape(HistoryDescriptions.Describe(entry));
            table.AddRow(
                entry.Sequence.ToString(CultureInfo.InvariantCulture), Markup.Escape(entry.Name),
                entry.StartedUtc.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture), Duration(entry.Duration),
                entry.Attempts.ToString(CultureInfo.InvariantCulture), entry.Failure is null ? what : $"[red]{what}[/]");
        }
        console.Out.Write(table);
        if (HistoryDescriptions.DescribeRun(instance.OutputJson) is { } outcome)
            console.Out.MarkupLine($"outcome: {Markup.Escape(outcome)}");
        else if (instance.OutputJson is { } output)
            console.Out.MarkupLine($"output: {Markup.Escape(Clip(output))}");
        if (instance.Failure is { } error)
            console.Out.MarkupLine($"[red]failed: {Markup.Escape(error.ErrorType)}: {Markup.Escape(error.ErrorMessage)}[/]");
        console.Out.MarkupLine("[grey]Full inputs and outputs: add --json.[/]");
        return ExitCodes.Success;
    }

    private static string Status(RunStatus status) => status switch
    {
        RunStatus.Completed => "[green]Completed[/]",
        RunStatus.Failed => "[red]Failed[/]",
        RunStatus.Running => "[yellow]Running[/]",
        _ => status.ToString(),
    };

    private static string Duration(TimeSpan duration) =>
        duration.TotalSeconds < 60 ? duration.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture) : duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= InlineLimit ? text : text[..InlineLimit] + "…";
}
