using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Infrastructure.Tests.Reliability;

/// <summary>
/// A whole day at φ = 1.0 against <c>AlpacaBroker</c> and the stateful fake, which holds buying power
/// at the limit of every working buy and refuses a buy beyond it (403), as Alpaca does. Buys walk above the mids they
/// were sized at, so the last ones must be fitted to the buying power left instead of being refused.
/// </summary>
public sealed class AlpacaFullyDeployedRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DailyRun_EveryDollarDeployed_BuysFitTheBuyingPowerAndTheRunSucceeds()
    {
        using var bed = new AlpacaRunBed(deploymentFraction: 1m);

        var result = await bed.RunDayAsync(Ct);

        Assert.Equal(RunStatus.Completed, result.Status);
        var summary = result.ReadOutput<RunSummary>()!;
        var execution = summary.Execution!.Summary!;
        var items = string.Join("; ", execution.Items.Select(i => $"{i.Symbol} {i.Side} {i.Status} {i.Reason} {i.BrokerReason}"));
        Assert.True(summary.Outcome == RunOutcome.Success, $"{summary.Outcome}: {items}");
        Assert.All(execution.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        Assert.Equal(0, bed.Fake.RefusedBuys);
        var account = execution.FinalAccount;
        Assert.InRange(account.Cash, 0m, account.Equity * 0.002m); // what is left is the cost of buying above the mids
    }
}
