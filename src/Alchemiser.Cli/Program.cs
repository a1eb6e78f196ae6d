using System.CommandLine;
using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;

namespace Alchemiser.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => BuildRoot(CliConsole.System).Parse(args).InvokeAsync();

    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("Alchemiser: multi-strategy quantitative trading on completed daily bars");
        root.Subcommands.Add(SignalsCommand.Create(console));
        root.Subcommands.Add(StrategyCommands.Create(console));
        root.Subcommands.Add(DataCommands.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(RunsCommands.Create(console));
        return root;
    }
}
