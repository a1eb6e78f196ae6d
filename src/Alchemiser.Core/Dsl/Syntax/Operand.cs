using Alchemiser.Core.Indicators;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>One side of a comparison: a number or an indicator applied to a subject.</summary>
public abstract record Operand(SourceSpan Span);

/// <summary>A number literal.</summary>
public sealed record ConstantOperand(SourceSpan Span, double Value) : Operand(Span);

/// <summary>
/// An indicator of a subject: a ticker's closes (<see cref="Ticker"/>, from a string or an <c>asset</c> node) or a
/// composite node's NAV series (<see cref="Composite"/>). Exactly one of the two is set.
/// </summary>
public sealed record IndicatorOperand(SourceSpan Span, IndicatorSpec Indicator, Symbol? Ticker, Node? Composite) : Operand(Span);
