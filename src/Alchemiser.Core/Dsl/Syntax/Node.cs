namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>
/// A node of a loaded strategy: anything that evaluates to an allocation or Empty (DSL.md §5). Immutable after
/// loading. Identity is the node itself (<see cref="Id"/>), never a name.
/// </summary>
public abstract class Node
{
    private protected Node(int id, SourceSpan span)
    {
        Id = id;
        Span = span;
    }

    /// <summary>Unique within its strategy, from 0 to <see cref="StrategyDefinition.NodeCount"/> − 1.</summary>
    public int Id { get; }

    /// <summary>Where the node's form is in the source (its opening bracket).</summary>
    public SourceSpan Span { get; }

    /// <summary>The operator name as written (<c>weight-equal</c> for an implicit weight-equal).</summary>
    public abstract string OperatorName { get; }

    /// <summary>True for every node but a plain <see cref="AssetNode"/>: composites have a synthetic NAV series (§7).</summary>
    public bool IsComposite => this is not AssetNode;

    /// <summary>The node's direct children in evaluation order (condition subjects excluded).</summary>
    public abstract IReadOnlyList<Node> Children { get; }
}
