using Alchemiser.Cli.Hosting;
using Spectre.Console;

namespace Alchemiser.Cli.Tests;

/// <summary>A temporary state folder, a fixed clock and captured stdout/stderr for running commands in process.</summary>
internal sealed class CliHarness : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public CliHarness(string? strategies = null)
    {
        Home = Directory.CreateTempSubdirectory("alchemiser-cli-").FullName;
        Strategies = strategies ?? Path.Combine(AppContext.BaseDirectory, "strategies");
        Services = new CliServices(new AlchemiserPaths(Home, Strategies), new FixedClock(new DateTimeOffset(2026, 11, 20, 22, 0, 0, TimeSpan.Zero)), static _ => null);
        Console = new CliConsole(Create(_out), Create(_error));
    }

    public string Home { get; }

    public string Strategies { get; }

    public CliServices Services { get; }

    public CliConsole Console { get; }

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    public void Dispose() => Directory.Delete(Home, recursive: true);

    private static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        return console;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
