using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Signals;
using static Alchemiser.Core.Tests.Signals.TestMarket;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>The conformance cases of DSL.md §10, with the expected values written in the spec.</summary>
public class ConformanceTests
{
    private static readonly double[] X = [100, 102, 101, 103, 105, 104, 106];

    [Fact]
    public void C1_Nesting_SplitsEquallyAtEachLevel()
    {
        var book = Book(("A", [1]), ("B", [1]), ("C", [1]));
        AssertAllocation(Evaluate("""(weight-equal [(asset "A") (weight-equal [(asset "B") (asset "C")])])""", book), ("A", 0.5), ("B", 0.25), ("C", 0.25));
    }

    [Fact]
    public void C2_EmptyChild_IsDroppedAndSiblingsShare()
    {
        var book = Book(("A", [90]), ("B", [1]), ("C", [1]));
        AssertAllocation(Evaluate("""(weight-equal [(if (> (current-price "A") 100) [(asset "A")]) (asset "B") (asset "C")])""", book), ("B", 0.5), ("C", 0.5));
    }

    [Fact]
    public void C3_WeightSpecified_SplitsByWrittenWeights()
    {
        var book = Book(("A", [90]), ("B", [1]), ("C", [1]));
        AssertAllocation(Evaluate("""(weight-specified 0.6 (asset "A") 0.4 [(asset "B") (asset "C")])""", book), ("A", 0.6), ("B", 0.2), ("C", 0.2));
        AssertAllocation(Evaluate("""(weight-specified 0.6 (if (> (current-price "A") 100) [(asset "A")]) 0.4 [(asset "B") (asset "C")])""", book), ("B", 0.5), ("C", 0.5));
    }

    [Fact]
    public void C3_WeightsNotSummingToOne_IsDsl012AtTheForm()
    {
        var result = StrategyLoader.Load(new SourceText("c3.clj", """(weight-specified 0.6 (asset "A") 0.3 (asset "B"))"""));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("DSL012", 1, 1), (error.Code, error.Line, error.Column));
        Assert.Equal("weights sum to 0.9; they must sum to 1 within 1e-6", error.Message);
    }

    [Fact]
    public void C4_RsiCondition_TakesThenBranch()
    {
        var book = Book(("X", X), ("BIL", [1, 1, 1, 1, 1, 1, 1]));
        AssertAllocation(Evaluate("""(if (> (rsi "X" {:window 3}) 80) [(asset "X")] [(asset "BIL")])""", book), ("X", 1.0));
    }

    [Fact]
    public void C4_TooFewCloses_FailsWithDsl020NamingNeedsAndAvailable()
    {
        var book = Book(("X", X), ("BIL", [1, 1, 1, 1, 1, 1, 1]));
        var asOf = book.Sessions[2];
        var result = Evaluate("""(if (> (rsi "X" {:window 3}) 80) [(asset "X")] [(asset "BIL")])""", book, asOf);
        Assert.False(result.Succeeded);
        Assert.Equal("DSL020", result.Error!.Code);
        Assert.Equal(FailureClass.History, result.FailureClass);
        Assert.Equal($"rsi(X, window 3) cannot be computed as of {asOf:yyyy-MM-dd}: needs 4 closes, 3 available", result.Error.Message);
        Assert.Equal((2, 10), (result.Error.Line, result.Error.Column));
    }

    [Theory]
    [InlineData("(select-top 2)", "C", 0.5, "A", 0.5)]
    [InlineData("(select-top 1)", "C", 1.0, null, 0)]
    [InlineData("(select-bottom 1)", "A", 1.0, null, 0)]
    public void C5_FilterTies_BrokenByName(string selector, string first, double firstWeight, string? second, double secondWeight)
    {
        var book = Book(("A", [10, 11, 12]), ("B", [20, 22, 24]), ("C", [30, 31, 37.5]));
        var expected = second is null ? new[] { (first, firstWeight) } : [(first, firstWeight), (second, secondWeight)];
        foreach (var candidates in new[] { """[(asset "A") (asset "B") (asset "C")]""", """[(asset "B") (asset "A") (asset "C") (asset "A")]""" })
            AssertAllocation(Evaluate($"(filter (cumulative-return {{:window 2}}) {selector} {candidates})", book), expected);
    }

    [Theory]
    [InlineData("(select-bottom 1)", "B")]
    [InlineData("(select-top 1)", "A")]
    public void C6_MaxDrawdown_IsNeverInverted(string selector, string expected)
    {
        var book = Book(("A", [10, 12, 9, 11]), ("B", [10, 9, 9.5, 8]));
        AssertAllocation(Evaluate("(filter (max-drawdown {:window 4}) " + selector + """ [(asset "A") (asset "B")])""", book), (expected, 1.0));
    }

    [Fact]
    public void C7_InverseVolatility_OnTickers()
    {
        var book = Book(("X2", [100, 110, 99, 108.9]), ("Y2", [100, 105, 99.75, 104.7375]), ("K", [5, 5, 5, 5]));
        AssertAllocation(Evaluate("""(weight-inverse-volatility 3 [(asset "X2") (asset "Y2")])""", book), ("X2", 0.333333333333333), ("Y2", 0.666666666666667));

        var tooShort = Evaluate("""(weight-inverse-volatility 4 [(asset "X2") (asset "Y2")])""", book);
        Assert.Equal(("DSL022", FailureClass.History), (tooShort.Error?.Code, tooShort.FailureClass));
        Assert.Contains("needs 5 closes, 4 available", tooShort.Error!.Message, StringComparison.Ordinal);

        var constant = Evaluate("""(weight-inverse-volatility 3 [(asset "X2") (asset "K")])""", book);
        Assert.Equal(("DSL022", FailureClass.Model), (constant.Error?.Code, constant.FailureClass));
        Assert.Contains("zero", constant.Error!.Message, StringComparison.Ordinal);
    }

    private const string C8Groups = """
        [(group "G1" [(if (> (current-price "A") 10) [(asset "A")] [(asset "B")])])
         (group "G2" [(asset "C")])]
        """;

    private static Core.Market.PriceBook C8Book() => Book(("A", [9, 11, 12, 10.8]), ("B", [20, 22, 23, 24]), ("C", [50, 51, 52, 55]));

    [Fact]
    public void C8_FilterOnGroups_ScoresNavNotTodaysHoldings()
    {
        var book = C8Book();
        Assert.Equal(new DateOnly(2026, 3, 2), book.Sessions[0]);
        var result = Evaluate($"(filter (cumulative-return {{:window 3}}) (select-top 1) {C8Groups})", book);
        AssertAllocation(result, ("C", 1.0));

        var filter = Assert.IsType<Core.Signals.Tracing.FilterTrace>(result.Trace!.Root);
        var g1 = filter.Candidates.Single(c => c.Name == "G1");
        var g2 = filter.Candidates.Single(c => c.Name == "G2");
        Assert.Equal(8.00000000000001, g1.Score!.Value, 1e-9);
        Assert.Equal(10.0000000000000, g2.Score!.Value, 1e-9);
        Assert.Equal(1.08, g1.Nav!.LastNav, 1e-12);
        Assert.Equal((new DateOnly(2026, 3, 2), 4), (g1.Nav.SeriesStart, g1.Nav.Points));
    }

    [Fact]
    public void C8_TooFewNavPoints_ExcludesBoth_AndTopLevelIsDsl023()
    {
        var book = C8Book();
        var result = Evaluate($"(filter (cumulative-return {{:window 3}}) (select-top 1) {C8Groups})", book, new DateOnly(2026, 3, 4));
        Assert.Equal(("DSL023", FailureClass.Model), (result.Error?.Code, result.FailureClass));
    }

    [Fact]
    public void C9_InverseVolatility_OnGroupsUsesNavVolatility()
    {
        var result = Evaluate($"(weight-inverse-volatility {{:window 3}} {C8Groups})", C8Book());
        AssertAllocation(result, ("A", 0.162267362848065), ("C", 0.837732637151935));
        var weighting = Assert.IsType<Core.Signals.Tracing.WeightingTrace>(result.Trace!.Root);
        Assert.Equal(9.22128730588056, weighting.Shares[0].Sigma!.Value, 1e-9);
        Assert.Equal(1.78614740172550, weighting.Shares[1].Sigma!.Value, 1e-9);
        Assert.All(weighting.Shares, s => Assert.Equal("NAV", s.Source));
    }

    [Fact]
    public void C10_ThousandLevels_LoadAndEvaluate()
    {
        var body = string.Concat(Enumerable.Repeat("(weight-equal ", 999)) + "(asset \"A\")" + new string(')', 999);
        var result = StrategyEvaluatorFor(body, Book(("A", [1])));
        AssertAllocation(result, ("A", 1.0));
    }

    [Fact]
    public void C10_TenThousandAndThreeLevels_IsDsl003()
    {
        var text = string.Concat(Enumerable.Repeat("(weight-equal [", 5001)) + "(asset \"A\")" + string.Concat(Enumerable.Repeat("])", 5001));
        var result = StrategyLoader.Load(new SourceText("deep.clj", text));
        Assert.Equal("DSL003", Assert.Single(result.Errors).Code);
    }

    private static StrategyResult StrategyEvaluatorFor(string bareBody, Core.Market.PriceBook book)
    {
        var loaded = StrategyLoader.Load(new SourceText("deep.clj", bareBody));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return new StrategyEvaluator(loaded.Strategy!, book).Evaluate(book.Sessions[^1]);
    }
}
