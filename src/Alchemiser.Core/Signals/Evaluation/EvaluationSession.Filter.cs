using System.Buffers;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    /// <summary>DSL.md §5.7: score every candidate, rank the eligible, hold the first k equally.</summary>
    private NodeResult EvaluateFilter(FilterNode node, int t, List<TraceNode>? trace)
    {
        var candidates = node.Candidates;
        var pooled = ArrayPool<Scored>.Shared.Rent(candidates.Count);
        try
        {
            return Filter(node, t, trace, pooled);
        }
        finally
        {
            ArrayPool<Scored>.Shared.Return(pooled, clearArray: true);
        }
    }

    private NodeResult Filter(FilterNode node, int t, List<TraceNode>? trace, Scored[] pooled)
    {
        var candidates = node.Candidates;
        var eligibleCount = 0;
        var excluded = trace is null ? null : new string?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var outcome = ScoreCandidate(node, candidate, t, out var score, out var failure);
            if (failure is not null)
            {
                if (failure.Class != FailureClass.History)
                    return Traced(trace, node, NodeResult.Fail(failure), [], excluded, t, []);
                excluded?[i] = failure.Reason;
                continue;
            }
            if (outcome.IsEmpty)
            {
                excluded?[i] = "empty";
                continue;
            }
            pooled[eligibleCount++] = new Scored(i, score, NameOf(candidate), outcome.Weights!);
        }

        var eligible = pooled.AsSpan(0, eligibleCount);
        eligible.Sort(node.Order == SelectionOrder.Bottom ? Scored.Ascending : Scored.Descending);
        var selected = Math.Min(node.Count, eligibleCount);
        if (selected == 0)
            return Traced(trace, node, NodeResult.Empty, eligible, excluded, t, []);
        for (var k = 0; k < selected; k++)
            _builder.Add(eligible[k].Weights, 1.0 / selected);
        var result = NodeResult.Of(_builder.Build(_memo[node.Id].Weights));

        if (trace is null)
            return result;
        var children = new List<TraceNode>(selected);
        for (var k = 0; k < selected; k++)
            Evaluate(candidates[eligible[k].Index], t, children);
        return Traced(trace, node, result, eligible, excluded, t, children);
    }

    /// <summary>Evaluates one candidate and its score; a composite's NAV is extended first so that its evaluation
    /// for day t is the memoised one from the series.</summary>
    private NodeResult ScoreCandidate(FilterNode filter, Node candidate, int t, out double score, out EvaluationFailure? failure)
    {
        score = double.NaN;
        if (candidate.IsComposite && CompositeFor(candidate).ExtendTo(t) is { } navFailure)
        {
            failure = navFailure;
            return NodeResult.Fail(navFailure);
        }
        var outcome = Evaluate(candidate, t, null);
        failure = outcome.Failure;
        if (failure is not null || outcome.IsEmpty)
            return outcome;
        score = candidate is AssetNode asset
            ? TickerIndicator(filter, filter.ScoreSpan, asset.Symbol, filter.Score, ref _assetBindings[asset.Id], t, out failure)
            : CompositeIndicator(filter, filter.ScoreSpan, candidate, filter.Score, t, out failure);
        return outcome;
    }

    private NodeResult Traced(List<TraceNode>? trace, FilterNode node, NodeResult result, ReadOnlySpan<Scored> eligible, string?[]? excluded, int t, List<TraceNode> children)
    {
        if (trace is null)
            return result;
        var rows = new FilterCandidate[node.Candidates.Count];
        var selected = result.Weights is null ? 0 : Math.Min(node.Count, eligible.Length);
        for (var rank = 0; rank < eligible.Length; rank++)
        {
            var scored = eligible[rank];
            rows[scored.Index] = Row(node.Candidates[scored.Index], t, scored.Score, null, rank + 1, rank < selected);
        }
        for (var i = 0; i < rows.Length; i++)
            rows[i] ??= Row(node.Candidates[i], t, null, excluded?[i] ?? "not evaluated", null, false);
        var order = node.Order switch { SelectionOrder.Top => "top", SelectionOrder.Bottom => "bottom", _ => "all" };
        trace.Add(new FilterTrace(_source.Slice(node.ScoreSpan), order, node.Order == SelectionOrder.All ? null : node.Count, rows)
        {
            Location = Location(node.Span),
            Result = Holdings(result),
            Failure = result.Failure?.Message,
            Children = children,
        });
        return result;
    }

    private FilterCandidate Row(Node candidate, int t, double? score, string? excluded, int? rank, bool selected)
    {
        var kind = candidate switch { AssetNode => "asset", GroupNode => "group", _ => "node" };
        NavSummary? nav = null;
        if (candidate.IsComposite && _composites[candidate.Id] is { } series && series.PointsAt(t) > 0)
            nav = new NavSummary(DateOf(series.SeriesStartAt(t)), series.PointsAt(t), series.NavAt(t));
        var name = candidate.IsComposite && candidate is not GroupNode ? Label(candidate) : NameOf(candidate);
        return new FilterCandidate(name, kind, Location(candidate.Span), score, excluded, rank, selected, nav);
    }

    /// <summary>The tie-break name: ticker, group name, or empty for other composites (DSL.md §5.7).</summary>
    private static string NameOf(Node node) => node switch
    {
        AssetNode asset => asset.Symbol.Value,
        GroupNode group => group.Name,
        _ => string.Empty,
    };

    private readonly record struct Scored(int Index, double Score, string Name, Weights Weights)
    {
        public static readonly Comparison<Scored> Descending = (a, b) => Compare(b.Score, a.Score, a, b);

        public static readonly Comparison<Scored> Ascending = (a, b) => Compare(a.Score, b.Score, a, b);

        private static int Compare(double first, double second, Scored a, Scored b)
        {
            var byScore = first.CompareTo(second);
            if (byScore != 0)
                return byScore;
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Index.CompareTo(b.Index);
        }
    }
}
