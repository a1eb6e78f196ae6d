using Alchemiser.Core.Market;

namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(asset "SPY" ["display name" | nil])</c>: holds {SPY: 1}.</summary>
public sealed class AssetNode(int id, SourceSpan span, Symbol symbol, string? displayName) : Node(id, span)
{
    /// <summary>The canonical ticker.</summary>
    public Symbol Symbol { get; } = symbol;

    /// <summary>The display name, used only in traces; <see langword="null"/> when omitted or <c>nil</c>.</summary>
    public string? DisplayName { get; } = displayName;

    /// <inheritdoc />
    public override string OperatorName => "asset";

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children => [];
}
