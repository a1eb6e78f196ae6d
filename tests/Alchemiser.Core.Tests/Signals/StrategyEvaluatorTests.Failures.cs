using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;
using static Alchemiser.Core.Tests.Signals.TestMarket;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>
/// Failure classes and how contexts treat them (DSL.md §3.3), and what evaluation diagnostics carry (§8).
/// Books span d0 … d5 = 2026-02-26 … 2026-03-05 unless stated.
/// </summary>
public sealed partial class StrategyEvaluatorTests
{
    /// <summary>OLD on every day; B on every day; NEW from d4 (two closes).</summary>
    private static PriceBook ListingBook() => Book(
        ("OLD", [10, 11, 12, 13, 14, 15]),
        ("B", [20, 20, 20, 20, 20, 20]),
        ("NEW", [5, 6]));

    /// <summary>Six weekday sessions; GAP has closes on d0, d1, d2, d4 and d5 but none on d3; OK on every day.</summary>
    private static PriceBook GapBook()
    {
        var days = Weekdays(6);
        DateOnly[] gapDays = [days[0], days[1], days[2], days[4], days[5]];
        return PriceBook.Create(
            [
                new BarSeries(Symbol.Parse("GAP"), gapDays, [10, 11, 12, 14, 15]),
                new BarSeries(Symbol.Parse("OK"), days, [20, 21, 22, 23, 24, 25]),
            ],
            days);
    }

    [Theory]
    [InlineData("""(weight-equal [(asset "OLD") (asset "ZZZ")])""")]
    [InlineData("""(filter (cumulative-return {:window 1}) (select-top 1) [(asset "OLD") (asset "ZZZ")])""")]
    [InlineData("""(filter (cumulative-return {:window 1}) (select-top 1) [(asset "OLD") (group "G1" [(asset "ZZZ")])])""")]
    [InlineData("""(if (> (rsi "ZZZ" {:window 2}) 50) [(asset "OLD")] [(asset "B")])""")]
    [InlineData("""(filter (rsi {:window 2}) [(asset "OLD") (group "G1" [(if (> (current-price "ZZZ") 1) [(asset "B")])])])""")]
    public void Evaluate_UnknownSymbolAnywhere_FailsWithDsl021DataEvenInsideFilterCandidates(string body)
    {
        var book = ListingBook();
        var result = Evaluate(body, book);

        Assert.False(result.Succeeded);
        Assert.Equal(("DSL021", FailureClass.Data), (result.Error!.Code, result.FailureClass));
        Assert.Contains("ZZZ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(book.Sessions[^1], result.AsOf);
    }

    [Theory]
    [InlineData("""(filter (cumulative-return {:window 1}) (select-top 1) [(asset "OLD") (group "G1" [(asset "ZZZ")])])""")]
    [InlineData("""(filter (rsi {:window 2}) [(asset "OLD") (group "G1" [(if (> (current-price "ZZZ") 1) [(asset "B")])])])""")]
    public void Evaluate_DataFailureInGroupNavHistory_DiagnosticAsOfIsTheEvaluationDate(string body)
    {
        var book = ListingBook();
        var result = Evaluate(body, book);

        Assert.Equal("DSL021", result.Error?.Code);
        Assert.Equal(book.Sessions[^1], result.Error!.AsOf);
        Assert.Contains($"(met on {book.Sessions[0]:yyyy-MM-dd} while computing a composite's NAV history)", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownSymbol_DiagnosticPointsAtTheAssetForm()
    {
        const string Body = """(weight-equal [(asset "OLD") (asset "ZZZ")])""";
        var result = Evaluate(Body, ListingBook());

        // TestMarket.Strategy puts the body on line 2 after two spaces.
        Assert.Equal((2, 3 + Body.IndexOf("(asset \"ZZZ\"", StringComparison.Ordinal)), (result.Error!.Line, result.Error.Column));
    }

    [Fact]
    public void Evaluate_AssetWithoutCloseOnAsOfDate_IsDsl021()
    {
        var book = GapBook();
        var result = Evaluate("""(weight-equal [(asset "OK") (asset "GAP")])""", book, book.Sessions[3]);

        Assert.Equal(("DSL021", FailureClass.Data), (result.Error?.Code, result.FailureClass));
        Assert.Contains("2026-03-03", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(book.Sessions[3], result.Error.AsOf);
    }

    [Fact]
    public void Evaluate_AssetAfterItsGap_HoldsItAgain()
    {
        var book = GapBook();

        // The asset itself needs only a close on D (§5.2); the gap was on d3.
        AssertAllocation(Evaluate("""(weight-equal [(asset "OK") (asset "GAP")])""", book, book.Sessions[4]), ("GAP", 0.5), ("OK", 0.5));
    }

    [Theory]
    [InlineData("""(if (> (moving-average-price "GAP" {:window 3}) 0) [(asset "OK")])""")]
    [InlineData("""(filter (moving-average-return {:window 2}) (select-top 1) [(asset "GAP") (asset "OK")])""")]
    public void Evaluate_IndicatorWindowOverAGap_IsDsl021EvenInsideAFilter(string body)
    {
        var book = GapBook();
        var result = Evaluate(body, book, book.Sessions[4]);

        // As of d4 the 3-close window d2 … d4 contains the missing d3: a data failure, never an exclusion.
        // (cumulative-return reads only the two ends of its window, so cumulative-return 2 over d2 … d4 is defined.)
        Assert.Equal(("DSL021", FailureClass.Data), (result.Error?.Code, result.FailureClass));
    }

    [Fact]
    public void Evaluate_GapInGroupHistoryBeforeAsOfDate_PropagatesDsl021()
    {
        var book = GapBook();
        var result = Evaluate("""(filter (current-price) (select-top 1) [(group "G1" [(asset "GAP")]) (asset "OK")])""", book, book.Sessions[5]);

        // G1's NAV needs GAP's close on d3 (§7: a data failure on a day the series needs propagates, §3.3).
        Assert.Equal(("DSL021", FailureClass.Data), (result.Error?.Code, result.FailureClass));
        Assert.Contains("group \"G1\"", result.Error!.EvaluationPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HistoryFailuresInFilterCandidates_ExcludeThemAndSelectTheOthers()
    {
        var book = ListingBook();
        var result = Evaluate("""
            (filter (cumulative-return {:window 2}) (select-top 2)
              [(asset "NEW")
               (group "G1" [(if (> (rsi "OLD" {:window 50}) 50) [(asset "OLD")] [(asset "B")])])
               (asset "OLD")])
            """, book);

        // NEW has 2 closes (needs 3); G1's condition needs 51 closes (6 available) on every day, so it never incepts.
        AssertAllocation(result, ("OLD", 1.0));
        Assert.Contains("needs 3 closes, 2 available", Candidate(result, "NEW").Excluded, StringComparison.Ordinal);
        Assert.NotNull(Candidate(result, "G1").Excluded);
        Assert.Null(Candidate(result, "G1").Nav);
        Assert.True(Candidate(result, "OLD").Selected);
    }

    [Fact]
    public void Evaluate_FilterCandidateNotListedYet_IsExcluded()
    {
        var book = ListingBook();
        var result = Evaluate("""(filter (current-price) (select-bottom 1) [(asset "NEW") (asset "B")])""", book, book.Sessions[2]);

        // As of d2 NEW (first close 5 on d4) has no close: excluded, so B (20) is the lowest price left.
        AssertAllocation(result, ("B", 1.0));
        Assert.Null(Candidate(result, "NEW").Score);
        Assert.NotNull(Candidate(result, "NEW").Excluded);
    }

    [Fact]
    public void Evaluate_AssetNotListedYetAtTopLevel_IsDsl020History()
    {
        var book = ListingBook();
        var result = Evaluate("""(weight-equal [(asset "OLD") (asset "NEW")])""", book, book.Sessions[3]);

        Assert.Equal(("DSL020", FailureClass.History), (result.Error?.Code, result.FailureClass));
        Assert.Contains("NEW", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("2026-03-04", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FailureInsideNamedGroup_DiagnosticCarriesAsOfAndEvaluationPath()
    {
        var book = ListingBook();
        var asOf = book.Sessions[3];
        var result = Evaluate("""(weight-equal [(asset "OLD") (group "G1" [(weight-specified 0.5 (asset "B") 0.5 (asset "NEW"))])])""", book, asOf);

        var error = result.Error!;
        Assert.Equal(asOf, error.AsOf);
        Assert.Equal(asOf, result.AsOf);
        Assert.NotNull(error.EvaluationPath);
        Assert.StartsWith("defsymphony \"Test\"", error.EvaluationPath, StringComparison.Ordinal);
        Assert.Contains("group \"G1\"", error.EvaluationPath, StringComparison.Ordinal);
        Assert.True(
            error.EvaluationPath.IndexOf("weight-equal", StringComparison.Ordinal) < error.EvaluationPath.IndexOf("group \"G1\"", StringComparison.Ordinal)
            && error.EvaluationPath.IndexOf("group \"G1\"", StringComparison.Ordinal) < error.EvaluationPath.IndexOf("weight-specified", StringComparison.Ordinal),
            $"path not root-first: {error.EvaluationPath}");
    }
}
