using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Core.Tests.Market.Validation;

public sealed partial class BarValidatorTests
{
    private static readonly BarValidator Validator = new();

    [Fact]
    public void Validate_CleanRandomWalk_NoIssues()
    {
        var bars = TestBars.Series("ACME", TestBars.Walk(300, 0.02, seed: 1));

        var issues = Validator.Validate(bars, TestBars.Context(300));

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData(0.0, "close 0 on 2024-01-05 is not positive")]
    [InlineData(-1.5, "close -1.5 on 2024-01-05 is not positive")]
    [InlineData(double.PositiveInfinity, "close Infinity on 2024-01-05 is not a finite number")]
    public void Validate_BadClose_ReportsNonPositivePrice(double close, string expected)
    {
        var closes = TestBars.Walk(10, 0.01, seed: 2);
        closes[3] = close;

        var issues = Validator.Validate(TestBars.Series("ACME", closes), TestBars.Context(10));

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.NonPositivePrice, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 5), issue.Date);
        Assert.Equal(expected, issue.Detail);
    }

    [Fact]
    public void Validate_NaNClose_ReportsMissingPrice()
    {
        var closes = TestBars.Walk(10, 0.01, seed: 3);
        closes[4] = double.NaN;

        var issues = Validator.Validate(TestBars.Series("ACME", closes), TestBars.Context(10));

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.MissingPrice, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 8), issue.Date);
        Assert.Equal("no close on 2024-01-08", issue.Detail);
    }

    [Fact]
    public void Validate_BadOpenHighLow_ReportsEachButNotAbsentValues()
    {
        var closes = TestBars.Walk(5, 0.01, seed: 4);
        double[] open = [100, -2, double.NaN, 100, 100];
        double[] high = [101, 101, 101, double.NegativeInfinity, 101];
        double[] low = [99, 99, 99, 99, 0];
        var bars = new BarSeries(Symbol.Parse("ACME"), TestBars.Sessions(5), closes, open, high, low);

        var issues = Validator.Validate(bars, TestBars.Context(5));

        Assert.Equal(
            [
                (new DateOnly(2024, 1, 3), "open -2 on 2024-01-03 is not positive"),
                (new DateOnly(2024, 1, 5), "high -Infinity on 2024-01-05 is not a finite number"),
                (new DateOnly(2024, 1, 8), "low 0 on 2024-01-08 is not positive"),
            ],
            issues.Select(i => (i.Date, i.Detail)));
        Assert.All(issues, i => Assert.Equal(BarCheck.NonPositivePrice, i.Check));
    }

    [Fact]
    public void Validate_RepeatedDate_ReportsDuplicateDate()
    {
        var dates = TestBars.Sessions(6);
        dates = [.. dates[..3], dates[2], .. dates[3..5]];
        var bars = new BarSeries(Symbol.Parse("ACME"), dates, [10, 10.1, 10.2, 10.3, 10.4, 10.5]);

        var issues = Validator.Validate(bars, TestBars.Context(5));

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.DuplicateDate, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 4), issue.Date);
        Assert.Equal("2024-01-04 appears twice, at indexes 2 and 3 (closes 10.20 and 10.30)", issue.Detail);
    }

    [Fact]
    public void Validate_DateBeforeItsPredecessor_ReportsUnsortedDate()
    {
        var dates = TestBars.Sessions(5);
        (dates[2], dates[3]) = (dates[3], dates[2]);
        var bars = new BarSeries(Symbol.Parse("ACME"), dates, [10, 10.1, 10.2, 10.3, 10.4]);

        var issues = Validator.Validate(bars, TestBars.Context(5));

        var issue = Assert.Single(issues);
        Assert.Equal(BarCheck.UnsortedDate, issue.Check);
        Assert.Equal(new DateOnly(2024, 1, 4), issue.Date);
        Assert.Equal("2024-01-04 at index 3 comes after 2024-01-05 at index 2", issue.Detail);
    }

    [Fact]
    public void Validate_ColumnLengthsDiffer_Throws()
    {
        var bars = new BarSeries(Symbol.Parse("ACME"), TestBars.Sessions(3), [1, 2]);

        Assert.Throws<ArgumentException>(() => Validator.Validate(bars, TestBars.Context(3)));
    }

    [Fact]
    public void Constructor_OptionOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarValidator(new() { JumpThreshold = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarValidator(new() { SiblingTolerance = 0.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarValidator(new() { ReversalFraction = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarValidator(new() { StaleTolerance = -1 }));
    }

    [Fact]
    public void Context_BadSessions_Throws()
    {
        var sessions = TestBars.Sessions(5);

        Assert.Throws<ArgumentException>(() => new BarValidationContext([], sessions[0]));
        Assert.Throws<ArgumentException>(() => new BarValidationContext([sessions[1], sessions[0]], sessions[1]));
        Assert.Throws<ArgumentException>(() => new BarValidationContext(sessions, sessions[^1].AddDays(7)));
        Assert.Throws<ArgumentException>(() => BarValidationContext.ForNyse(new DateOnly(2024, 12, 25)));
    }
}
