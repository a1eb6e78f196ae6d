using Alchemiser.Core.Market;

namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>A loaded, checked strategy: ready to evaluate. Immutable.</summary>
public sealed class StrategyDefinition
{
    internal StrategyDefinition(SourceText source, string name, StrategyMetadata metadata, Node root, int nodeCount, IReadOnlyList<Symbol> symbols, int depth)
    {
        Source = source;
        Name = name;
        Metadata = metadata;
        Root = root;
        NodeCount = nodeCount;
        Symbols = symbols;
        Depth = depth;
    }

    /// <summary>The file it was loaded from.</summary>
    public SourceText Source { get; }

    /// <summary>The <c>defsymphony</c> name, or the file name without extension for a bare unit.</summary>
    public string Name { get; }

    /// <summary>The metadata map.</summary>
    public StrategyMetadata Metadata { get; }

    /// <summary>The body.</summary>
    public Node Root { get; }

    /// <summary>Number of nodes (every asset, group, weight, filter and if, including condition subjects).</summary>
    public int NodeCount { get; }

    /// <summary>The deepest bracket nesting of the file (evaluation of deep strategies runs on a large stack).</summary>
    public int Depth { get; }

    /// <summary>Every ticker the strategy refers to (held or used in a condition), in ordinal order.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }
}
