using System.Text.Json;
using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;

namespace Alchemiser.Cli.Tests;

public class StrategyCommandTests
{
    [Fact]
    public async Task Debug_MalformedFile_PrintsLocatedErrorAndFails()
    {
        using var cli = new CliHarness();
        var file = Path.Combine(cli.Home, "bad.clj");
        await File.WriteAllTextAsync(file, "(defsymphony \"Bad\" {}\n  (weight-equal [(asset \"SPY\") (asset \"Q Q\")]))", TestContext.Current.CancellationToken);

        var exit = await StrategyDebugCommand.RunAsync(cli.Services, cli.Console, file, null, json: false, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains($"{file}:2:39: error DSL014: invalid ticker \"Q Q\"", cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Out);
    }

    [Fact]
    public async Task Debug_Json_HasAllocationTraceAndDiagnostics()
    {
        using var cli = new CliHarness();
        var file = Path.Combine(cli.Strategies, "klm.clj");

        var exit = await StrategyDebugCommand.RunAsync(cli.Services, cli.Console, file, new DateOnly(2024, 3, 1), json: true, TestContext.Current.CancellationToken);

        Assert.True(exit == ExitCodes.Success, cli.Error);
        using var json = JsonDocument.Parse(cli.Out);
        var allocation = json.RootElement.GetProperty("allocation").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(1.0, allocation, 9);
        var trace = json.RootElement.GetProperty("trace");
        Assert.Equal("2024-03-01", trace.GetProperty("asOf").GetString());
        Assert.Equal("if", trace.GetProperty("root").GetProperty("kind").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Debug_Text_ShowsConditionValuesAndFilterRanks()
    {
        using var cli = new CliHarness();
        var file = Path.Combine(cli.Strategies, "klm.clj");

        await StrategyDebugCommand.RunAsync(cli.Services, cli.Console, file, new DateOnly(2024, 3, 1), json: false, TestContext.Current.CancellationToken);

        Assert.StartsWith($"as of 2024-03-01  {file}  \"KLM Ensemble\"", cli.Out, StringComparison.Ordinal);
        Assert.Matches(@"if @\d+:\d+  \(> \(rsi ""QQQ"" \{:window 10\}\) 80\)  left \d+\.\d{4}  right 80\.0000  -> (true: then|false: else)", cli.Out);
        Assert.Matches(@"allocation: [A-Z]+ \d\.\d{6}", cli.Out);
    }
}
