using Alchemiser.Cli.Commands;
using Alchemiser.Cli.Hosting;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Cli.Tests;

public class RunsCommandTests
{
    [Fact]
    public async Task ListAndShow_AfterALocalRun_ShowTheInstanceAndItsActivities()
    {
        using var cli = new CliHarness();
        var registry = new WorkflowRegistry();
        registry.AddActivity<int, int>("Double", static (x, _) => Task.FromResult(2 * x));
        registry.AddOrchestrator<int, int>("Demo", static () => new Demo());
        var runner = new LocalDurableRunner(registry, cli.Services.Runs, cli.Services.Clock);
        await runner.StartAsync("Demo", InstanceId.ForTradingDate(new DateOnly(2026, 11, 20)), 21, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, await RunsCommands.ListAsync(cli.Services.Runs, cli.Console, 10, TestContext.Current.CancellationToken));
        Assert.Matches(@"2026-11-20\s+│\s+Demo\s+│\s+Completed", cli.Out);

        Assert.Equal(ExitCodes.Success, await RunsCommands.ShowAsync(cli.Services.Runs, cli.Console, "2026-11-20", TestContext.Current.CancellationToken));
        Assert.Matches(@"1\s+│\s+Double\s+│.*│\s+1\s+│\s+42\s+│", cli.Out);
        Assert.Contains("output: 42", cli.Out, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Failed, await RunsCommands.ShowAsync(cli.Services.Runs, cli.Console, "2026-11-21", TestContext.Current.CancellationToken));
        Assert.Contains("No run 2026-11-21", cli.Error, StringComparison.Ordinal);
    }

    private sealed class Demo : IOrchestrator<int, int>
    {
        public Task<int> RunAsync(IWorkflowContext context, int input) => context.CallActivityAsync<int>("Double", input);
    }
}
