using System.Globalization;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Workflow.Signals;

/// <summary>The key decisions of a strategy's trace in a few lines (PIPELINE.md §9.3 item 4): each <c>if</c> on the taken
/// path with its values and branch, and each filter's winners.</summary>
public static class TraceDecisions
{
    /// <summary>At most <paramref name="max"/> lines, depth first in source order.</summary>
    public static IReadOnlyList<string> From(StrategyTrace trace, int max)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var lines = new List<string>();
        var pending = new Stack<TraceNode>();
        if (trace.Root is not null)
            pending.Push(trace.Root);
        while (pending.Count > 0 && lines.Count < max)
        {
            var node = pending.Pop();
            if (Describe(node) is { } line)
                lines.Add(line);
            for (var i = node.Children.Count - 1; i >= 0; i--)
                pending.Push(node.Children[i]);
        }
        return lines;
    }

    private static string? Describe(TraceNode node) => node switch
    {
        IfTrace decision => string.Create(CultureInfo.InvariantCulture,
            $"{decision.Condition}: {decision.LeftText} {Value(decision.LeftValue)} {decision.Comparator} {decision.RightText} {Value(decision.RightValue)} → {decision.Branch}"),
        FilterTrace filter => $"filter {filter.Order} {filter.Count} by {filter.ScoreText}: " +
            string.Join(", ", filter.Candidates.Where(c => c.Selected).Select(c => c.Name)),
        _ => null,
    };

    private static string Value(double? value) =>
        value is { } v ? "(" + v.ToString("0.####", CultureInfo.InvariantCulture) + ")" : "(n/a)";
}
