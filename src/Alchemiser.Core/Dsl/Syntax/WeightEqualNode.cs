namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(weight-equal children)</c>, or the implicit weight-equal of a vector unit with several nodes.</summary>
public sealed class WeightEqualNode(int id, SourceSpan span, IReadOnlyList<Node> children, bool isImplicit) : Node(id, span)
{
    /// <inheritdoc />
    public override IReadOnlyList<Node> Children { get; } = children;

    /// <summary>True when created from a vector unit (located at its <c>[</c>) rather than written out.</summary>
    public bool IsImplicit { get; } = isImplicit;

    /// <inheritdoc />
    public override string OperatorName => "weight-equal";
}
