using Alchemiser.Core.Market;
using Alchemiser.Workflow.Signals;

namespace Alchemiser.Workflow.Tests.Signals;

public class SignalCalculatorTests
{
    private static readonly DateOnly Last = new(2026, 3, 5);

    private static InMemoryStrategyRepository Repository(string a, string b) => new(
        """{ "strategies": [ { "file": "a.clj", "allocation": 0.6 }, { "file": "b.clj", "allocation": 0.4 } ] }""",
        new() { ["a.clj"] = a, ["b.clj"] = b });

    [Fact]
    public async Task EvaluateAsync_EveryStrategySucceeds_MergesByAllocationWithAttribution()
    {
        var bars = new InMemoryBarStore().With("SPY", Last, [1, 2, 3]).With("TLT", Last, [1, 2, 3]);
        var repository = Repository("""(defsymphony "A" {} (asset "SPY"))""", """(defsymphony "B" {} (weight-equal [(asset "SPY") (asset "TLT")]))""");

        var signals = await new SignalCalculator(repository, bars).EvaluateAsync(null, TestContext.Current.CancellationToken);

        Assert.Equal(Last, signals.AsOf);
        Assert.True(signals.Succeeded);
        Assert.Equal([("SPY", 0.8), ("TLT", 0.2)], signals.Consolidated!.Weights.Select(h => (h.Symbol.Value, Math.Round(h.Weight, 12))));
        var spy = signals.Consolidated.Contributions.Where(c => c.Symbol.Value == "SPY").Select(c => (c.StrategyId, Math.Round(c.Weight, 12)));
        Assert.Equal([("a", 0.6), ("b", 0.2)], spy);
    }

    [Fact]
    public async Task EvaluateAsync_OneStrategyFails_NoConsolidatedPortfolio()
    {
        var bars = new InMemoryBarStore().With("SPY", Last, [1, 2, 3]);
        var repository = Repository("""(defsymphony "A" {} (asset "SPY"))""", """(defsymphony "B" {} (asset "NOPE"))""");

        var signals = await new SignalCalculator(repository, bars).EvaluateAsync(null, TestContext.Current.CancellationToken);

        Assert.False(signals.Succeeded);
        Assert.Null(signals.Consolidated);
        Assert.True(signals.Strategies[0].Succeeded);
        Assert.Equal("DSL021", signals.Strategies[1].Error!.Code);
        Assert.Contains("unknown symbol NOPE", signals.Strategies[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_MissingSessionInsideHistory_IsAGapOnTheExchangeCalendar()
    {
        var gap = NyseCalendar.PreviousTradingDay(Last);
        var bars = new InMemoryBarStore().With("SPY", Last, [1, 2, 3, 4]).With("TLT", Last, [1, 2, 3, 4], missing: gap);
        var repository = Repository("""(defsymphony "A" {} (asset "SPY"))""", """(defsymphony "B" {} (asset "TLT"))""");

        var signals = await new SignalCalculator(repository, bars).EvaluateAsync(gap, TestContext.Current.CancellationToken);

        var error = signals.Strategies[1].Error!;
        Assert.Equal("DSL021", error.Code);
        Assert.Contains($"TLT has no usable close on {gap:yyyy-MM-dd}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_BadPortfolio_ThrowsWithEveryProblem()
    {
        var repository = new InMemoryStrategyRepository(
            """{ "strategies": [ { "file": "a.clj", "allocation": 1.5 }, { "file": "../b.clj", "allocation": 0.5 } ], "extra": 1 }""", []);

        var problem = await Assert.ThrowsAsync<PortfolioException>(() => new SignalCalculator(repository, new InMemoryBarStore()).EvaluateAsync(null, TestContext.Current.CancellationToken));

        Assert.Equal(3, problem.Problems.Count);
        Assert.Contains(problem.Problems, p => p.Contains("strategies[0].allocation: must be a number in (0, 1]; found 1.5", StringComparison.Ordinal));
        Assert.Contains(problem.Problems, p => p.Contains("strategies[1].file", StringComparison.Ordinal));
        Assert.Contains(problem.Problems, p => p.Contains("unknown property \"extra\"", StringComparison.Ordinal));
    }
}
