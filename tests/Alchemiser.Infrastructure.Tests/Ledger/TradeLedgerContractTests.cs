using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Ledger;

namespace Alchemiser.Infrastructure.Tests.Ledger;

/// <summary>
/// What every <see cref="ITradeLedger"/> must do (PIPELINE.md §7.2, §8, §11 item 9), run once per adapter
/// (<see cref="SqliteTradeLedgerTests"/>, <see cref="TableTradeLedgerTests"/>).
/// </summary>
public abstract class TradeLedgerContractTests : IAsyncLifetime
{
    protected static readonly DateOnly Day = new(2026, 11, 24);

    private ITradeLedger? _ledger;

    /// <summary>The ledger under test: empty at the start of each test.</summary>
    protected ITradeLedger Ledger => _ledger ?? throw new InvalidOperationException("not initialized");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _ledger = await CreateLedgerAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates a fresh, empty ledger.</summary>
    protected abstract Task<ITradeLedger> CreateLedgerAsync();

    /// <summary>A filled buy of 10 SPY at step 1 of <paramref name="instance"/>, attributed to two strategies.</summary>
    protected static LedgerEntry Entry(string instance = "2026-11-24", string symbol = "SPY", int step = 1, string? clientOrderId = null)
    {
        var id = InstanceId.Parse(instance);
        var sym = Symbol.Parse(symbol);
        var cid = clientOrderId ?? ClientOrderId.For(id, sym, OrderSide.Buy, step).Value;
        var submitted = new DateTimeOffset(2026, 11, 24, 14, 31, 5, TimeSpan.Zero).AddTicks(1_234_567);
        return new LedgerEntry
        {
            LedgerId = "ledger-" + cid,
            InstanceId = id,
            PlanId = id.Value,
            TradingDate = id.TradingDate ?? Day,
            ClientOrderId = cid,
            BrokerOrderId = "b-" + cid,
            Step = step,
            OrderType = LedgerOrderType.Limit,
            Symbol = sym,
            Side = OrderSide.Buy,
            LimitPrice = 600.12m,
            FilledQuantity = 10.000000m,
            AverageFillPrice = 600.115m,
            Notional = 6001.15m,
            SubmittedAt = submitted,
            FirstFillAt = submitted.AddMilliseconds(850),
            LastFillAt = submitted.AddSeconds(2),
            TimeToFillMs = 12_000,
            ArrivalBid = 600.08m,
            ArrivalAsk = 600.14m,
            ArrivalMid = 600.11m,
            QuoteTime = submitted.AddSeconds(-3),
            SpreadBps = 1.00m,
            SlippagePerShare = 0.005m,
            SlippageBps = 0.08m,
            SlippageDollars = 0.05m,
            Attribution =
            [
                new LedgerAttribution("nova", 0.75m, 4500.8625m, 0.0375m),
                new LedgerAttribution("tqqq-ftlt", 0.25m, 1500.2875m, 0.0125m),
            ],
        };
    }

    protected static void AssertSameEntry(LedgerEntry expected, LedgerEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Attribution = [] }, actual with { Attribution = [] });
        Assert.Equal(expected.Attribution, actual.Attribution);
    }

    [Fact]
    public async Task FindAndList_Empty_FindNothing()
    {
        Assert.Null(await Ledger.FindAsync("20261124-B-SPY-0", Ct));
        Assert.Empty(await Ledger.ListAsync(DateOnly.MinValue, DateOnly.MaxValue, Ct));
        Assert.Empty(await Ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-24"), Ct));
    }

    [Fact]
    public async Task UpsertAsync_New_RoundTripsEveryField()
    {
        var entry = Entry();

        await Ledger.UpsertAsync(entry, Ct);

        AssertSameEntry(entry, await Ledger.FindAsync(entry.ClientOrderId, Ct));
        AssertSameEntry(entry, Assert.Single(await Ledger.ListAsync(Day, Day, Ct)));
    }

    [Fact]
    public async Task UpsertAsync_SameClientOrderIdTwice_KeepsOneRowWithTheSecondValues()
    {
        var first = Entry();
        var second = first with
        {
            LedgerId = "ledger-second",
            BrokerOrderId = "b-second",
            OrderType = LedgerOrderType.Market,
            LimitPrice = null,
            FilledQuantity = 12.5m,
            FirstFillAt = null,
            LastFillAt = null,
            TimeToFillMs = null,
            Attribution = [new LedgerAttribution("unattributed", 1m, 7501.4375m, 0.0625m)],
        };

        await Ledger.UpsertAsync(first, Ct);
        await Ledger.UpsertAsync(second, Ct);

        AssertSameEntry(second, Assert.Single(await Ledger.ListAsync(Day, Day, Ct)));
        AssertSameEntry(second, await Ledger.FindAsync(first.ClientOrderId, Ct));
    }

    [Fact]
    public async Task UpsertAsync_Decimals_RoundTripExactlyWithTheirScale()
    {
        var entry = Entry() with
        {
            LimitPrice = decimal.MaxValue,
            FilledQuantity = 0.000001m,
            AverageFillPrice = 1234567.891234m,
            Notional = 100.10m,
            ArrivalMid = 600.110000m,
            SlippagePerShare = -0.0000000000000000000000000001m,
            SlippageBps = decimal.MinValue,
            SlippageDollars = 1.000000m,
            Attribution = [new LedgerAttribution("nova", 0.3333333333333333333333333333m, 33.3666666666666666666666666m, -0.01m)],
        };

        await Ledger.UpsertAsync(entry, Ct);
        var read = await Ledger.FindAsync(entry.ClientOrderId, Ct);

        Assert.NotNull(read);
        AssertSameEntry(entry, read);
        string Text(decimal? d) => Convert.ToString(d, CultureInfo.InvariantCulture)!;
        Assert.Equal("79228162514264337593543950335", Text(read.LimitPrice));
        Assert.Equal("0.000001", Text(read.FilledQuantity));
        Assert.Equal("1234567.891234", Text(read.AverageFillPrice));
        Assert.Equal("100.10", Text(read.Notional));
        Assert.Equal("600.110000", Text(read.ArrivalMid));
        Assert.Equal("-0.0000000000000000000000000001", Text(read.SlippagePerShare));
        Assert.Equal("-79228162514264337593543950335", Text(read.SlippageBps));
        Assert.Equal("1.000000", Text(read.SlippageDollars));
        var attribution = Assert.Single(read.Attribution);
        Assert.Equal("0.3333333333333333333333333333", Text(attribution.Share));
        Assert.Equal("33.3666666666666666666666666", Text(attribution.Notional));
        Assert.Equal(entry.SubmittedAt.UtcTicks, read.SubmittedAt.UtcTicks);
    }

    [Fact]
    public async Task ListAsync_DateRange_IncludesBothEndsOnlyInDateThenIdOrder()
    {
        foreach (var date in new[] { "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26" })
        {
            await Ledger.UpsertAsync(Entry(date, "SPY"), Ct);
            await Ledger.UpsertAsync(Entry(date, "BRK.B"), Ct);
        }

        var listed = await Ledger.ListAsync(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25), Ct);

        Assert.Equal(
            ["20261124-B-BRK.B-1", "20261124-B-SPY-1", "20261125-B-BRK.B-1", "20261125-B-SPY-1"],
            listed.Select(e => e.ClientOrderId));
        Assert.Empty(await Ledger.ListAsync(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 31), Ct));
    }

    [Fact]
    public async Task ListByInstanceAsync_ReturnsOnlyThatRun()
    {
        await Ledger.UpsertAsync(Entry("2026-11-24", "SPY"), Ct);
        await Ledger.UpsertAsync(Entry("2026-11-24", "QQQ"), Ct);
        await Ledger.UpsertAsync(Entry("2026-11-24#2", "SPY"), Ct);
        await Ledger.UpsertAsync(Entry("2026-11-25", "SPY"), Ct);
        await Ledger.UpsertAsync(Entry("manual-check", "SPY"), Ct);

        var first = await Ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-24"), Ct);
        var rerun = await Ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-24#2"), Ct);
        var manual = await Ledger.ListByInstanceAsync(InstanceId.Parse("manual-check"), Ct);

        Assert.Equal(["20261124-B-QQQ-1", "20261124-B-SPY-1"], first.Select(e => e.ClientOrderId));
        Assert.Equal(["20261124r2-B-SPY-1"], rerun.Select(e => e.ClientOrderId));
        Assert.Equal("manual-check", Assert.Single(manual).InstanceId.Value);
        Assert.Empty(await Ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-26"), Ct));
    }

    [Fact]
    public async Task ListAsync_MoreRowsThanOnePage_ReturnsEveryRow()
    {
        const int Rows = 1_200; // more than a Table page (1,000): forces a continuation
        var entries = Enumerable.Range(0, Rows)
            .Select(i => Entry(clientOrderId: string.Create(CultureInfo.InvariantCulture, $"20261124-B-S{i:D4}-1")))
            .ToArray();

        await Parallel.ForEachAsync(
            entries, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Ct },
            async (entry, ct) => await Ledger.UpsertAsync(entry, ct));

        var listed = await Ledger.ListAsync(Day, Day, Ct);
        Assert.Equal(entries.Select(e => e.ClientOrderId), listed.Select(e => e.ClientOrderId));
        Assert.Equal(Rows, (await Ledger.ListByInstanceAsync(InstanceId.Parse("2026-11-24"), Ct)).Count);
    }

    [Fact]
    public async Task UpsertAsync_ConcurrentWritersOfOneId_LeaveOneWholeRow()
    {
        var versions = Enumerable.Range(1, 12)
            .Select(i => Entry() with { LedgerId = "v" + i, FilledQuantity = i, Notional = i * 600.115m })
            .ToArray();

        await Task.WhenAll(versions.Select(v => Task.Run(() => Ledger.UpsertAsync(v, Ct), Ct)));

        var row = Assert.Single(await Ledger.ListAsync(Day, Day, Ct));
        var written = Assert.Single(versions, v => v.LedgerId == row.LedgerId);
        AssertSameEntry(written, row);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026/11/24-B-SPY-0")]
    [InlineData("20261124#2-B-SPY-0")]
    [InlineData("what?")]
    [InlineData("with space")]
    public async Task UpsertAsync_InvalidClientOrderId_Throws(string clientOrderId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Ledger.UpsertAsync(Entry(clientOrderId: clientOrderId), Ct));
    }

    [Fact]
    public async Task UpsertAsync_StepOutOfRange_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Ledger.UpsertAsync(Entry() with { Step = 4 }, Ct));
    }
}
