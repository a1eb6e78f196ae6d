namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(group "Name" unit)</c>: passes its body's result through; the name labels it in traces and rankings.</summary>
public sealed class GroupNode(int id, SourceSpan span, string name, Node body) : Node(id, span)
{
    /// <summary>The group's name (trimmed); not necessarily unique.</summary>
    public string Name { get; } = name;

    /// <summary>The group's unit.</summary>
    public Node Body { get; } = body;

    /// <inheritdoc />
    public override string OperatorName => "group";

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children => [Body];
}
