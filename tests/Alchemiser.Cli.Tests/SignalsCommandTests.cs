using System.Text.Json;
using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;

namespace Alchemiser.Cli.Tests;

public class SignalsCommandTests
{
    [Fact]
    public async Task RunAsync_FreshHome_SynthesizesDataAndPrintsJsonForEveryStrategy()
    {
        using var cli = new CliHarness();

        var exit = await SignalsCommand.RunAsync(cli.Services, cli.Console, null, json: true, TestContext.Current.CancellationToken);

        Assert.True(exit == ExitCodes.Success, cli.Error);
        Assert.Contains("generating synthetic data", cli.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(cli.Out);
        var root = json.RootElement;
        Assert.Equal("2026-11-20", root.GetProperty("asOf").GetString());
        var portfolio = File.ReadAllText(Path.Combine(cli.Strategies, "portfolio.json"));
        var files = JsonDocument.Parse(portfolio).RootElement.GetProperty("strategies").EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();
        Assert.Equal(files, root.GetProperty("strategies").EnumerateArray().Select(s => s.GetProperty("file").GetString()));
        foreach (var strategy in root.GetProperty("strategies").EnumerateArray())
            Assert.Equal(1.0, strategy.GetProperty("weights").EnumerateObject().Sum(p => p.Value.GetDouble()), 9);
        var consolidated = root.GetProperty("consolidated").EnumerateObject().ToList();
        Assert.Equal(1.0, consolidated.Sum(p => p.Value.GetDouble()), 9);
        Assert.All(consolidated, p => Assert.True(p.Value.GetDouble() > 0));
        Assert.True(Directory.GetFiles(Path.Combine(cli.Home, "bars", "daily"), "*.parquet").Length > 50);
    }

    [Fact]
    public async Task RunAsync_SameDataTwice_GivesIdenticalOutput()
    {
        using var first = new CliHarness();
        using var second = new CliHarness();

        await SignalsCommand.RunAsync(first.Services, first.Console, new DateOnly(2025, 6, 2), json: true, TestContext.Current.CancellationToken);
        await SignalsCommand.RunAsync(second.Services, second.Console, new DateOnly(2025, 6, 2), json: true, TestContext.Current.CancellationToken);

        Assert.Contains("\"asOf\": \"2025-06-02\"", first.Out, StringComparison.Ordinal);
        Assert.Equal(first.Out, second.Out);
    }
}
