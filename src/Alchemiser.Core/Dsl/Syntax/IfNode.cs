namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(if condition then-unit [else-unit])</c>; false without an else is Empty.</summary>
public sealed class IfNode(int id, SourceSpan span, Comparison condition, Node then, Node? @else) : Node(id, span)
{
    /// <summary>The comparison deciding the branch.</summary>
    public Comparison Condition { get; } = condition;

    /// <summary>The unit taken when the condition is true.</summary>
    public Node Then { get; } = then;

    /// <summary>The unit taken when it is false, or <see langword="null"/>.</summary>
    public Node? Else { get; } = @else;

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children => Else is null ? [Then] : [Then, Else];

    /// <inheritdoc />
    public override string OperatorName => "if";
}
