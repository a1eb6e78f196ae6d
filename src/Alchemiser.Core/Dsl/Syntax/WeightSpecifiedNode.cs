namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(weight-specified w1 unit1 w2 unit2 …)</c>; the written weights are in (0, 1] and sum to 1.</summary>
public sealed class WeightSpecifiedNode(int id, SourceSpan span, IReadOnlyList<double> weights, IReadOnlyList<Node> children) : Node(id, span)
{
    /// <summary>The weights as written, one per child.</summary>
    public IReadOnlyList<double> Weights { get; } = weights;

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children { get; } = children;

    /// <inheritdoc />
    public override string OperatorName => "weight-specified";
}
