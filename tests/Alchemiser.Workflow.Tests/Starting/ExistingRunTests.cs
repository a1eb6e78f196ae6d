using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Workflow.Tests.Starting;

/// <summary><see cref="ExistingRun.ProbeAsync"/>: a day's runs from a store that can only look ids up.</summary>
public sealed class ExistingRunTests
{
    private static readonly DateOnly T = new(2026, 11, 24);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProbeAsync_ProbesInOrderAndStopsAtTheFirstMissingId()
    {
        var store = new Dictionary<string, RunStatus>
        {
            ["2026-11-24"] = RunStatus.Completed,
            ["2026-11-24#2"] = RunStatus.Failed,
            ["2026-11-24#4"] = RunStatus.Running, // after a gap: never looked at
            ["2026-11-23"] = RunStatus.Completed,
        };
        var asked = new List<string>();

        var runs = await ExistingRun.ProbeAsync(T, (id, _) =>
        {
            asked.Add(id.Value);
            return Task.FromResult<RunStatus?>(store.TryGetValue(id.Value, out var status) ? status : null);
        }, Ct);

        Assert.Equal(["2026-11-24", "2026-11-24#2", "2026-11-24#3"], asked);
        Assert.Equal(
            [new ExistingRun(InstanceId.ForTradingDate(T), RunStatus.Completed), new ExistingRun(InstanceId.Parse("2026-11-24#2"), RunStatus.Failed)],
            runs);
    }

    [Fact]
    public async Task ProbeAsync_NoRunThatDay_AsksOnceAndReturnsNone()
    {
        var calls = 0;

        var runs = await ExistingRun.ProbeAsync(T, (_, _) =>
        {
            calls++;
            return Task.FromResult<RunStatus?>(null);
        }, Ct);

        Assert.Empty(runs);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ProbeAsync_EveryIdExists_StopsAtTheBound()
    {
        var asked = new List<InstanceId>();

        var runs = await ExistingRun.ProbeAsync(T, (id, _) =>
        {
            asked.Add(id);
            return Task.FromResult<RunStatus?>(RunStatus.Completed);
        }, Ct);

        Assert.Equal(ExistingRun.MaxRunsPerDay, runs.Count);
        Assert.Equal(99, asked.Count);
        Assert.Equal("2026-11-24#99", asked[^1].Value);
    }

    [Fact]
    public async Task ProbeAsync_PassesTheTokenAndPropagatesFailures()
    {
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;

        await Assert.ThrowsAsync<IOException>(() => ExistingRun.ProbeAsync(T, (_, ct) =>
        {
            seen = ct;
            throw new IOException("store down"); // a failed lookup stops the start (fail closed, §11.15)
        }, cts.Token));

        Assert.Equal(cts.Token, seen);
    }

    [Fact]
    public async Task ProbeAsync_ADryRunsInstance_IsNotARunOfTheDay()
    {
        var dryRun = RunStartRule.Decide(new DateTimeOffset(2026, 11, 24, 20, 45, 0, TimeSpan.Zero), RunKind.DryRun, [], runLabel: "1");
        var store = new Dictionary<InstanceId, RunStatus> { [dryRun.InstanceId!.Value] = RunStatus.Completed };

        var runs = await ExistingRun.ProbeAsync(T, (id, _) => Task.FromResult<RunStatus?>(store.TryGetValue(id, out var s) ? s : null), Ct);
        var manual = RunStartRule.Decide(new DateTimeOffset(2026, 11, 24, 20, 45, 0, TimeSpan.Zero), RunKind.Manual, runs);

        Assert.Empty(runs);
        Assert.Equal(InstanceId.ForTradingDate(T), manual.InstanceId);
    }
}
