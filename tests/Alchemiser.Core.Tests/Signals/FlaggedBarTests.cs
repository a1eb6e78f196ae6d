using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>A bar that failed validation is withheld: a strategy that needs it fails closed, naming symbol, date and check.</summary>
public class FlaggedBarTests
{
    private const string Strategy = """(if (> (rsi "X" {:window 2}) 50) [(asset "X")] [(asset "BIL")])""";

    private static PriceBook Book(params BarIssue[] flagged)
    {
        var days = TestMarket.Weekdays(6);
        return PriceBook.Create(
            [new BarSeries(Symbol.Parse("X"), days, [10, 11, 30, 12, 13, 14]), new BarSeries(Symbol.Parse("BIL"), days, [1, 1, 1, 1, 1, 1])],
            days,
            flagged);
    }

    [Fact]
    public void Evaluate_IndicatorNeedsAFlaggedBar_FailsWithDsl021NamingTheCheck()
    {
        var days = TestMarket.Weekdays(6);
        var issue = new BarIssue(Symbol.Parse("X"), days[2], BarCheck.SuspiciousJump, "close +172.7% on the previous close; no sibling explains it");

        var result = new StrategyEvaluator(TestMarket.Strategy(Strategy), Book(issue)).Evaluate(days[^1]);

        Assert.Equal(("DSL021", FailureClass.Data), (result.Error?.Code, result.FailureClass));
        Assert.Contains($"X has no usable close on {days[2]:yyyy-MM-dd}: flagged by validation (SuspiciousJump): close +172.7%", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FlaggedBarOfAnotherSymbol_DoesNotMatter()
    {
        var days = TestMarket.Weekdays(6);
        var issue = new BarIssue(Symbol.Parse("QQQ"), days[2], BarCheck.SuspiciousJump, "elsewhere");

        var result = new StrategyEvaluator(TestMarket.Strategy(Strategy), Book(issue)).Evaluate(days[^1]);

        Assert.True(result.Succeeded, result.Error?.ToString());
    }
}
