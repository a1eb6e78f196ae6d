using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Data.Refresh;
using Alchemiser.Workflow.Tests.Signals;

namespace Alchemiser.Workflow.Tests.Data;

public class BarRefresherTests
{
    // Thursday 2026-03-05 15:00 in New York: that session has not closed, so the last completed one is 03-04.
    private static readonly DateTimeOffset DuringSession = new(2026, 3, 5, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly LastCompleted = new(2026, 3, 4);
    private static readonly Symbol Spy = Symbol.Parse("SPY");

    [Fact]
    public async Task RefreshAsync_NewSymbol_FetchesFromSinceAndNeverStoresAnOpenSession()
    {
        var store = new InMemoryBarStore();
        var source = new FakeSource(date => 100 + date.DayNumber % 7);

        var results = await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy], Since: new DateOnly(2026, 2, 2)), null, TestContext.Current.CancellationToken);

        var result = Assert.Single(results);
        Assert.Equal(RefreshOutcome.Created, result.Outcome);
        Assert.Equal((new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 5)), source.Calls.Single().Range);
        var bars = (await store.ReadAsync(Spy, TestContext.Current.CancellationToken))!;
        Assert.Equal(LastCompleted, bars.LastDate);
        Assert.Equal(NyseCalendar.TradingDays(new DateOnly(2026, 2, 2), LastCompleted), bars.Dates);
    }

    [Fact]
    public async Task RefreshAsync_UpToDate_FetchesNothing()
    {
        var store = new InMemoryBarStore().With("SPY", LastCompleted, [1, 2, 3]);
        var source = new FakeSource(_ => 1);

        var result = Assert.Single(await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy]), null, TestContext.Current.CancellationToken));

        Assert.Equal(RefreshOutcome.UpToDate, result.Outcome);
        Assert.Empty(source.Calls);
    }

    [Fact]
    public async Task RefreshAsync_Behind_AppendsOnlyTheMissingSessionsAfterAnOverlap()
    {
        var source = new FakeSource(date => date.DayNumber);
        var stale = new DateOnly(2026, 2, 26);
        var store = new InMemoryBarStore();
        var history = NyseCalendar.TradingDays(new DateOnly(2026, 2, 2), stale).ToArray();
        await store.WriteAsync(new BarSeries(Spy, history, history.Select(d => (double)d.DayNumber).ToArray()), TestContext.Current.CancellationToken);

        var result = Assert.Single(await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy]), null, TestContext.Current.CancellationToken));

        Assert.Equal((RefreshOutcome.Appended, 4), (result.Outcome, result.BarsAdded));
        Assert.Equal(new DateOnly(2026, 2, 19), source.Calls.Single().Range.Start);
        var bars = (await store.ReadAsync(Spy, TestContext.Current.CancellationToken))!;
        Assert.Equal(NyseCalendar.TradingDays(new DateOnly(2026, 2, 2), LastCompleted), bars.Dates);
        Assert.Equal(bars.Dates.Select(d => (double)d.DayNumber), bars.Close);
    }

    [Fact]
    public async Task RefreshAsync_ProviderReadjustedThePast_RewritesTheWholeHistory()
    {
        var store = new InMemoryBarStore();
        var history = NyseCalendar.TradingDays(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 26)).ToArray();
        await store.WriteAsync(new BarSeries(Spy, history, history.Select(_ => 100.0).ToArray()), TestContext.Current.CancellationToken);
        var source = new FakeSource(_ => 50.0);   // a 2:1 split re-adjusted every past close

        var result = Assert.Single(await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy]), null, TestContext.Current.CancellationToken));

        Assert.Equal(RefreshOutcome.Rewritten, result.Outcome);
        Assert.Contains("adjusted history changed", result.Detail, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 2, 2), source.Calls[1].Range.Start);
        var bars = (await store.ReadAsync(Spy, TestContext.Current.CancellationToken))!;
        Assert.All(bars.Close, close => Assert.Equal(50.0, close));
        Assert.Equal(LastCompleted, bars.LastDate);
    }

    [Fact]
    public async Task RefreshAsync_ProviderFails_KeepsStoredBarsAndReportsTheFailure()
    {
        var store = new InMemoryBarStore().With("SPY", new DateOnly(2026, 2, 26), [1, 2, 3]);
        var before = await store.ReadAsync(Spy, TestContext.Current.CancellationToken);
        var source = new FakeSource(_ => throw new HttpRequestException("Alpaca is down (503)"));

        var result = Assert.Single(await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy]), null, TestContext.Current.CancellationToken));

        Assert.Equal(RefreshOutcome.Failed, result.Outcome);
        Assert.Contains("Alpaca is down (503)", result.Detail, StringComparison.Ordinal);
        Assert.Same(before, await store.ReadAsync(Spy, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RefreshAsync_Full_RewritesEvenWhenUpToDate()
    {
        var store = new InMemoryBarStore().With("SPY", LastCompleted, [1, 2, 3]);
        var source = new FakeSource(_ => 7);

        var result = Assert.Single(await Refresher(store, source).RefreshAsync(new RefreshRequest([Spy], new DateOnly(2026, 3, 2), Full: true), null, TestContext.Current.CancellationToken));

        Assert.Equal((RefreshOutcome.Rewritten, 3), (result.Outcome, result.BarsAdded));
        var bars = await store.ReadAsync(Spy, TestContext.Current.CancellationToken);
        Assert.Equal(new[] { 7.0, 7.0, 7.0 }, bars!.Close);
    }

    private static BarRefresher Refresher(IBarStore store, IMarketDataSource source) => new(store, source, new FixedClock(DuringSession));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Returns a bar for every session in the asked range, including the one still open (as a careless
    /// provider might), with closes from <paramref name="close"/>.</summary>
    private sealed class FakeSource(Func<DateOnly, double> close) : IMarketDataSource
    {
        public List<(IReadOnlyCollection<Symbol> Symbols, (DateOnly Start, DateOnly End) Range)> Calls { get; } = [];

        public string Name => "fake";

        public Task<IReadOnlyDictionary<Symbol, BarSeries>> GetDailyBarsAsync(IReadOnlyCollection<Symbol> symbols, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
        {
            Calls.Add((symbols, (start, end.AddDays(1))));
            var days = NyseCalendar.TradingDays(start, end.AddDays(1)).ToArray();
            IReadOnlyDictionary<Symbol, BarSeries> bars = symbols.ToDictionary(s => s, s => new BarSeries(s, days, days.Select(close).ToArray()));
            return Task.FromResult(bars);
        }
    }
}
