namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>The comparators of an <c>if</c> condition; doubles are compared exactly.</summary>
public enum Comparator
{
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>=</c></summary>
    Equal,
}

/// <summary><c>(&gt; left right)</c>.</summary>
public sealed record Comparison(Comparator Comparator, Operand Left, Operand Right, SourceSpan Span)
{
    /// <summary>The comparator as written.</summary>
    public string Symbol => Comparator switch
    {
        Comparator.Greater => ">",
        Comparator.Less => "<",
        Comparator.GreaterOrEqual => ">=",
        Comparator.LessOrEqual => "<=",
        _ => "=",
    };

    /// <summary>Applies the comparator to two values.</summary>
    public bool Holds(double left, double right) => Comparator switch
    {
        Comparator.Greater => left > right,
        Comparator.Less => left < right,
        Comparator.GreaterOrEqual => left >= right,
        Comparator.LessOrEqual => left <= right,
        _ => left == right,
    };
}
