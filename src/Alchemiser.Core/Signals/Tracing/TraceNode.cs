namespace Alchemiser.Core.Signals.Tracing;

/// <summary>
/// One entry of the decision trace (DSL.md §9), in evaluation order. <see cref="Result"/> is the node's allocation
/// as of the date (not normalised), empty for Empty; <see cref="Failure"/> is set when the node failed.
/// </summary>
public abstract record TraceNode
{
    /// <summary>The entry kind: <c>if</c>, <c>filter</c>, <c>weight-equal</c>, <c>group</c>, <c>asset</c>, ….</summary>
    public abstract string Kind { get; }

    /// <summary>Where the node is: <c>path:line:col</c>.</summary>
    public required string Location { get; init; }

    /// <summary>The node's weights as of the date; empty when the node is Empty or failed.</summary>
    public IReadOnlyList<Holding> Result { get; init; } = [];

    /// <summary>The failure message when the node failed.</summary>
    public string? Failure { get; init; }

    /// <summary>Entries of the children evaluated, in order.</summary>
    public IReadOnlyList<TraceNode> Children { get; init; } = [];
}

/// <summary>An <c>asset</c>.</summary>
public sealed record AssetTrace(string Ticker, string? DisplayName) : TraceNode
{
    /// <inheritdoc />
    public override string Kind => "asset";
}

/// <summary>A <c>group</c>.</summary>
public sealed record GroupTrace(string Name) : TraceNode
{
    /// <inheritdoc />
    public override string Kind => "group";
}

/// <summary>An <c>if</c>: both operands' text and value, the comparator, the outcome and the branch taken.</summary>
public sealed record IfTrace(
    string Condition, string LeftText, double? LeftValue, string Comparator, string RightText, double? RightValue, bool? Outcome, string Branch)
    : TraceNode
{
    /// <inheritdoc />
    public override string Kind => "if";
}

/// <summary>A child's share in a weighting node.</summary>
/// <param name="Label">The child's name (ticker, group name, or operator).</param>
/// <param name="Location">Where the child is.</param>
/// <param name="IsEmpty">True when the child was Empty and dropped.</param>
/// <param name="Share">The child's share of the parent (0 when empty).</param>
/// <param name="WrittenWeight"><c>weight-specified</c>: the weight as written.</param>
/// <param name="Sigma"><c>weight-inverse-volatility</c>: σ of daily returns, in percent.</param>
/// <param name="Source"><c>weight-inverse-volatility</c>: <c>closes</c> or <c>NAV</c>.</param>
public sealed record ChildShare(string Label, string Location, bool IsEmpty, double Share, double? WrittenWeight = null, double? Sigma = null, string? Source = null);

/// <summary><c>weight-equal</c>, <c>weight-specified</c> or <c>weight-inverse-volatility</c>.</summary>
public sealed record WeightingTrace(string Operator, bool IsImplicit, int? Window, IReadOnlyList<ChildShare> Shares) : TraceNode
{
    /// <inheritdoc />
    public override string Kind => Operator;
}

/// <summary>The summary of a composite's NAV series as of the date.</summary>
public sealed record NavSummary(DateOnly SeriesStart, int Points, double LastNav);

/// <summary>One candidate of a filter.</summary>
/// <param name="Name">Ticker, group name, or empty for other composites.</param>
/// <param name="CandidateKind"><c>asset</c>, <c>group</c> or <c>node</c>.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Score">The score, when defined.</param>
/// <param name="Excluded">Why it was not eligible (<c>empty</c>, or a history reason), else null.</param>
/// <param name="Rank">1-based rank among the eligible, else null.</param>
/// <param name="Selected">Whether it was selected.</param>
/// <param name="Nav">For composites: the NAV series summary, when it exists.</param>
public sealed record FilterCandidate(string Name, string CandidateKind, string Location, double? Score, string? Excluded, int? Rank, bool Selected, NavSummary? Nav);

/// <summary>A <c>filter</c>.</summary>
public sealed record FilterTrace(string ScoreText, string Order, int? Count, IReadOnlyList<FilterCandidate> Candidates) : TraceNode
{
    /// <inheritdoc />
    public override string Kind => "filter";
}
