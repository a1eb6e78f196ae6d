using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Dsl.Syntax;

/// <summary><c>(filter (score {params}) (select-top n) [candidates])</c> (DSL.md §5.7).</summary>
public sealed class FilterNode(
    int id, SourceSpan span, IndicatorSpec score, SourceSpan scoreSpan, SelectionOrder order, int count, IReadOnlyList<Node> candidates)
    : Node(id, span)
{
    /// <summary>The score template, applied to each candidate's series.</summary>
    public IndicatorSpec Score { get; } = score;

    /// <summary>Where the score template is written.</summary>
    public SourceSpan ScoreSpan { get; } = scoreSpan;

    /// <summary>The sort order; <see cref="SelectionOrder.All"/> when there is no selector.</summary>
    public SelectionOrder Order { get; } = order;

    /// <summary>How many to select (n ≥ 1); <see cref="int.MaxValue"/> when there is no selector.</summary>
    public int Count { get; } = count;

    /// <summary>The candidates, flattened, with duplicate plain assets removed (first kept).</summary>
    public IReadOnlyList<Node> Candidates { get; } = candidates;

    /// <inheritdoc />
    public override IReadOnlyList<Node> Children => Candidates;

    /// <inheritdoc />
    public override string OperatorName => "filter";
}
