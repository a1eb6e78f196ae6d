using Alchemiser.Core.Market;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Tests.Signals;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed class EvaluateStrategyActivityTests
{
    private static readonly DateOnly D = new(2026, 11, 23);

    private const string Trend = """
        (defsymphony "Trend" {:rebalance-threshold 0.05}
          (if (> (current-price "SPY") 2)
            [(weight-specified 0.75 (asset "SPY") 0.25 (asset "TLT"))]
            [(asset "TLT")]))
        """;

    private const string Picker = """
        (defsymphony "Picker" {}
          (filter (cumulative-return {:window 1}) (select-top 1) [(asset "SPY") (asset "TLT")]))
        """;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 45, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static EvaluateStrategyRequest Request(string file, DateOnly asOf) =>
        new(new PortfolioStrategy(Path.GetFileNameWithoutExtension(file), file, 0.5, 0.5), asOf, "eval-1", "2026-11-24", "portfolio-1",
            new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));

    private static InMemoryStrategyRepository Strategies(string file, string text) => new("""{ "strategies": [] }""", new() { [file] = text });

    private Task<StrategyEvaluated> RunAsync(IBarStore bars, string file, string text, DateOnly? asOf = null) =>
        new EvaluateStrategyActivity(Strategies(file, text), bars, _time).RunAsync(Request(file, asOf ?? D), Ct);

    [Fact]
    public async Task Success_ReturnsNormalisedWeightsDecisionsAndThreshold()
    {
        var bars = new InMemoryBarStore().With("SPY", D, [1, 2, 3]).With("TLT", D, [5, 5, 5]);

        var result = await RunAsync(bars, "trend.clj", Trend);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Null(result.Error);
        Assert.Equal([("SPY", 0.75), ("TLT", 0.25)], result.Weights!.Select(h => (h.Symbol.Value, Math.Round(h.Weight, 12))));
        Assert.Equal(1.0, result.Weights!.Sum(h => h.Weight), 12);
        Assert.Equal(0.05, result.RebalanceThreshold);
        var decision = Assert.Single(result.Decisions);
        Assert.Contains("(3) > 2 (2)", decision, StringComparison.Ordinal);
        Assert.Equal(D, result.AsOf);
        Assert.Equal("eval-1/reply", result.EventId);
        Assert.Equal("eval-1", result.CausationId);
        Assert.Equal("2026-11-24", result.CorrelationId);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, result.Timestamp);
    }

    [Fact]
    public async Task Success_FilterWinnersAreADecisionLine()
    {
        var bars = new InMemoryBarStore().With("SPY", D, [1, 2, 3]).With("TLT", D, [5, 5, 6]);

        var result = await RunAsync(bars, "picker.clj", Picker);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal([("SPY", 1.0)], result.Weights!.Select(h => (h.Symbol.Value, h.Weight)));
        Assert.Null(result.RebalanceThreshold);
        var line = Assert.Single(result.Decisions);
        Assert.StartsWith("filter ", line, StringComparison.Ordinal);
        Assert.EndsWith(": SPY", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewerBarsThanD_AreNotSeen()
    {
        var t = NyseCalendar.NextTradingDay(D);
        var bars = new InMemoryBarStore().With("SPY", t, [1, 2, 3, 1]).With("TLT", t, [5, 5, 5, 5]); // on T, SPY falls to 1

        var result = await RunAsync(bars, "trend.clj", Trend);

        Assert.Equal(["SPY", "TLT"], result.Weights!.Select(h => h.Symbol.Value)); // SPY's close on D is 3 > 2
    }

    [Fact]
    public async Task SymbolWithoutDsClose_IsAFailedResultWithDsl021()
    {
        var before = NyseCalendar.PreviousTradingDay(D);
        var bars = new InMemoryBarStore().With("SPY", before, [1, 2, 3]).With("TLT", before, [5, 5, 5]); // the refresh did not store D

        var result = await RunAsync(bars, "trend.clj", Trend);

        Assert.False(result.Succeeded);
        Assert.Null(result.Weights);
        Assert.Equal("DSL021", result.Error?.Code);
        Assert.Contains($"no usable close on {D:yyyy-MM-dd}", result.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(0.05, result.RebalanceThreshold);
    }

    [Fact]
    public async Task OneOfTwoSymbolsWithoutDsClose_IsAFailedResultWithDsl021()
    {
        var bars = new InMemoryBarStore().With("SPY", D, [1, 2, 3]).With("TLT", NyseCalendar.PreviousTradingDay(D), [5, 5, 5]);

        var result = await RunAsync(bars, "trend.clj", Trend);

        Assert.Equal("DSL021", result.Error?.Code);
        Assert.Contains("TLT", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyntaxError_IsAFailedResultWithTheDiagnostic()
    {
        var bars = new InMemoryBarStore().With("SPY", D, [1, 2, 3]);

        var result = await RunAsync(bars, "broken.clj", """(defsymphony "Broken" {} (asset "SPY")""");

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
        Assert.StartsWith("DSL", result.Error.Code, StringComparison.Ordinal);
        Assert.Equal("broken.clj", result.Error.Path);
        Assert.True(result.Error.IsError);
        Assert.Empty(result.Decisions);
    }

    [Fact]
    public async Task MissingFile_IsAFailedResult()
    {
        var activity = new EvaluateStrategyActivity(Strategies("other.clj", Trend), new InMemoryBarStore(), _time);

        var result = await activity.RunAsync(Request("missing.clj", D), Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("missing.clj", result.Error?.Path);
    }

    [Fact]
    public async Task UnreadableBarStore_Throws()
    {
        await Assert.ThrowsAsync<IOException>(() => RunAsync(new UnreadableBarStore(), "trend.clj", Trend));
    }

    private sealed class UnreadableBarStore : IBarStore
    {
        public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default) => throw new IOException("disk gone");

        public Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default) =>
            Task.FromException<BarSeries?>(new IOException("disk gone"));

        public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default) => throw new IOException("disk gone");
    }
}
