using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;

namespace Alchemiser.Core.Signals;

/// <summary>A failure travelling up the tree as a value until a context handles its class.</summary>
/// <remarks><c>Reason</c> is a short form for trace rows, e.g. "needs 11 points, 4 available".</remarks>
internal sealed record EvaluationFailure(FailureClass Class, string Code, Node Node, SourceSpan Span, string Message, DateOnly Date, string Reason);
