using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;

namespace Alchemiser.Core.Signals;

/// <summary>
/// A failure travelling up the tree as a value until a context handles its class. The texts are built on first use:
/// history failures are frequent and usually handled (a filter candidate not incepted yet), so most are never read.
/// </summary>
internal sealed class EvaluationFailure(FailureClass failureClass, string code, Node node, SourceSpan span, DateOnly date, Func<string> message, Func<string> reason)
{
    private string? _message;
    private string? _reason;

    public EvaluationFailure(FailureClass failureClass, string code, Node node, SourceSpan span, DateOnly date, string message, string reason)
        : this(failureClass, code, node, span, date, () => message, () => reason)
    {
    }

    public FailureClass Class { get; } = failureClass;

    public string Code { get; } = code;

    public Node Node { get; } = node;

    public SourceSpan Span { get; } = span;

    public DateOnly Date { get; } = date;

    /// <summary>The full message, e.g. "rsi(X, window 3) cannot be computed as of 2026-03-04: needs 4 closes, 3 available".</summary>
    public string Message => _message ??= message();

    /// <summary>A short form for trace rows, e.g. "needs 4 closes, 3 available".</summary>
    public string Reason => _reason ??= reason();
}
