using System.Globalization;
using System.Text;
using Alchemiser.Core.Signals;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Cli.Rendering;

/// <summary>Renders a decision trace as an indented tree (DSL.md §9): numbers with 4 decimals.</summary>
internal sealed class TraceTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly string _pathPrefix;

    private TraceTextWriter(string path) => _pathPrefix = path + ":";

    /// <summary>Renders on a large stack: traces may nest thousands of levels deep.</summary>
    public static string Render(StrategyTrace trace) => Core.Dsl.DeepStack.Run(() => RenderTree(trace));

    private static string RenderTree(StrategyTrace trace)
    {
        var writer = new TraceTextWriter(trace.Path);
        writer._text.Append(CultureInfo.InvariantCulture, $"as of {trace.AsOf:yyyy-MM-dd}  {trace.Path}  \"{trace.Name}\"\n");
        if (trace.Root is not null)
            writer.Node(trace.Root, 0);
        if (trace.Allocation.Count > 0)
            writer._text.Append("allocation: ").Append(Holdings(trace.Allocation, "F6")).Append('\n');
        if (trace.Dropped.Count > 0)
            writer._text.Append("dropped (below 1e-9): ").Append(Holdings(trace.Dropped, "E3")).Append('\n');
        return writer._text.ToString();
    }

    private void Node(TraceNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        _text.Append(indent).Append(Header(node)).Append('\n');
        switch (node)
        {
            case FilterTrace filter:
                foreach (var row in filter.Candidates.OrderBy(r => r.Rank ?? int.MaxValue))
                    _text.Append(indent).Append("  ").Append(CandidateRow(row)).Append('\n');
                break;
            case WeightingTrace weighting:
                foreach (var share in weighting.Shares)
                    _text.Append(indent).Append("  ").Append(ShareRow(share)).Append('\n');
                break;
        }
        foreach (var child in node.Children)
            Node(child, depth + 1);
        if (node is not AssetTrace)
            _text.Append(indent).Append("  -> ").Append(Outcome(node)).Append('\n');
    }

    private string Header(TraceNode node) => node switch
    {
        AssetTrace asset => $"asset {asset.Ticker}{(asset.DisplayName is null ? "" : $" \"{asset.DisplayName}\"")} {At(node)} -> {Outcome(node)}",
        GroupTrace group => $"group \"{group.Name}\" {At(node)}",
        IfTrace @if => $"if {At(node)}  {@if.Condition}  left {Number(@if.LeftValue)}  right {Number(@if.RightValue)}  -> "
            + (@if.Outcome is { } outcome ? $"{(outcome ? "true" : "false")}: {@if.Branch}" : "not evaluated"),
        FilterTrace filter => $"filter {At(node)}  {filter.ScoreText} {(filter.Count is { } n ? $"select-{filter.Order} {n}" : "(no selector: all eligible)")}",
        WeightingTrace { IsImplicit: true } => $"weight-equal (implicit) {At(node)}",
        WeightingTrace weighting => $"{weighting.Operator} {At(node)}{(weighting.Window is { } w ? $"  window {w}" : "")}",
        _ => $"{node.Kind} {At(node)}",
    };

    private static string CandidateRow(FilterCandidate row)
    {
        var rank = row.Rank is { } r ? $"#{r}" : "--";
        var name = row.Name.Length == 0 ? "(node)" : row.Name;
        var score = row.Score is { } s ? $"score {Number(s),9}" : $"excluded: {row.Excluded}";
        var nav = row.Nav is { } n ? string.Create(CultureInfo.InvariantCulture, $"  NAV from {n.SeriesStart:yyyy-MM-dd}, {n.Points} points, last {n.LastNav:F4}") : "";
        return $"{rank,-4}{name}  {score}{nav}{(row.Selected ? "  selected" : "")}";
    }

    private static string ShareRow(ChildShare share)
    {
        if (share.IsEmpty)
            return $"{share.Label}  empty (dropped)";
        var written = share.WrittenWeight is { } w ? $"written {Number(w)}  " : "";
        var sigma = share.Sigma is { } s ? $"σ {Number(s)}%  1/σ {Number(1 / s)}  ({share.Source})  " : "";
        return $"{share.Label}  {written}{sigma}share {Number(share.Share)}";
    }

    private string At(TraceNode node) => "@" + (node.Location.StartsWith(_pathPrefix, StringComparison.Ordinal) ? node.Location[_pathPrefix.Length..] : node.Location);

    private static string Outcome(TraceNode node) =>
        node.Failure is { } failure ? $"FAILED: {failure}" : node.Result.Count == 0 ? "empty" : Holdings(node.Result, "F4");

    private static string Holdings(IReadOnlyList<Holding> holdings, string format) =>
        string.Join(", ", holdings.Select(h => $"{h.Symbol} {h.Weight.ToString(format, CultureInfo.InvariantCulture)}"));

    private static string Number(double? value) => value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "n/a";
}
