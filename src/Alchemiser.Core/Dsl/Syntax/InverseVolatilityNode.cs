namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(weight-inverse-volatility N children)</c>: weights by 1/σ of each child's daily returns over N days.</summary>
public sealed class InverseVolatilityNode(int id, SourceSpan span, int window, IReadOnlyList<Node> children) : Node(id, span)
{
    /// <summary>The return window N (≥ 1).</summary>
    public int Window { get; } = window;

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children { get; } = children;

    /// <inheritdoc />
    public override string OperatorName => "weight-inverse-volatility";
}
