using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Data.Refresh;

namespace Alchemiser.Infrastructure.Tests.Simulation;

/// <summary>
/// <see cref="SessionAppender"/> with the real synthetic market over a Parquet store: repeated simulated runs walk
/// forward through time exactly as a longer generation would, and imported closes are never touched (PIPELINE.md §2.2).
/// </summary>
public sealed class SessionAppenderSyntheticTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly Symbol Spy = Symbol.Parse("SPY");
    private static readonly Symbol Tlt = Symbol.Parse("TLT");
    private static readonly Symbol Real = Symbol.Parse("QQQ");

    private readonly TempFolder _folder = new();
    private readonly SyntheticMarketDataSource _source = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AppendAsync_TwoSessions_EqualsGeneratingTheLongerHistory_AndLeavesImportedClosesAlone()
    {
        var store = new ParquetBarStore(_folder.Path);
        var history = await _source.GetDailyBarsAsync([Spy, Tlt], new DateOnly(2026, 1, 2), Monday, Ct);
        await store.WriteManyAsync([history[Spy], history[Tlt]], _source.Name, Ct);
        var real = new BarSeries(Real, [new DateOnly(2026, 11, 20), Monday], [500.0, 501.0]);
        await store.WriteAsync(real, BarSources.Csv("QQQ.csv"), Ct);
        var tuesday = NyseCalendar.NextTradingDay(Monday);
        var wednesday = NyseCalendar.NextTradingDay(tuesday);

        var first = await new SessionAppender(store, _source).AppendAsync(tuesday, Ct);
        var again = await new SessionAppender(store, _source).AppendAsync(tuesday, Ct);
        var second = await new SessionAppender(store, _source).AppendAsync(wednesday, Ct);

        Assert.Equal((2, 0, 2), (first, again, second));
        var expected = await _source.GetDailyBarsAsync([Spy, Tlt], new DateOnly(2026, 1, 2), wednesday, Ct);
        foreach (var symbol in new[] { Spy, Tlt })
        {
            var stored = (await store.ReadAsync(symbol, Ct))!;
            Assert.Equal(expected[symbol].Dates, stored.Dates);
            Assert.Equal(expected[symbol].Close, stored.Close);
        }
        Assert.Equal(real.Close, (await store.ReadAsync(Real, Ct))!.Close);
        var manifest = await store.ReadManifestAsync(Ct);
        Assert.Equal((Monday, "csv:QQQ.csv"), (manifest.Find(Real)!.LastDate, manifest.Find(Real)!.Source));
        Assert.Equal((wednesday, "synthetic"), (manifest.Find(Spy)!.LastDate, manifest.Find(Spy)!.Source));
    }

    [Fact]
    public async Task AppendAsync_ADayThatIsNotASession_AppendsNothing()
    {
        var written = new DateTimeOffset(2026, 11, 27, 22, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(written);
        var store = new ParquetBarStore(new DirectoryObjectStore(_folder.Path), clock);
        var friday = new DateOnly(2026, 11, 27);
        var history = await _source.GetDailyBarsAsync([Spy], new DateOnly(2026, 10, 1), friday, Ct);
        await store.WriteManyAsync([history[Spy]], _source.Name, Ct);
        clock.Now = written.AddDays(1);

        var appended = await new SessionAppender(store, _source).AppendAsync(new DateOnly(2026, 11, 28), Ct); // a Saturday

        Assert.Equal(0, appended);
        var entry = (await store.ReadManifestAsync(Ct)).Find(Spy)!;
        Assert.Equal((friday, history[Spy].Count, written), (entry.LastDate, entry.Rows, entry.RefreshedUtc)); // not rewritten
    }
}
