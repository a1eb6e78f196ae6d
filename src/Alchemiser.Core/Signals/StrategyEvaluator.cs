using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals.Evaluation;

namespace Alchemiser.Core.Signals;

/// <summary>
/// Evaluates one loaded strategy against a price book, for one date or a range of dates (DSL.md §3). The same code
/// serves live runs, <c>signals</c>, backtests and <c>strategy debug</c>, so results are bit-identical for a date.
/// </summary>
/// <remarks>
/// The evaluator keeps state across calls (each composite's NAV series and the latest result of every node), so a
/// range costs about one evaluation per node and day, and later calls reuse earlier work. Results never depend on
/// call order. Not thread-safe: use one evaluator per thread; the <see cref="PriceBook"/> may be shared.
/// </remarks>
public sealed class StrategyEvaluator
{
    private readonly StrategyDefinition _strategy;
    private readonly PriceBook _book;
    private EvaluationSession? _session;

    /// <summary>Binds <paramref name="strategy"/> to <paramref name="book"/>.</summary>
    public StrategyEvaluator(StrategyDefinition strategy, PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(book);
        _strategy = strategy;
        _book = book;
    }

    /// <summary>
    /// Evaluates as of <paramref name="asOf"/>, or the last session before it when it is not a session; the
    /// result's <see cref="StrategyResult.AsOf"/> is the session used. The trace is recorded unless
    /// <paramref name="withTrace"/> is false.
    /// </summary>
    public StrategyResult Evaluate(DateOnly asOf, bool withTrace = true)
    {
        var t = _book.IndexOnOrBefore(asOf);
        if (t < 0)
            return NoSession(asOf);
        return DeepStack.Run(_strategy.Depth, () => Session().EvaluateStrategy(t, withTrace));
    }

    /// <summary>Evaluates every session from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first,
    /// without traces.</summary>
    public IReadOnlyList<StrategyResult> EvaluateRange(DateOnly from, DateOnly to)
    {
        var first = Math.Max(0, _book.IndexOnOrBefore(from.AddDays(-1)) + 1);
        var last = _book.IndexOnOrBefore(to);
        return DeepStack.Run(_strategy.Depth, () =>
        {
            var session = Session();
            var results = new List<StrategyResult>(Math.Max(0, last - first + 1));
            for (var t = first; t <= last; t++)
                results.Add(session.EvaluateStrategy(t, traced: false));
            return (IReadOnlyList<StrategyResult>)results;
        });
    }

    private EvaluationSession Session() => _session ??= new EvaluationSession(_strategy, _book);

    private StrategyResult NoSession(DateOnly asOf)
    {
        var message = _book.Sessions.Count == 0
            ? "no price data is loaded"
            : $"no session on or before {asOf:yyyy-MM-dd}: the data starts on {_book.Sessions[0]:yyyy-MM-dd}";
        var diagnostic = Diagnostic.At(_strategy.Source, _strategy.Root.Span, DiagnosticCodes.History, DiagnosticSeverity.Error,
            $"strategy \"{_strategy.Name}\" cannot be evaluated as of {asOf:yyyy-MM-dd}: {message}") with { AsOf = asOf };
        return new StrategyResult(_strategy.Name, asOf, null, diagnostic, FailureClass.History, null);
    }
}
