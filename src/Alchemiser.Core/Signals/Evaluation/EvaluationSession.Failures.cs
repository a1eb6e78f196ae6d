using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    private NodeResult Fail(FailureClass failureClass, string code, Node node, SourceSpan span, int t, string message, string reason) =>
        NodeResult.Fail(new EvaluationFailure(failureClass, code, node, span, DateOf(t), message, reason));

    /// <summary>A failure whose texts are only built if someone reads them (frequent, usually handled failures).</summary>
    private NodeResult Fail(FailureClass failureClass, string code, Node node, SourceSpan span, int t, Func<string> message, Func<string> reason) =>
        NodeResult.Fail(new EvaluationFailure(failureClass, code, node, span, DateOf(t), message, reason));

    /// <summary>The diagnostic of a strategy that failed as of <paramref name="asOf"/>; a failure met on an earlier day
    /// (while building a composite's NAV history) says which day.</summary>
    private Diagnostic ToDiagnostic(EvaluationFailure failure, DateOnly asOf)
    {
        var message = failure.Date == asOf
            ? failure.Message
            : $"{failure.Message} (met on {Format(failure.Date)} while computing a composite's NAV history)";
        return Diagnostic.At(_source, failure.Span, failure.Code, DiagnosticSeverity.Error, message) with
        {
            AsOf = asOf,
            EvaluationPath = PathTo(failure.Node),
        };
    }

    /// <summary>The chain of operators and group names from the root to <paramref name="node"/>.</summary>
    private string PathTo(Node node)
    {
        var chain = new List<string>();
        for (Node? current = node; current is not null; current = _parents[current.Id])
        {
            chain.Add(current switch
            {
                GroupNode group => $"group \"{group.Name}\"",
                AssetNode asset => $"asset {asset.Symbol}",
                WeightEqualNode { IsImplicit: true } => "[…]",
                _ => current.OperatorName,
            });
        }
        chain.Add($"defsymphony \"{_strategy.Name}\"");
        chain.Reverse();
        return string.Join(" > ", chain);
    }
}
