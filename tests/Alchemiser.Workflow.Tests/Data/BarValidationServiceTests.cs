using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Data.Validation;
using Alchemiser.Workflow.Signals;
using Alchemiser.Workflow.Tests.Signals;

namespace Alchemiser.Workflow.Tests.Data;

public class BarValidationServiceTests
{
    private static readonly DateOnly Last = new(2026, 3, 5);
    private static readonly DateTimeOffset Later = new(2026, 6, 1, 22, 0, 0, TimeSpan.Zero);

    /// <summary>A calm walk of 60 sessions with one bad print of +180% that comes straight back, while the
    /// underlying (SOXX for SOXS) moves 1%.</summary>
    private static InMemoryBarStore StoreWithBadPrint(out DateOnly badDay)
    {
        var soxx = Enumerable.Range(0, 60).Select(i => 100 * (1 + (0.005 * Math.Sin(i)))).ToArray();
        var soxs = soxx.Select(c => 2000 / c).ToArray();
        soxs[40] *= 2.8;
        var store = new InMemoryBarStore().With("SOXX", Last, soxx).With("SOXS", Last, soxs);
        badDay = Last;
        for (var i = 0; i < 19; i++)
            badDay = NyseCalendar.PreviousTradingDay(badDay);
        return store;
    }

    [Fact]
    public async Task ValidateAsync_BadPrint_RecordsASuspiciousJumpInTheManifest()
    {
        var store = StoreWithBadPrint(out var badDay);

        var results = await new BarValidationService(store, new FixedClock(Later)).ValidateAsync(null, TestContext.Current.CancellationToken);

        var soxs = results.Single(r => r.Symbol.Value == "SOXS");
        var issue = Assert.Single(soxs.Issues);
        Assert.Equal((BarCheck.SuspiciousJump, badDay), (issue.Check, issue.Date));
        Assert.Empty(results.Single(r => r.Symbol.Value == "SOXX").Issues);
        var manifest = await store.ReadManifestAsync(TestContext.Current.CancellationToken);
        Assert.Equal(BarValidationStatus.Flagged, manifest.Find(Symbol.Parse("SOXS"))!.Validation);
    }

    [Fact]
    public async Task ValidateAsync_HistoryEndingInThePast_IsNotStaleAsAWhole()
    {
        var store = new InMemoryBarStore().With("SPY", Last, Enumerable.Range(0, 30).Select(i => 100.0 + i).ToArray());

        var results = await new BarValidationService(store, new FixedClock(Later)).ValidateAsync(null, TestContext.Current.CancellationToken);

        Assert.Empty(Assert.Single(results).Issues);
    }

    [Fact]
    public async Task Signals_StrategyNeedingAFlaggedBar_FailsClosedNamingSymbolDateAndCheck()
    {
        var store = StoreWithBadPrint(out var badDay);
        await new BarValidationService(store, new FixedClock(Later)).ValidateAsync(null, TestContext.Current.CancellationToken);
        var repository = new InMemoryStrategyRepository(
            """{ "strategies": [ { "file": "s.clj", "allocation": 1 } ] }""",
            new() { ["s.clj"] = """(defsymphony "S" {} (if (> (rsi "SOXS" {:window 30}) 50) [(asset "SOXS")] [(asset "SOXX")]))""" });

        var signals = await new SignalCalculator(repository, store).EvaluateAsync(null, TestContext.Current.CancellationToken);

        Assert.False(signals.Succeeded);
        var error = signals.Strategies[0].Error!;
        Assert.Equal("DSL021", error.Code);
        Assert.Contains($"SOXS has no usable close on {badDay:yyyy-MM-dd}: flagged by validation (SuspiciousJump)", error.Message, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
