using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>What a strategy needs from the data, for listings and data checks.</summary>
public static class StrategyRequirements
{
    /// <summary>
    /// The most points any one computation of the strategy needs (the largest indicator "needs" of DSL.md §6.2,
    /// including inverse-volatility windows + 1). A ticker needs that many closes; a scored composite needs that
    /// many NAV points after its inception.
    /// </summary>
    public static int LongestLookback(StrategyDefinition strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var longest = 1;
        var pending = new Stack<Node>();
        pending.Push(strategy.Root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case FilterNode filter:
                    longest = Math.Max(longest, filter.Score.PointsNeeded);
                    break;
                case InverseVolatilityNode inverse:
                    longest = Math.Max(longest, IndicatorSpec.StdevReturn(inverse.Window).PointsNeeded);
                    break;
                case IfNode @if:
                    foreach (var operand in (ReadOnlySpan<Operand>)[@if.Condition.Left, @if.Condition.Right])
                    {
                        if (operand is not IndicatorOperand indicator)
                            continue;
                        longest = Math.Max(longest, indicator.Indicator.PointsNeeded);
                        if (indicator.Composite is { } composite)
                            pending.Push(composite);
                    }
                    break;
            }
            foreach (var child in node.Children)
                pending.Push(child);
        }
        return longest;
    }
}
