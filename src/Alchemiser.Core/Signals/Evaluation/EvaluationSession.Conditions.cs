using System.Globalization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    private NodeResult EvaluateIf(IfNode node, int t, List<TraceNode>? trace)
    {
        var condition = node.Condition;
        var left = OperandValue(node, condition.Left, ref _operandBindings[2 * node.Id], t, out var failure);
        double right = double.NaN;
        if (failure is null)
            right = OperandValue(node, condition.Right, ref _operandBindings[(2 * node.Id) + 1], t, out failure);

        bool? outcome = null;
        var branch = "none";
        var children = trace is null ? null : new List<TraceNode>(1);
        NodeResult result;
        if (failure is not null)
        {
            result = NodeResult.Fail(failure);
        }
        else
        {
            outcome = condition.Holds(left, right);
            var taken = outcome.Value ? node.Then : node.Else;
            branch = outcome.Value ? "then" : node.Else is null ? "none" : "else";
            result = taken is null ? NodeResult.Empty : Evaluate(taken, t, children);
        }

        trace?.Add(new IfTrace(
            _source.Slice(condition.Span),
            _source.Slice(condition.Left.Span),
            double.IsNaN(left) ? null : left,
            condition.Symbol,
            _source.Slice(condition.Right.Span),
            double.IsNaN(right) ? null : right,
            outcome,
            branch)
        {
            Location = Location(node.Span),
            Result = Holdings(result),
            Failure = result.Failure?.Message,
            Children = children!,
        });
        return result;
    }

    private double OperandValue(Node owner, Operand operand, ref TickerBinding? binding, int t, out EvaluationFailure? failure)
    {
        failure = null;
        switch (operand)
        {
            case ConstantOperand constant:
                return constant.Value;
            case IndicatorOperand { Ticker: { } ticker } indicator:
                return TickerIndicator(owner, indicator.Span, ticker, indicator.Indicator, ref binding, t, out failure);
            case IndicatorOperand indicator:
                return CompositeIndicator(owner, indicator.Span, indicator.Composite!, indicator.Indicator, t, out failure);
            default:
                throw new InvalidOperationException($"unknown operand {operand.GetType().Name}");
        }
    }

    /// <summary>An indicator of a ticker's closes as of session t (DSL.md §6), or a located failure. The
    /// <paramref name="binding"/> slot belongs to the call site: the series and its values are looked up once.</summary>
    private double TickerIndicator(Node owner, SourceSpan span, Symbol symbol, IndicatorSpec spec, ref TickerBinding? binding, int t, out EvaluationFailure? failure)
    {
        failure = null;
        binding ??= new TickerBinding(_book.TryGetSeries(symbol, out var found) ? found : null);
        if (binding.Series is not { } series)
        {
            failure = Fail(FailureClass.Data, DiagnosticCodes.Data, owner, span, t, $"unknown symbol {symbol}: no stored bars", "unknown symbol").Failure;
            return double.NaN;
        }
        var available = t >= series.First ? t - series.First + 1 : 0;
        if (available < spec.PointsNeeded)
        {
            var reason = () => string.Create(CultureInfo.InvariantCulture, $"needs {spec.PointsNeeded} closes, {available} available");
            failure = Fail(FailureClass.History, DiagnosticCodes.History, owner, span, t,
                () => $"{Describe(spec, symbol.Value)} cannot be computed as of {Format(DateOf(t))}: {reason()}", reason).Failure;
            return double.NaN;
        }
        var value = (binding.Values ??= _book.TickerIndicator(series, spec))[t];
        if (double.IsNaN(value))
        {
            var gap = series.LastProblemAtOrBefore(t);
            var reason = $"{symbol} has no usable close on {Format(DateOf(gap))}: {series.ProblemAt(gap)}";
            failure = Fail(FailureClass.Data, DiagnosticCodes.Data, owner, span, t,
                $"{Describe(spec, symbol.Value)} cannot be computed as of {Format(DateOf(t))}: {reason}", reason).Failure;
        }
        return value;
    }

    /// <summary>An indicator of a composite node's NAV series as of session t (DSL.md §7), or a located failure.</summary>
    private double CompositeIndicator(Node owner, SourceSpan span, Node composite, IndicatorSpec spec, int t, out EvaluationFailure? failure)
    {
        var series = CompositeFor(composite);
        failure = series.ExtendTo(t);
        if (failure is not null)
            return double.NaN;
        var points = series.PointsAt(t);
        if (points < spec.PointsNeeded)
        {
            var reason = () => string.Create(CultureInfo.InvariantCulture,
                $"needs {spec.PointsNeeded} points, {points} available ({(points == 0 ? "not incepted" : $"NAV from {Format(DateOf(series.SeriesStartAt(t)))}")})");
            failure = Fail(FailureClass.History, DiagnosticCodes.History, owner, span, t,
                () => $"{Describe(spec, Label(composite))} cannot be computed as of {Format(DateOf(t))}: {reason()}", reason).Failure;
            return double.NaN;
        }
        return series.IndicatorAt(spec, t);
    }

    private static string Describe(IndicatorSpec spec, string subject)
    {
        var parameters = spec.DescribeParameters();
        return parameters.Length == 0 ? $"{spec.Name}({subject})" : $"{spec.Name}({subject}, {parameters})";
    }

    /// <summary>A call site's ticker series and indicator values, resolved on first use.</summary>
    private sealed class TickerBinding(PriceSeries? series)
    {
        public PriceSeries? Series { get; } = series;

        public double[]? Values { get; set; }
    }
}
