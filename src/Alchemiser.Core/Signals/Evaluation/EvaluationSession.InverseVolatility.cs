using System.Buffers;
using System.Globalization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    /// <summary>DSL.md §5.6: weight each non-empty child by 1/σ of its daily returns over N days.</summary>
    private NodeResult EvaluateInverseVolatility(InverseVolatilityNode node, int t, List<TraceNode>? trace)
    {
        var count = node.Children.Count;
        var results = ArrayPool<NodeResult>.Shared.Rent(count);
        var sigmas = ArrayPool<double>.Shared.Rent(count);
        try
        {
            return InverseVolatility(node, t, trace, results.AsSpan(0, count), sigmas.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<NodeResult>.Shared.Return(results, clearArray: true);
            ArrayPool<double>.Shared.Return(sigmas);
        }
    }

    private NodeResult InverseVolatility(InverseVolatilityNode node, int t, List<TraceNode>? trace, Span<NodeResult> results, Span<double> sigmas)
    {
        var children = trace is null ? null : new List<TraceNode>(node.Children.Count);
        var count = node.Children.Count;
        var spec = _volatilitySpecs[node.Id] ??= IndicatorSpec.StdevReturn(node.Window);
        NodeResult? failed = null;
        var inverseTotal = 0.0;
        for (var i = 0; i < count && failed is null; i++)
        {
            var child = node.Children[i];
            if (child.IsComposite && CompositeFor(child).ExtendTo(t) is { } navFailure)
            {
                failed = NodeResult.Fail(navFailure);
                break;
            }
            results[i] = Evaluate(child, t, children);
            if (results[i].Failed)
            {
                failed = results[i];
                break;
            }
            if (results[i].IsEmpty)
                continue;
            var sigma = child is AssetNode asset
                ? TickerIndicator(node, child.Span, asset.Symbol, spec, ref _assetBindings[asset.Id], t, out var failure)
                : CompositeIndicator(node, child.Span, child, spec, t, out failure);
            if (failure is not null)
            {
                failed = failure.Class == FailureClass.History
                    ? Fail(FailureClass.History, DiagnosticCodes.Volatility, node, child.Span, t,
                        () => $"weight-inverse-volatility cannot weight {Label(child)} as of {Format(DateOf(t))}: its volatility over {node.Window} days is undefined ({failure.Reason})",
                        () => failure.Reason)
                    : NodeResult.Fail(failure);
                break;
            }
            if (sigma == 0)
            {
                failed = Fail(FailureClass.Model, DiagnosticCodes.Volatility, node, child.Span, t,
                    string.Create(CultureInfo.InvariantCulture, $"weight-inverse-volatility cannot weight {Label(child)} as of {Format(DateOf(t))}: its volatility over {node.Window} days is zero"),
                    "zero volatility");
                break;
            }
            sigmas[i] = sigma;
            inverseTotal += 1 / sigma;
        }

        var result = failed ?? NodeResult.Empty;
        if (failed is null && inverseTotal > 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (results[i].Weights is { } weights)
                    _builder.Add(weights, 1 / sigmas[i] / inverseTotal);
            }
            result = NodeResult.Of(_builder.Build(_memo[node.Id].Weights));
        }

        if (trace is not null)
        {
            var shares = new List<ChildShare>(count);
            for (var i = 0; i < count && failed is null; i++)
            {
                var child = node.Children[i];
                var empty = results[i].IsEmpty;
                shares.Add(new ChildShare(Label(child), Location(child.Span), empty, empty ? 0 : 1 / sigmas[i] / inverseTotal,
                    Sigma: empty ? null : sigmas[i], Source: child.IsComposite ? "NAV" : "closes"));
            }
            trace.Add(new WeightingTrace(node.OperatorName, false, node.Window, shares)
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
