using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;
using Alchemiser.Core.Tests;

namespace Alchemiser.Cli.Tests;

public class DataCommandTests
{
    [Fact]
    public async Task ImportThenValidate_RealCloses_FlagsTheDocumentedBadBarAndFailsClosed()
    {
        Assert.SkipWhen(SharedData.DailyFolder is null, "../shared/data/daily is absent (a user's clone): nothing to import");
        using var cli = new CliHarness();

        var imported = await DataCommands.ImportAsync(cli.Services, cli.Console, new DirectoryInfo(SharedData.DailyFolder!), TestContext.Current.CancellationToken);
        var validated = await DataStatusCommands.ValidateAsync(cli.Services, cli.Console, null, TestContext.Current.CancellationToken);

        Assert.True(imported == ExitCodes.Success, cli.Error);
        Assert.Equal(ExitCodes.Failed, validated);
        Assert.Matches(@"SOXS\s+│\s+2010-12-14\s+│\s+SuspiciousJump", cli.Out);
        Assert.Contains("287 symbols validated", cli.Out, StringComparison.Ordinal);

        var manifest = await cli.Services.Bars.ReadManifestAsync(TestContext.Current.CancellationToken);
        var soxs = manifest.Find(Core.Market.Symbol.Parse("SOXS"))!;
        Assert.Equal("csv:SOXS.csv", soxs.Source);
        Assert.Contains(soxs.Issues, i => i.Date == new DateOnly(2010, 12, 14));
        Assert.Equal(new DateOnly(2026, 7, 13), manifest.Find(Core.Market.Symbol.Parse("SPY"))!.LastDate);
    }

    [Fact]
    public async Task Import_MalformedRow_NamesFileAndLineAndWritesNothing()
    {
        using var cli = new CliHarness();
        var folder = Directory.CreateDirectory(Path.Combine(cli.Home, "csv"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "SPY.csv"), "Date,Close\n2024-01-02,470.1\n2024-01-03,abc\n", TestContext.Current.CancellationToken);

        var exit = await DataCommands.ImportAsync(cli.Services, cli.Console, folder, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("SPY.csv:3:", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await cli.Services.Bars.ListSymbolsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Refresh_EmbeddedDefault_AppendsSyntheticSessionsUpToTheLastCompletedOne()
    {
        using var cli = new CliHarness();
        await DataBootstrap.SynthesizeAsync(cli.Services, cli.Console, DataBootstrap.DefaultStart, new DateOnly(2026, 11, 2), Infrastructure.Simulation.SyntheticMarket.DefaultSeed, TestContext.Current.CancellationToken);

        var exit = await DataStatusCommands.RefreshAsync(cli.Services, cli.Console, ["SPY", "TQQQ"], null, false, TestContext.Current.CancellationToken);

        Assert.True(exit == ExitCodes.Success, cli.Out + cli.Error);
        var spy = await cli.Services.Bars.ReadAsync(Core.Market.Symbol.Parse("SPY"), TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 11, 20), spy!.LastDate);
        Assert.Matches(@"SPY\s+│\s+Appended\s+│\s+14", cli.Out);
    }
}
