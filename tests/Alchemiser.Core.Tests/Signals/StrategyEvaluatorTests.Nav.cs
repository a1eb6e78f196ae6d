using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;
using Alchemiser.Core.Signals.Tracing;
using static Alchemiser.Core.Tests.Signals.TestMarket;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>
/// Composite NAV semantics (DSL.md §7). Every expected number is worked out by hand in the comments from the
/// definition NAV(I) = 1, NAV(d) = NAV(d−1) × (1 + Σ A(d−1)[s] × (close_s(d) / close_s(d−1) − 1)), never by
/// running the evaluator. The six-day books below cover d0 … d5 = 2026-02-26, 02-27, 03-02, 03-03, 03-04, 03-05.
/// </summary>
public sealed partial class StrategyEvaluatorTests
{
    /// <summary>G holds A while A &gt; 10, else B: B, A, B, B, A, A on d0 … d5.</summary>
    private const string SwitchingGroup = """(group "G" [(if (> (current-price "A") 10) [(asset "A")] [(asset "B")])])""";

    /// <summary>
    /// A: 10, 12, 9, 9.9, 11, 11.55; B: 50, 50, 55, 44, 44, 48.4; C: 100 … 105.
    /// NAV(G): d0 1; d1 held B 50→50: 1; d2 held A 12→9 (−25 %): 0.75; d3 held B 55→44 (−20 %): 0.6;
    /// d4 held B 44→44: 0.6; d5 held A 11→11.55 (+5 %): 0.63.
    /// </summary>
    private static PriceBook SwitchingBook() => Book(
        ("A", [10, 12, 9, 9.9, 11, 11.55]),
        ("B", [50, 50, 55, 44, 44, 48.4]),
        ("C", [100, 101, 102, 103, 104, 105]));

    // cumulative-return 2 of NAV(G): d2 0.75/1 → −25 %; d3 0.6/1 → −40 %; d4 0.6/0.75 → −20 %; d5 0.63/0.6 → +5 %.
    // C's: d2 102/100 → 2 %, d3 103/101, d4 104/102, d5 105/103 (about 1.9–2 %). So C wins until d5, then G (holding A).
    [Theory]
    [InlineData(2, -25.0, 0.75, "C")]
    [InlineData(3, -40.0, 0.6, "C")]
    [InlineData(4, -20.0, 0.6, "C")]
    [InlineData(5, 5.0, 0.63, "A")]
    public void Evaluate_FilterOverGroupWhoseIfSwitchesHoldings_ScoresTheGroupNav(int day, double score, double lastNav, string held)
    {
        var book = SwitchingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 2}) (select-top 1) [{{SwitchingGroup}} (asset "C")])""", book, book.Sessions[day]);

        AssertAllocation(result, (held, 1.0));
        var g = Candidate(result, "G");
        Assert.Equal(score, g.Score!.Value, 1e-9);
        Assert.Equal((book.Sessions[0], day + 1), (g.Nav!.SeriesStart, g.Nav.Points));
        Assert.Equal(lastNav, g.Nav.LastNav, 1e-12);
    }

    [Fact]
    public void Evaluate_FilterOverGroupAsOfSecondDay_ExcludesTheGroupForTooFewNavPoints()
    {
        var book = SwitchingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 2}) [{{SwitchingGroup}} (asset "C")])""", book, book.Sessions[1]);

        // Both need 3 points; each has 2 (NAV 1, 1; C 100, 101): the filter is Empty, the strategy DSL023.
        Assert.Equal(("DSL023", FailureClass.Model), (result.Error?.Code, result.FailureClass));
    }

    /// <summary>
    /// L is listed from d2, so G2 = ½ A2 + ½ L fails with a history error on d0 and d1 and incepts on d2.
    /// A2: 10, 10, 10, 11, 11, 12.1; L: 20, 22, 24.2, 24.2 (d2 … d5).
    /// NAV(G2): d2 1; d3 ½·10 % + ½·10 % → 1.1; d4 ½·0 + ½·10 % → 1.155; d5 ½·10 % + ½·0 → 1.21275.
    /// </summary>
    private static PriceBook LateListingBook() => Book(
        ("A2", [10, 10, 10, 11, 11, 12.1]),
        ("L", [20, 22, 24.2, 24.2]),
        ("S", [5, 15, 5, 5, 5, 5]),
        ("C", [100, 101, 102, 103, 104, 105]));

    private const string LateGroup = """(group "G2" [(weight-equal [(asset "A2") (asset "L")])])""";

    [Fact]
    public void Evaluate_GroupHoldingLaterListedTicker_NavStartsAtInceptionAndWinsOnIt()
    {
        var book = LateListingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 3}) (select-top 1) [{{LateGroup}} (asset "A2")])""", book);

        // As of d5, window 3 needs 4 points: G2 has exactly 4 (d2 … d5): 1.21275 / 1 → 21.275 %; A2: 12.1 / 10 → 21 %.
        AssertAllocation(result, ("A2", 0.5), ("L", 0.5));
        var g2 = Candidate(result, "G2");
        Assert.Equal(21.275, g2.Score!.Value, 1e-9);
        Assert.Equal((book.Sessions[2], 4), (g2.Nav!.SeriesStart, g2.Nav.Points));
        Assert.Equal(1.21275, g2.Nav.LastNav, 1e-12);
        Assert.Equal(21.0, Candidate(result, "A2").Score!.Value, 1e-9);
    }

    [Fact]
    public void Evaluate_GroupInceptedTooRecently_IsExcludedWithItsSeriesStartInTheTrace()
    {
        var book = LateListingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 3}) (select-top 1) [{{LateGroup}} (asset "A2")])""", book, book.Sessions[4]);

        // As of d4 G2 has 3 points (d2 … d4, last NAV 1.155): excluded; A2 scores 11 / 10 → 10 % and is held.
        AssertAllocation(result, ("A2", 1.0));
        var g2 = Candidate(result, "G2");
        Assert.Null(g2.Score);
        Assert.Contains("needs 4 points, 3 available", g2.Excluded, StringComparison.Ordinal);
        Assert.Equal((book.Sessions[2], 3), (g2.Nav!.SeriesStart, g2.Nav.Points));
        Assert.Equal(1.155, g2.Nav.LastNav, 1e-12);
    }

    /// <summary>
    /// G3 holds A2 while S ≤ 10, else L. On d1 S is 15 but L is not listed yet: a history failure after inception
    /// (d0) ends the series; it restarts at 1 on d2: NAV 1, 1.1 (A2 10→11), 1.1, 1.21 (A2 11→12.1) on d2 … d5.
    /// </summary>
    private const string RestartingGroup = """(group "G3" [(if (> (current-price "S") 10) [(asset "L")] [(asset "A2")])])""";

    [Fact]
    public void Evaluate_GroupWithHistoryFailureAfterInception_RestartsItsSeriesAtOne()
    {
        var book = LateListingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 3}) (select-top 1) [{{RestartingGroup}} (asset "C")])""", book);

        // G3: 1.21 / 1 → 21 %; C: 105 / 102 → 2.94 %.
        AssertAllocation(result, ("A2", 1.0));
        var g3 = Candidate(result, "G3");
        Assert.Equal(21.0, g3.Score!.Value, 1e-9);
        Assert.Equal((book.Sessions[2], 4), (g3.Nav!.SeriesStart, g3.Nav.Points));
        Assert.Equal(1.21, g3.Nav.LastNav, 1e-12);
    }

    [Fact]
    public void Evaluate_RestartedSeriesShorterThanWindow_ExcludesTheGroup()
    {
        var book = LateListingBook();
        var result = Evaluate($$"""(filter (cumulative-return {:window 4}) (select-top 1) [{{RestartingGroup}} (asset "C")])""", book);

        // Window 4 needs 5 points; the restarted series has 4 (a series kept from d0 would have 6), so C is held.
        AssertAllocation(result, ("C", 1.0));
        Assert.Contains("needs 5 points, 4 available", Candidate(result, "G3").Excluded, StringComparison.Ordinal);
    }

    // Indicators of G's NAV (1, 1, 0.75, 0.6, 0.6, 0.63) as of d5, in both call forms:
    // cumulative-return 2: 0.63/0.6 → 5 %; current-price: 0.63; moving-average-price 3: (0.6 + 0.6 + 0.63)/3 = 0.61;
    // max-drawdown 6: peak 1, trough 0.6 → 40 %. A's own values would be 16.67 %, 11.55, 10.82, 25 %.
    [Theory]
    [InlineData("(cumulative-return {:window 2} G)", 5.0)]
    [InlineData("(cumulative-return G {:window 2})", 5.0)]
    [InlineData("(current-price G)", 0.63)]
    [InlineData("(moving-average-price {:window 3} G)", 0.61)]
    [InlineData("(max-drawdown G {:window 6})", 40.0)]
    public void Evaluate_IndicatorWithGroupSubject_IsComputedOnTheGroupNav(string indicator, double expected)
    {
        var book = SwitchingBook();
        var condition = indicator.Replace("G", SwitchingGroup, StringComparison.Ordinal);
        var result = Evaluate($$"""(if (> {{condition}} -1000) [(asset "B")] [(asset "C")])""", book);

        AssertAllocation(result, ("B", 1.0));
        var @if = Assert.IsType<IfTrace>(result.Trace!.Root);
        Assert.Equal(expected, @if.LeftValue!.Value, 1e-9);
    }

    [Theory]
    [InlineData(5, "B")] // +5 % > 0
    [InlineData(3, "C")] // −40 % (A's own 2-day return −17.5 %, B's −12 %)
    public void Evaluate_ConditionOnGroupCumulativeReturn_TakesTheBranchTheNavGives(int day, string held)
    {
        var book = SwitchingBook();
        var result = Evaluate($$"""(if (> (cumulative-return {:window 2} {{SwitchingGroup}}) 0) [(asset "B")] [(asset "C")])""", book, book.Sessions[day]);

        AssertAllocation(result, (held, 1.0));
    }

    /// <summary>
    /// Filters over groups three deep: the top filter picks between O (a filter over M1, M2, each a filter over
    /// single-asset groups) and O2 (constant T). Every filter scores cumulative-return 1 (needs 2 points).
    /// P: 100, 110, 99, 108.9 (+10, −10, +10 %); Q: 100, 105, 110.25, 99.225 (+5, +5, −10 %);
    /// R: 100, 98, 99.96, 101.9592 (−2, +2, +2 %); S: 100, 97, 101.85, 98.7945 (−3, +5, −3 %); T: 100 ×4.
    /// M1 holds –, P, Q, P; NAV 1, 1, 0.9 (P −10 %), 0.81 (Q −10 %).
    /// M2 holds –, R, S, R; NAV 1, 1, 1.02 (R +2 %), 0.9894 (S −3 %).
    /// O: day 1 M1 0 % ties M2 0 %, M1 wins by name → P; day 2 M1 −10 %, M2 +2 % → S; day 3 M1 −10 %, M2 −3 % → R.
    /// O's NAV 1, 1, 0.9 (P −10 %), 0.873 (S −3 %). Top, bottom 1: day 1 O 0 % ties O2 0 %, O by name → P;
    /// day 2 O −10 % → S; day 3 O −3 % → R (scoring today's holdings, R +2 %, would pick T).
    /// </summary>
    private const string NestedFilters = """
        (filter (cumulative-return {:window 1}) (select-bottom 1)
          [(group "O"
             [(filter (cumulative-return {:window 1}) (select-top 1)
                [(group "M1" [(filter (cumulative-return {:window 1}) (select-top 1) [(group "gP" [(asset "P")]) (group "gQ" [(asset "Q")])])])
                 (group "M2" [(filter (cumulative-return {:window 1}) (select-top 1) [(group "gR" [(asset "R")]) (group "gS" [(asset "S")])])])])])
           (group "O2" [(asset "T")])])
        """;

    private static PriceBook NestedBook() => Book(
        ("P", [100, 110, 99, 108.9]),
        ("Q", [100, 105, 110.25, 99.225]),
        ("R", [100, 98, 99.96, 101.9592]),
        ("S", [100, 97, 101.85, 98.7945]),
        ("T", [100, 100, 100, 100]));

    [Theory]
    [InlineData(1, "P")]
    [InlineData(2, "S")]
    [InlineData(3, "R")]
    public void Evaluate_FiltersOverGroupsThreeDeep_PickWhatTheHandComputedNavsGive(int day, string held)
    {
        var book = NestedBook();
        var result = Evaluate(NestedFilters, book, book.Sessions[day]);

        AssertAllocation(result, (held, 1.0));
    }

    [Fact]
    public void Evaluate_FiltersOverGroupsThreeDeep_TopScoresAreTheOuterNavReturns()
    {
        var book = NestedBook();
        var result = Evaluate(NestedFilters, book);

        var o = Candidate(result, "O");
        Assert.Equal(-3.0, o.Score!.Value, 1e-9);
        Assert.Equal((book.Sessions[0], 4), (o.Nav!.SeriesStart, o.Nav.Points));
        Assert.Equal(0.873, o.Nav.LastNav, 1e-12);
        Assert.Equal(0.0, Candidate(result, "O2").Score!.Value, 1e-12);
    }

    [Fact]
    public void Evaluate_FiltersOverGroupsThreeDeepOnFirstDay_IsEmptyAtTopLevel()
    {
        var book = NestedBook();
        var result = Evaluate(NestedFilters, book, book.Sessions[0]);

        // One point per series: every candidate at every level is excluded.
        Assert.Equal(("DSL023", FailureClass.Model), (result.Error?.Code, result.FailureClass));
    }

    /// <summary>The row of the candidate named <paramref name="name"/> in the first filter of the trace.</summary>
    private static FilterCandidate Candidate(StrategyResult result, string name)
    {
        Assert.NotNull(result.Trace?.Root);
        var filter = Walk(result.Trace.Root).OfType<FilterTrace>().First();
        return Assert.Single(filter.Candidates, c => c.Name == name);
    }

    private static IEnumerable<TraceNode> Walk(TraceNode node) => node.Children.SelectMany(Walk).Prepend(node);
}
