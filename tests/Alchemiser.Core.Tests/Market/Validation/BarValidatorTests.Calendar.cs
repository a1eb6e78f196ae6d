using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Tests.Market.Validation;

public sealed partial class BarValidatorTests
{
    [Fact]
    public void Validate_MissingSessions_ReportsEachGapWithItsNeighbours()
    {
        var sessions = TestBars.Sessions(10);
        DateOnly[] dates = [.. sessions[..3], .. sessions[5..]];
        var bars = new BarSeries(Symbol.Parse("ACME"), dates, [.. TestBars.Walk(8, 0.01, seed: 5)]);

        var issues = Validator.Validate(bars, TestBars.Context(10));

        Assert.Equal(
            [
                (new DateOnly(2024, 1, 5), "no bar for the session 2024-01-05 (bars on 2024-01-04 and 2024-01-09)"),
                (new DateOnly(2024, 1, 8), "no bar for the session 2024-01-08 (bars on 2024-01-04 and 2024-01-09)"),
            ],
            issues.Select(i => (i.Date, i.Detail)));
        Assert.All(issues, i => Assert.Equal(BarCheck.Gap, i.Check));
    }

    [Fact]
    public void Validate_SpanOverHolidaysAndWeekends_NoGap()
    {
        // 2024-07-03 (early close) to 2024-07-08: the 4th is a holiday, the 6th and 7th a weekend.
        DateOnly[] dates = [new(2024, 7, 3), new(2024, 7, 5), new(2024, 7, 8)];
        var bars = new BarSeries(Symbol.Parse("ACME"), dates, [10, 10.1, 10.2]);

        var issues = Validator.Validate(bars, BarValidationContext.ForNyse(new DateOnly(2024, 7, 8)));

        Assert.Empty(issues);
    }

    [Fact]
    public void Validate_BarsBeforeTheCalendar_NotCheckedForGaps()
    {
        // The calendar starts on 2024-01-08: the missing 2024-01-03 and 2024-01-04 are before it; 2024-01-09 is not.
        var sessions = TestBars.Sessions(10);
        DateOnly[] dates = [sessions[0], sessions[3], sessions[4], sessions[6], .. sessions[7..]];
        var bars = new BarSeries(Symbol.Parse("ACME"), dates, [.. TestBars.Walk(dates.Length, 0.01, seed: 6)]);
        var context = new BarValidationContext(sessions[4..], sessions[^1]);

        var issues = Validator.Validate(bars, context);

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.Gap, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 9), issue.Date);
    }

    [Fact]
    public void Validate_LastBarBehindLastCompletedSession_ReportsStale()
    {
        var bars = TestBars.Series("ACME", TestBars.Walk(10, 0.01, seed: 7));

        var issues = Validator.Validate(bars, TestBars.Context(12));

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.Stale, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 16), issue.Date);
        Assert.Equal("last bar 2024-01-16 is 2 sessions behind the last completed session 2024-01-18", issue.Detail);
    }

    [Fact]
    public void Validate_LagWithinStaleTolerance_NoIssue()
    {
        var bars = TestBars.Series("ACME", TestBars.Walk(10, 0.01, seed: 7));
        var validator = new BarValidator(new BarValidationOptions { StaleTolerance = 2 });

        Assert.Empty(validator.Validate(bars, TestBars.Context(12)));
    }

    [Fact]
    public void Validate_NoBars_ReportsStaleAtLastCompletedSession()
    {
        var bars = new BarSeries(Symbol.Parse("ACME"), [], []);

        var issue = Assert.Single(Validator.Validate(bars, TestBars.Context(12)));

        Assert.Equal(BarCheck.Stale, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 18), issue.Date);
        Assert.Equal("no bars at all; the last completed session is 2024-01-18", issue.Detail);
    }
}
