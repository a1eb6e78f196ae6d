using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Tests.Market.Validation;

/// <summary>
/// Every file of <c>../shared/data/daily</c> (287 close-only series, 1.46 M bars, to 2026-07-13) validated on the
/// NYSE calendar, the other files serving as siblings. The expected lists are facts about that data set.
/// </summary>
public sealed partial class BarValidatorTests
{
    private static readonly DateOnly SharedDataEnd = new(2026, 7, 13);

    private static readonly Lazy<IReadOnlyList<BarIssue>> SharedDataIssues = new(ValidateSharedData);

    [Fact]
    public void Validate_SharedData_SuspiciousJumpsAreExactlyTheKnownBadBars()
    {
        var jumps = RequireSharedDataIssues()
            .Where(i => i.Check == BarCheck.SuspiciousJump)
            .Select(i => $"{i.Symbol} {i.Date:O}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "BTAL 2015-04-29", // 16.73 -> 11.24 -> 16.73: a one-day print, back to the cent
                "DAC 2012-08-01", // 46.93 -> 28.30 -> 48.10
                "DFEN 2024-06-03", // 22.89 -> 8.15 -> 23.19 while ITA rose 0.4%
                "FTLS 2014-12-10", // 28.53 -> 20.18 -> 28.16
                "SOXS 2010-12-14", // the documented bad bar: +186% while SOXL fell 2.6%
                "TRV 1986-06-09", // 7.64 -> 3.66 and stays: x0.48 in a calm market, an unadjusted 2:1 split
            ],
            jumps);
    }

    [Fact]
    public void Validate_SharedData_SoxsDetailNamesTheSiblingsAndNumbers()
    {
        var soxs = Assert.Single(RequireSharedDataIssues(), i => i.Symbol.Value == "SOXS");

        Assert.Equal(
            "close +186.0% on 2010-12-14 (30478994 -> 87169352); SOXX moved -0.7%, SOXL -2.6%: no sibling explains "
            + "it, and the market was calm: 3.33% a day around it, 0.7x its usual 5.08%",
            soxs.Detail);
    }

    [Theory]
    [InlineData("UVXY", "2020-03-16", 0.5)] // COVID: the VIX funds spike together
    [InlineData("VIXY", "2024-08-05", 0.4)] // the yen carry unwind
    [InlineData("UVXY", "2024-08-05", 0.5)]
    [InlineData("SVXY", "2018-02-06", -0.8)] // Volmageddon: contradicted by VIXY's close, but turbulent
    [InlineData("SPXL", "2020-03-16", -0.3)]
    [InlineData("TQQQ", "2020-03-16", -0.3)]
    [InlineData("URTY", "2020-03-16", -0.4)]
    [InlineData("DFEN", "2020-03-16", -0.4)]
    [InlineData("FAZ", "2008-11-24", -0.4)] // 2008: financials rebound, the inverse fund falls
    [InlineData("FAS", "2008-12-01", -0.4)]
    [InlineData("AAPL", "2000-09-29", -0.5)] // earnings warning: a genuine new level without siblings
    [InlineData("TPR", "2001-09-17", -0.2)] // the reopening after 2001-09-11
    [InlineData("XOM", "1987-10-19", -0.2)] // Black Monday, rebounding within two days
    [InlineData("AGQ", "2026-01-30", -0.5)] // silver's crash, explained by SLV
    [InlineData("RCAT", "2014-12-29", -0.4)] // an illiquid quote's rare move
    public void Validate_SharedData_GenuineBigMovesAreNotFlagged(string ticker, string date, double atLeast)
    {
        var all = DailyCsv.RequireAll();
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var series = all[Symbol.Parse(ticker)];
        var i = Array.IndexOf(series.Dates, day);
        var move = (series.Close[i] / series.Close[i - 1]) - 1;

        Assert.True(atLeast > 0 ? move >= atLeast : move <= atLeast, $"{ticker} moved {move:P1} on {date}");
        Assert.DoesNotContain(RequireSharedDataIssues(), issue => issue.Symbol == series.Symbol && issue.Date == day);
    }

    [Fact]
    public void Validate_SharedData_GapsAreOnlyTwoRcatSessions()
    {
        var gaps = RequireSharedDataIssues()
            .Where(i => i.Check == BarCheck.Gap)
            .Select(i => $"{i.Symbol} {i.Date:O}");

        Assert.Equal(["RCAT 2002-03-26", "RCAT 2002-03-28"], gaps);
    }

    [Fact]
    public void Validate_SharedDataSpy_HasNoIssueAtAll()
    {
        var spy = DailyCsv.RequireAll()[Symbol.Parse("SPY")];

        Assert.DoesNotContain(RequireSharedDataIssues(), i => i.Symbol == spy.Symbol);
        Assert.Equal(NyseCalendar.TradingDays(spy.Dates[0], SharedDataEnd), spy.Dates);
    }

    [Fact]
    public void Validate_SharedData_NoOtherCheckFails()
    {
        var others = RequireSharedDataIssues()
            .Where(i => i.Check is not (BarCheck.SuspiciousJump or BarCheck.Gap))
            .Select(i => $"{i.Check} {i.Symbol} {i.Date:O}: {i.Detail}");

        Assert.Empty(others); // every file runs to 2026-07-13: nothing is stale; no bad price or date
    }

    private static IReadOnlyList<BarIssue> RequireSharedDataIssues()
    {
        DailyCsv.RequireAll();
        return SharedDataIssues.Value;
    }

    private static IReadOnlyList<BarIssue> ValidateSharedData()
    {
        var all = DailyCsv.RequireAll();
        var context = BarValidationContext.ForNyse(SharedDataEnd, all.GetValueOrDefault);
        return [.. all.Values.SelectMany(series => Validator.Validate(series, context))];
    }
}
