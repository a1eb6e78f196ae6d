using System.Diagnostics;
using System.Globalization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals.Evaluation;

/// <summary>
/// The runtime of one strategy over one price book: evaluates nodes per session index, memoising each node's
/// latest result and keeping each scored composite's NAV series (DSL.md §7), so that evaluating a whole range costs
/// one evaluation per (node, day). Partial by concern: operators, conditions and indicators, composites, failures.
/// </summary>
/// <remarks>Not thread-safe: one session per thread. Recursive; callers run it on a large stack.</remarks>
internal sealed partial class EvaluationSession
{
    private readonly StrategyDefinition _strategy;
    private readonly PriceBook _book;
    private readonly SourceText _source;
    private readonly Node?[] _parents;
    private readonly int[] _subtreeStart;
    private readonly Weights?[] _assetWeights;
    private readonly int[] _memoDay;
    private readonly NodeResult[] _memo;
    private readonly CompositeSeries?[] _composites;
    private readonly IndicatorSpec?[] _volatilitySpecs;
    private readonly TickerBinding?[] _assetBindings;
    private readonly TickerBinding?[] _operandBindings;
    private readonly WeightsBuilder _builder = new();

    public EvaluationSession(StrategyDefinition strategy, PriceBook book)
    {
        _strategy = strategy;
        _book = book;
        _source = strategy.Source;
        var count = strategy.NodeCount;
        _parents = new Node?[count];
        _subtreeStart = new int[count];
        _assetWeights = new Weights?[count];
        _memoDay = new int[count];
        Array.Fill(_memoDay, -1);
        _memo = new NodeResult[count];
        _composites = new CompositeSeries?[count];
        _volatilitySpecs = new IndicatorSpec?[count];
        _assetBindings = new TickerBinding?[count];
        _operandBindings = new TickerBinding?[2 * count];
        Bind(strategy.Root, null);
    }

    private int SessionCount => _book.Sessions.Count;

    /// <summary>Evaluates the strategy as of session <paramref name="t"/>; with <paramref name="traced"/>, records the trace.</summary>
    public StrategyResult EvaluateStrategy(int t, bool traced)
    {
        var asOf = _book.Sessions[t];
        var sink = traced ? new List<TraceNode>(1) : null;
        var result = Evaluate(_strategy.Root, t, sink);
        var trace = sink is null ? null : new StrategyTrace(_strategy.Name, _source.Path, _strategy.Metadata, asOf, sink.Count > 0 ? sink[0] : null, [], []);
        if (result.Failure is { } failure)
            return new StrategyResult(_strategy.Name, asOf, null, ToDiagnostic(failure, asOf), failure.Class, trace);
        if (result.IsEmpty)
        {
            var empty = Fail(FailureClass.Model, DiagnosticCodes.EmptyStrategy, _strategy.Root, _strategy.Root.Span, t,
                $"strategy \"{_strategy.Name}\" produced no allocation as of {Format(asOf)}: every branch is empty; hold a cash-like instrument such as BIL instead",
                "empty").Failure!;
            return new StrategyResult(_strategy.Name, asOf, null, ToDiagnostic(empty, asOf), FailureClass.Model, trace);
        }
        var weights = result.Weights!;
        var raw = new Holding[weights.Count];
        for (var i = 0; i < raw.Length; i++)
            raw[i] = new Holding(weights.Series[i].Symbol, weights.Values[i]);
        var allocation = Allocation.Normalise(raw, out var dropped);
        return new StrategyResult(_strategy.Name, asOf, allocation, null, null, trace is null ? null : trace with { Allocation = allocation, Dropped = dropped });
    }

    /// <summary>A node's result as of session <paramref name="t"/>. With a trace sink the node is re-evaluated (not
    /// read from the memo) so that its entry can be recorded; the result is the same either way.</summary>
    private NodeResult Evaluate(Node node, int t, List<TraceNode>? trace)
    {
        if (trace is null && _memoDay[node.Id] == t)
            return _memo[node.Id];
        var result = node switch
        {
            AssetNode asset => EvaluateAsset(asset, t, trace),
            GroupNode group => EvaluateGroup(group, t, trace),
            WeightEqualNode equal => EvaluateWeightEqual(equal, t, trace),
            WeightSpecifiedNode specified => EvaluateWeightSpecified(specified, t, trace),
            InverseVolatilityNode inverse => EvaluateInverseVolatility(inverse, t, trace),
            FilterNode filter => EvaluateFilter(filter, t, trace),
            IfNode @if => EvaluateIf(@if, t, trace),
            _ => throw new UnreachableException($"unknown node type {node.GetType().Name}"),
        };
        _memoDay[node.Id] = t;
        _memo[node.Id] = result;
        return result;
    }

    /// <summary>Records parents, binds assets to their series, and computes each node's calendar start: the
    /// earliest first close of any ticker in its subtree (DSL.md §7).</summary>
    private int Bind(Node node, Node? parent)
    {
        _parents[node.Id] = parent;
        var start = int.MaxValue;
        if (node is AssetNode asset && _book.TryGetSeries(asset.Symbol, out var series))
        {
            _assetWeights[node.Id] = Weights.Single(series);
            start = series.First;
        }
        if (node is IfNode @if)
        {
            foreach (var operand in (ReadOnlySpan<Operand>)[@if.Condition.Left, @if.Condition.Right])
            {
                if (operand is not IndicatorOperand indicator)
                    continue;
                if (indicator.Ticker is { } ticker && _book.TryGetSeries(ticker, out var tickerSeries))
                    start = Math.Min(start, tickerSeries.First);
                if (indicator.Composite is { } composite)
                    start = Math.Min(start, Bind(composite, node));
            }
        }
        foreach (var child in node.Children)
            start = Math.Min(start, Bind(child, node));
        _subtreeStart[node.Id] = start;
        return start;
    }

    private string Location(SourceSpan span) => string.Create(CultureInfo.InvariantCulture, $"{_source.Path}:{span.Line}:{span.Column}");

    private DateOnly DateOf(int t) => _book.Sessions[t];

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>How a node is named in messages and traces.</summary>
    private static string Label(Node node) => node switch
    {
        AssetNode asset => asset.Symbol.Value,
        GroupNode group => $"group \"{group.Name}\"",
        _ => string.Create(CultureInfo.InvariantCulture, $"{node.OperatorName} @{node.Span.Line}:{node.Span.Column}"),
    };

    private static IReadOnlyList<Holding> Holdings(NodeResult result)
    {
        if (result.Weights is not { } weights)
            return [];
        var holdings = new Holding[weights.Count];
        for (var i = 0; i < holdings.Length; i++)
            holdings[i] = new Holding(weights.Series[i].Symbol, weights.Values[i]);
        return holdings;
    }
}
