using Alchemiser.Workflow.Runs;

namespace Alchemiser.Cli.Tests;

/// <summary>
/// The real <c>alchemiser run</c> as a child process, killed with SIGKILL at each activity boundary of the daily run
/// (an activity finished but its result not recorded, or recorded and the next step not started) and inside execution
/// between an order's submission at the broker and the worker recording it; the same command is then run again. It
/// must resume and complete with no duplicate order and end where an uninterrupted run ends (the positions, the cash,
/// one ledger row per filled order, one daily summary). The pause points are the test-only hook of
/// <c>src/Alchemiser.Cli/Hosting/TestPause.cs</c>. The day traded (2026-11-24) sells some of the positions the first
/// day bought and buys others: 13 sells, then 8 buys. <c>placedAtKill</c> is how many of its orders the broker has
/// at least when the process is killed (none before execution, all of them once execution reported).
/// </summary>
public sealed class CrashResumeTests(CrashResumeFixture fixture) : IClassFixture<CrashResumeFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("after:Gate", 0)]
    [InlineData("before:LoadPortfolio", 0)]
    [InlineData("after:LoadPortfolio", 0)]
    [InlineData("after:EvaluateStrategy", 0)]
    [InlineData("before:PlanRebalance", 0)]
    [InlineData("after:PlanRebalance", 0)]
    [InlineData("before:EnqueueExecution", 0)]
    [InlineData("after:EnqueueExecution", 0)]
    [InlineData("submit:1", 1)]
    [InlineData("submit:16", 16)]
    [InlineData("before:Notify", 21)]
    [InlineData("after:Notify", 21)]
    [InlineData("complete", 21)]
    public async Task Run_KilledAtAPointThenRunAgain_CompletesWithNoDuplicateOrderAndTheUninterruptedAccount(string point, int placedAtKill)
    {
        var home = fixture.CopyTemplate();
        using (var crashed = ChildCli.Start(home, point, "run"))
        {
            Assert.Equal(point, await crashed.WaitForPauseAsync(Ct));
            await crashed.KillAsync();
        }
        var killed = await DayResult.ReadAsync(home, CrashResumeFixture.Day, Ct);
        Assert.Equal(RunStatus.Running, killed.Status);
        // Orders submitted at the same moment by other items may have been placed too before the process stood still.
        Assert.InRange(killed.Orders.Count, placedAtKill, placedAtKill == 0 ? 0 : fixture.Reference.Orders.Count);

        using (var resumed = ChildCli.Start(home, null, "run"))
        {
            var exit = await resumed.WaitForExitAsync(Ct);
            Assert.True(exit == 0, $"the resumed run exited with {exit}:\n{resumed.Output}");
            Assert.Contains("resuming it where it stopped", resumed.Output, StringComparison.Ordinal);
        }

        var result = await DayResult.ReadAsync(home, CrashResumeFixture.Day, Ct);
        var reference = fixture.Reference;
        Assert.Equal(RunStatus.Completed, result.Status);
        var ids = result.Orders.Select(o => o.ClientOrderId).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(result.Orders.GroupBy(o => (o.Symbol, o.Side, DayResult.StepOf(o))), g => Assert.Single(g));
        Assert.Equal(reference.Orders.Select(o => o.ClientOrderId), ids);
        Assert.Equal(reference.Positions, result.Positions);
        Assert.Equal(reference.Cash, result.Cash);
        var filled = result.Orders.Where(o => o.FilledQuantity > 0).Select(o => o.ClientOrderId).ToList();
        Assert.Equal(filled, result.LedgerClientOrderIds);
        Assert.Equal(["2026-11-24_daily-summary.eml"], result.Emails);
        Assert.Equal(reference.Emails, result.Emails);
    }
}
