using System.Globalization;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Tests.Market.Validation;

public sealed partial class BarValidatorTests
{
    private const int Bars = 300;
    private const int Day = 150;

    /// <summary>Session <see cref="Day"/> of the hand-built series.</summary>
    private static readonly DateOnly JumpDate = TestBars.Sessions(Bars)[Day];

    [Fact]
    public void Validate_InverseFundShiftContradictedBySiblings_FlagsSuspiciousJump()
    {
        // SOXX falls 1.0% on the day, SOXL falls 3.0%, SOXS should rise 3.0% but jumps +186% and stays there.
        var soxx = TestBars.WithReturn(TestBars.Walk(Bars, 0.012, seed: 10), Day, -0.01);
        var soxl = TestBars.Leveraged(soxx, 3);
        var soxs = TestBars.WithReturn(TestBars.Leveraged(soxx, -3), Day, 1.86);
        var context = TestBars.Context(Bars, Series("SOXX", soxx), Series("SOXL", soxl));

        var issues = Validator.Validate(Series("SOXS", soxs), context);

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.SuspiciousJump, issue.Check);
        Assert.Equal(JumpDate, issue.Date);
        Assert.StartsWith(
            $"close +186.0% on {JumpDate:O} ({F(soxs[Day - 1])} -> {F(soxs[Day])}); SOXX moved -1.0%, SOXL -3.0%: "
            + "no sibling explains it, and the market was calm:",
            issue.Detail);
    }

    [Fact]
    public void Validate_CrashThatSiblingsShare_NoIssue()
    {
        // SOXX -30%: SOXL -90% and SOXS +90% are all over their thresholds and all explain one another.
        var soxx = TestBars.WithReturn(TestBars.Walk(Bars, 0.012, seed: 11), Day, -0.30);
        var all = new[]
        {
            Series("SOXX", soxx), Series("SOXL", TestBars.Leveraged(soxx, 3)), Series("SOXS", TestBars.Leveraged(soxx, -3)),
        };
        var context = TestBars.Context(Bars, all);

        Assert.All(all, series => Assert.Empty(Validator.Validate(series, context)));
    }

    [Fact]
    public void Validate_UnderlyingJumpsWhileItsFundsDoNot_FlagsTheUnderlying()
    {
        var soxx = TestBars.Walk(Bars, 0.012, seed: 12);
        var soxl = TestBars.WithReturn(TestBars.Leveraged(soxx, 3), Day, 0.015);
        var soxs = TestBars.WithReturn(TestBars.Leveraged(soxx, -3), Day, -0.015);
        var bad = TestBars.WithReturn(soxx, Day, 0.40);
        var context = TestBars.Context(Bars, Series("SOXL", soxl), Series("SOXS", soxs));

        var issue = Assert.Single(Validator.Validate(Series("SOXX", bad), context));

        Assert.Equal(BarCheck.SuspiciousJump, issue.Check);
        Assert.Equal(JumpDate, issue.Date);
        Assert.Contains("close +40.0% on", issue.Detail, StringComparison.Ordinal);
        Assert.Contains("SOXL moved +1.5%, SOXS -1.5%: no sibling explains it", issue.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01, true)]
    [InlineData(0.10, false)]
    public void Validate_ContradictedJump_StandsOnlyInATurbulentMarket(double turbulence, bool flagged)
    {
        // SVXY (-0.5x) falls 83% while VIXY falls 3%: contradicted. Around the day its volatility is `turbulence`,
        // against 1% usually.
        var vixy = TestBars.WithReturn(TestBars.Walk(Bars, 0.03, seed: 13), Day, -0.03);
        var calm = TestBars.Walk(Bars, 0.01, seed: 14);
        var stormy = TestBars.Walk(Bars, turbulence, seed: 15);
        var svxy = new double[Bars];
        svxy[0] = 100;
        for (var i = 1; i < Bars; i++)
        {
            var source = Math.Abs(i - Day) <= 15 ? stormy : calm;
            svxy[i] = svxy[i - 1] * source[i] / source[i - 1];
        }
        svxy = TestBars.WithReturn(svxy, Day, -0.83);
        var context = TestBars.Context(Bars, Series("VIXY", vixy));

        var issues = Validator.Validate(Series("SVXY", svxy), context);

        Assert.Equal(flagged, issues.Count == 1);
        if (flagged)
        {
            Assert.Equal(JumpDate, issues[0].Date);
            Assert.Contains("close -83.0% on", issues[0].Detail, StringComparison.Ordinal);
            Assert.Contains("VIXY moved -3.0%: no sibling explains it, and the market was calm: ", issues[0].Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_OneDaySpikeWithoutSiblings_FlagsBadPrint()
    {
        var closes = TestBars.Walk(Bars, 0.01, seed: 16);
        closes[Day] = closes[Day - 1] * 0.6;

        var issue = Assert.Single(Validator.Validate(Series("ACME", closes), TestBars.Context(Bars)));

        Assert.Equal(BarCheck.SuspiciousJump, issue.Check);
        Assert.Equal(JumpDate, issue.Date);
        var next = TestBars.Sessions(Bars)[Day + 1];
        Assert.StartsWith(
            $"close -40.0% on {JumpDate:O} ({F(closes[Day - 1])} -> {F(closes[Day])}), back to {F(closes[Day + 1])} on "
            + $"{next:O}; no sibling has bars on both days; a spike of ",
            issue.Detail);
    }

    [Fact]
    public void Validate_TwoDaySpike_FlagsBothBarsOffTheLevel()
    {
        var closes = TestBars.Walk(Bars, 0.01, seed: 17);
        closes = TestBars.Scale(closes, Day, 2.5, Day + 2);
        var sessions = TestBars.Sessions(Bars);

        var issues = Validator.Validate(Series("ACME", closes), TestBars.Context(Bars));

        Assert.Equal([sessions[Day], sessions[Day + 1]], issues.Select(i => i.Date));
        Assert.All(issues, i => Assert.Equal(BarCheck.SuspiciousJump, i.Check));
        Assert.Contains($"back to {F(closes[Day + 2])} on {sessions[Day + 2]:O}", issues[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith($"close {F(closes[Day + 1])} on {sessions[Day + 1]:O} is inside the spike from {sessions[Day]:O}: ", issues[1].Detail);
    }

    [Theory]
    [InlineData(0.015, 1.30, false)] // an earnings gap: +30% at 17 sigma
    [InlineData(0.050, 0.50, false)] // -50% in a volatile stock: 14 sigma
    [InlineData(0.010, 0.50, true)] // -50% in a calm stock: 69 sigma, an unadjusted split
    public void Validate_NewLevelWithoutSiblings_FlaggedOnlyFarBeyondItsVolatility(
        double volatility, double factor, bool flagged)
    {
        var closes = TestBars.WithReturn(TestBars.Walk(Bars, volatility, seed: 18), Day, factor - 1);

        var issues = Validator.Validate(Series("ACME", closes), TestBars.Context(Bars));

        Assert.Equal(flagged, issues.Count == 1);
        if (flagged)
        {
            Assert.Equal(JumpDate, issues[0].Date);
            Assert.Contains("close -50.0% on", issues[0].Detail, StringComparison.Ordinal);
            Assert.Contains("no sibling has bars on both days; a new level at ", issues[0].Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_IlliquidQuoteThatRarelyChanges_NoIssue()
    {
        var closes = new double[Bars];
        for (var i = 0; i < Bars; i++)
            closes[i] = i < Day ? 5400 : 1800; // a stale quote that moves once, by -66.7%
        closes[40] = 3600;

        Assert.Empty(Validator.Validate(Series("ACME", closes), TestBars.Context(Bars)));
    }

    [Fact]
    public void Validate_BouncingPennyStock_NoIssue()
    {
        var closes = new double[Bars];
        var walk = TestBars.Walk(Bars, 0.05, seed: 19);
        for (var i = 0; i < Bars; i++)
            closes[i] = walk[i] * (i % 3 == 0 ? 2 : 1); // 0.01 <-> 0.02 style ticks

        Assert.Empty(Validator.Validate(Series("ACME", closes), TestBars.Context(Bars)));
    }

    [Fact]
    public void Validate_LeveragedFundBelowItsScaledThreshold_NotExamined()
    {
        // +60% contradicted by QQQ: over 25% but under 3 x 25% for TQQQ; the same move in QQQ is flagged.
        var flat = TestBars.Walk(Bars, 0.005, seed: 20);
        var jump = TestBars.WithReturn(TestBars.Walk(Bars, 0.005, seed: 21), Day, 0.60);
        var qqq = Series("QQQ", flat);
        var tqqq = Series("TQQQ", flat);

        Assert.Empty(Validator.Validate(Series("TQQQ", jump), TestBars.Context(Bars, qqq)));
        var issue = Assert.Single(Validator.Validate(Series("QQQ", jump), TestBars.Context(Bars, tqqq)));
        Assert.Equal(JumpDate, issue.Date);
    }

    [Theory]
    [InlineData(0.45, false)]
    [InlineData(0.60, true)]
    public void Validate_VolatilityFund_UsesTheHigherThreshold(double move, bool flagged)
    {
        var vxx = Series("VXX", TestBars.Walk(Bars, 0.005, seed: 22));
        var vixy = TestBars.WithReturn(TestBars.Walk(Bars, 0.005, seed: 23), Day, move);

        var issues = Validator.Validate(Series("VIXY", vixy), TestBars.Context(Bars, vxx));

        Assert.Equal(flagged, issues.Count == 1);
    }

    [Fact]
    public void Validate_SiblingWithoutBarOnTheDayBefore_IsNoEvidence()
    {
        // The SOXX bar before the jump is missing, so SOXX can neither explain nor contradict: own history decides.
        var soxx = TestBars.Walk(Bars, 0.012, seed: 24);
        var soxs = TestBars.WithReturn(TestBars.Leveraged(soxx, -3), Day, 0.20);
        var dates = TestBars.Sessions(Bars);
        var holed = new Alchemiser.Core.Market.BarSeries(
            Alchemiser.Core.Market.Symbol.Parse("SOXX"), [.. dates[..(Day - 1)], .. dates[Day..]],
            [.. soxx[..(Day - 1)], .. soxx[Day..]]);
        var crash = TestBars.WithReturn(soxs, Day, 2.0);

        var issues = Validator.Validate(Series("SOXS", crash), TestBars.Context(Bars, holed));

        var issue = Assert.Single(issues);
        Assert.Contains("no sibling has bars on both days; a new level at ", issue.Detail, StringComparison.Ordinal);
    }

    private static Alchemiser.Core.Market.BarSeries Series(string symbol, double[] closes) =>
        TestBars.Series(symbol, closes);

    private static string F(double price) => price.ToString("0.00", CultureInfo.InvariantCulture);
}
