using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Tests.Signals;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed class LoadPortfolioActivityTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 45, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LoadPortfolioRequest Request => new("load-1", "2026-11-24", "gate-1/reply", new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));

    private Task<PortfolioLoaded> LoadAsync(string json) =>
        new LoadPortfolioActivity(new InMemoryStrategyRepository(json, new() { ["a.clj"] = "", ["ftlt/b.clj"] = "" }), _time).RunAsync(Request, Ct);

    [Fact]
    public async Task Valid_ListsTheStrategiesInFileOrderWithNormalisedAllocations()
    {
        var loaded = await LoadAsync("""
            { "strategies": [ { "file": "ftlt/b.clj", "allocation": 0.6 }, { "file": "a.clj", "allocation": 0.395 } ], "onStrategyFailure": "hold-previous" }
            """);

        Assert.True(loaded.IsValid);
        Assert.Empty(loaded.Errors);
        Assert.Equal(StrategyFailureMode.HoldPrevious, loaded.OnStrategyFailure);
        Assert.Equal(["ftlt/b", "a"], loaded.Strategies.Select(s => s.StrategyId));
        Assert.Equal(["ftlt/b.clj", "a.clj"], loaded.Strategies.Select(s => s.File));
        Assert.Equal(0.6, loaded.Strategies[0].Allocation);
        Assert.Equal(0.6 / 0.995, loaded.Strategies[0].Normalised, 12);
        Assert.Equal(1.0, loaded.Strategies.Sum(s => s.Normalised), 12);
        Assert.Equal(("load-1/reply", "2026-11-24", "load-1"), (loaded.EventId, loaded.CorrelationId, loaded.CausationId));
    }

    [Fact]
    public async Task Invalid_IsAResultListingEveryProblem()
    {
        var loaded = await LoadAsync("""{ "strategies": [ { "file": "a.clj", "allocation": 0.5 } ], "typo": 1 }""");

        Assert.False(loaded.IsValid);
        Assert.Empty(loaded.Strategies);
        Assert.Equal(StrategyFailureMode.Abort, loaded.OnStrategyFailure);
        Assert.Equal(2, loaded.Errors.Count);
    }
}
