using Spectre.Console;

namespace Alchemiser.Cli.Hosting;

/// <summary>Where commands write: data to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.</summary>
internal sealed record CliConsole(IAnsiConsole Out, IAnsiConsole Error)
{
    public static CliConsole System { get; } = new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(global::System.Console.Error) }));
}
