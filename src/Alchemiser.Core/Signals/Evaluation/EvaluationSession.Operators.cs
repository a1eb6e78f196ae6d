using System.Buffers;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    private NodeResult EvaluateAsset(AssetNode node, int t, List<TraceNode>? trace)
    {
        var result = AssetResult(node, t);
        trace?.Add(new AssetTrace(node.Symbol.Value, node.DisplayName)
        {
            Location = Location(node.Span),
            Result = Holdings(result),
            Failure = result.Failure?.Message,
        });
        return result;
    }

    private NodeResult AssetResult(AssetNode node, int t)
    {
        if (_assetWeights[node.Id] is not { } weights)
            return Fail(FailureClass.Data, DiagnosticCodes.Data, node, node.Span, t, $"unknown symbol {node.Symbol}: no stored bars", "unknown symbol");
        var series = weights.Series[0];
        if (t < series.First)
        {
            return Fail(FailureClass.History, DiagnosticCodes.History, node, node.Span, t,
                () => $"asset {node.Symbol} has no close as of {Format(DateOf(t))}: "
                    + (series.First < SessionCount ? $"its first close is on {Format(DateOf(series.First))}" : "it has no close in range"),
                static () => "not listed yet");
        }
        if (series.ProblemAt(t) is { } problem)
        {
            return Fail(FailureClass.Data, DiagnosticCodes.Data, node, node.Span, t,
                $"{node.Symbol} has no usable close on {Format(DateOf(t))}: {problem}", problem);
        }
        return NodeResult.Of(weights);
    }

    private NodeResult EvaluateGroup(GroupNode node, int t, List<TraceNode>? trace)
    {
        var children = trace is null ? null : new List<TraceNode>(1);
        var result = Evaluate(node.Body, t, children);
        trace?.Add(new GroupTrace(node.Name)
        {
            Location = Location(node.Span),
            Result = Holdings(result),
            Failure = result.Failure?.Message,
            Children = children!,
        });
        return result;
    }

    private NodeResult EvaluateWeightEqual(WeightEqualNode node, int t, List<TraceNode>? trace) =>
        EvaluateWeighted(node, null, node.IsImplicit, t, trace);

    private NodeResult EvaluateWeightSpecified(WeightSpecifiedNode node, int t, List<TraceNode>? trace) =>
        EvaluateWeighted(node, node.Weights, false, t, trace);

    /// <summary>
    /// weight-specified, and weight-equal as the case where every written weight is 1 (DSL.md §4): each non-empty
    /// child gets w_i / Σ non-empty w_j (1/n exactly for weight-equal, since a sum of ones is exact).
    /// </summary>
    private NodeResult EvaluateWeighted(Node node, IReadOnlyList<double>? written, bool isImplicit, int t, List<TraceNode>? trace)
    {
        var results = ArrayPool<NodeResult>.Shared.Rent(node.Children.Count);
        try
        {
            return Weighted(node, written, isImplicit, t, trace, results.AsSpan(0, node.Children.Count));
        }
        finally
        {
            ArrayPool<NodeResult>.Shared.Return(results, clearArray: true);
        }
    }

    private NodeResult Weighted(Node node, IReadOnlyList<double>? written, bool isImplicit, int t, List<TraceNode>? trace, Span<NodeResult> results)
    {
        var children = trace is null ? null : new List<TraceNode>(node.Children.Count);
        var total = 0.0;
        NodeResult? failed = null;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(node.Children[i], t, children);
            if (results[i].Failed)
            {
                failed = results[i];
                break;
            }
            if (!results[i].IsEmpty)
                total += written?[i] ?? 1.0;
        }
        var result = failed ?? NodeResult.Empty;
        if (failed is null && total > 0)
        {
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i].Weights is { } weights)
                    _builder.Add(weights, (written?[i] ?? 1.0) / total);
            }
            result = NodeResult.Of(_builder.Build(_memo[node.Id].Weights));
        }
        if (trace is not null)
        {
            var shares = new List<ChildShare>(results.Length);
            for (var i = 0; i < results.Length && !failed.HasValue; i++)
            {
                var share = results[i].IsEmpty ? 0 : (written?[i] ?? 1.0) / total;
                shares.Add(new ChildShare(Label(node.Children[i]), Location(node.Children[i].Span), results[i].IsEmpty, share, WrittenWeight: written?[i]));
            }
            trace.Add(new WeightingTrace(node.OperatorName, isImplicit, null, shares)
            {
                Location = Location(node.Span),
                Result = Holdings(result),
                Failure = result.Failure?.Message,
                Children = children!,
            });
        }
        return result;
    }
}
