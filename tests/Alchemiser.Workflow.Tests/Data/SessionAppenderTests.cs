using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Data.Refresh;

namespace Alchemiser.Workflow.Tests.Data;

/// <summary><see cref="SessionAppender"/>: the embedded default walks forward one session (PIPELINE.md §2.2).</summary>
public sealed class SessionAppenderTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    private readonly ControlledBarStore _store = new();
    private readonly SessionSource _source = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Symbol S(string ticker) => Symbol.Parse(ticker);

    /// <summary>Closes of 10, 11, … on the NYSE sessions up to <paramref name="last"/>.</summary>
    private static BarSeries History(string ticker, DateOnly last, int count = 3)
    {
        var days = new List<DateOnly>();
        for (var day = last; days.Count < count; day = NyseCalendar.PreviousTradingDay(day))
            days.Add(day);
        days.Reverse();
        return new BarSeries(S(ticker), [.. days], [.. days.Select((_, i) => 10.0 + i)]);
    }

    [Fact]
    public async Task AppendAsync_AppendsTheSessionOnlyToTheSourcesSymbolsThatEndTheSessionBefore()
    {
        _store.Put(History("AAA", Monday), "synthetic");
        _store.Put(History("BBB", Monday), "synthetic");
        _store.Put(History("OLD", new DateOnly(2026, 11, 20)), "synthetic"); // behind: a refresh's job, not this one's
        _store.Put(History("NEW", Tuesday), "synthetic"); // already has the session
        _store.Put(History("CSV", Monday), BarSources.Csv("spy.csv")); // imported real closes
        _store.Put(History("ALP", Monday), BarSources.Alpaca);
        var untouched = new[] { "OLD", "NEW", "CSV", "ALP" }.ToDictionary(t => t, t => _store.Stored(S(t)));

        var appended = await new SessionAppender(_store, _source).AppendAsync(Tuesday, Ct);

        Assert.Equal(2, appended);
        var call = Assert.Single(_source.Calls);
        Assert.Equal([S("AAA"), S("BBB")], call.Symbols.Order());
        Assert.Equal((Tuesday, Tuesday), (call.Start, call.End));
        foreach (var ticker in new[] { "AAA", "BBB" })
        {
            var bars = _store.Stored(S(ticker))!;
            Assert.Equal(4, bars.Count);
            Assert.Equal(Tuesday, bars.LastDate);
            Assert.Equal(SessionSource.Close, bars.Close[^1]);
            Assert.Equal([10.0, 11.0, 12.0], bars.Close[..3]);
        }
        Assert.All(untouched, p => Assert.Same(p.Value, _store.Stored(S(p.Key))));
        Assert.Equal(1, _store.ManyWrites);
        Assert.Equal([(S("AAA"), "synthetic"), (S("BBB"), "synthetic")], _store.Written.OrderBy(w => w.Symbol));
    }

    [Fact]
    public async Task AppendAsync_AfterAHoliday_TheSessionBeforeIsTheLastTradingDay()
    {
        var wednesday = new DateOnly(2026, 11, 25);
        var friday = new DateOnly(2026, 11, 27); // Thanksgiving (Thursday) in between
        _store.Put(History("AAA", wednesday), "synthetic");

        Assert.Equal(1, await new SessionAppender(_store, _source).AppendAsync(friday, Ct));

        Assert.Equal([wednesday, friday], _store.Stored(S("AAA"))!.Dates[^2..]);
    }

    [Fact]
    public async Task AppendAsync_NothingEligible_AsksNothingAndWritesNothing()
    {
        _store.Put(History("CSV", Monday), BarSources.Csv("spy.csv"));

        Assert.Equal(0, await new SessionAppender(_store, _source).AppendAsync(Tuesday, Ct));

        Assert.Empty(_source.Calls);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task AppendAsync_ASymbolTheSourceDoesNotReturn_IsSkippedAndNotCounted()
    {
        _store.Put(History("AAA", Monday), "synthetic");
        _store.Put(History("BBB", Monday), "synthetic");
        _source.Unknown.Add(S("BBB"));

        Assert.Equal(1, await new SessionAppender(_store, _source).AppendAsync(Tuesday, Ct));

        Assert.Equal(Monday, _store.Stored(S("BBB"))!.LastDate);
        Assert.Equal([S("AAA")], _store.Written.Select(w => w.Symbol));
    }

    [Fact]
    public async Task AppendAsync_ASourceWithoutABarForTheSession_AppendsAndCountsNothing()
    {
        // A source asked for a day that is not a session may answer with older bars (the synthetic market does).
        var saturday = new DateOnly(2026, 11, 28);
        var friday = new DateOnly(2026, 11, 27);
        _store.Put(History("AAA", friday), "synthetic");
        var before = _store.Stored(S("AAA"));
        _source.AnswerWithTheSessionBefore = true;

        Assert.Equal(0, await new SessionAppender(_store, _source).AppendAsync(saturday, Ct));

        Assert.Same(before, _store.Stored(S("AAA")));
        Assert.Equal(0, _store.Writes);
    }

    /// <summary>A market data source named <c>synthetic</c> whose bar for a session closes at <see cref="Close"/>.</summary>
    private sealed class SessionSource : IMarketDataSource
    {
        public const double Close = 99.5;

        public List<(IReadOnlyCollection<Symbol> Symbols, DateOnly Start, DateOnly End)> Calls { get; } = [];

        public HashSet<Symbol> Unknown { get; } = [];

        public bool AnswerWithTheSessionBefore { get; set; }

        public string Name => "synthetic";

        public Task<IReadOnlyDictionary<Symbol, BarSeries>> GetDailyBarsAsync(
            IReadOnlyCollection<Symbol> symbols, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
        {
            Calls.Add(([.. symbols], start, end));
            var day = AnswerWithTheSessionBefore ? NyseCalendar.PreviousTradingDay(end) : end;
            IReadOnlyDictionary<Symbol, BarSeries> bars = symbols.Where(s => !Unknown.Contains(s))
                .ToDictionary(s => s, s => new BarSeries(s, [day], [Close]));
            return Task.FromResult(bars);
        }
    }
}
