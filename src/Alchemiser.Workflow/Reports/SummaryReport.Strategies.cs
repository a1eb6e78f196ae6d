using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

internal static partial class SummaryReport
{
    /// <summary>The most weights shown per strategy; the rest are counted.</summary>
    private const int TopWeights = 5;

    /// <summary>Per strategy: allocation, status, top weights and key decisions.</summary>
    private static TableBlock Strategies(IReadOnlyList<StrategyView> strategies)
    {
        var rows = strategies.Select(view => (IReadOnlyList<string>)
        [
            view.Strategy.StrategyId,
            Allocation(view),
            view.Label,
            Top(view),
            view.Evaluated.Decisions.Count == 0 ? ReportFormat.None : string.Join("\n", view.Evaluated.Decisions),
        ]).ToList();
        return new TableBlock([new("Strategy"), new("Allocation", true), new("Status"), new("Weights"), new("Key decisions")], rows);
    }

    /// <summary>The given allocation, and the normalised one when it differs (PIPELINE.md §3).</summary>
    internal static string Allocation(StrategyView view)
    {
        var given = ReportFormat.Percent(view.Strategy.Allocation);
        return Math.Abs(view.Strategy.Allocation - view.Strategy.Normalised) > 1e-9
            ? given + "\n(normalised " + ReportFormat.Percent(view.Strategy.Normalised) + ")"
            : given;
    }

    private static string Top(StrategyView view)
    {
        var weights = view.Weights.Where(h => h.Weight > 0).OrderByDescending(h => h.Weight).ThenBy(h => h.Symbol).ToList();
        if (weights.Count == 0)
            return ReportFormat.None;
        var lines = weights.Take(TopWeights).Select(h => h.Symbol.Value + " " + ReportFormat.Percent(h.Weight)).ToList();
        if (weights.Count > TopWeights)
            lines.Add("+" + ReportFormat.Count(weights.Count - TopWeights) + " more");
        return string.Join("\n", lines);
    }

    /// <summary>The as-of date each strategy was evaluated for, against the run's D (PIPELINE.md §9.3 item 7).</summary>
    private static List<ReportBlock> Data(RunSummary summary, IReadOnlyList<StrategyView> strategies)
    {
        var asOf = RunFacts.AsOf(summary);
        var rows = strategies.Select(view => (IReadOnlyList<string>)
        [
            view.Strategy.StrategyId,
            view.Strategy.File,
            ReportFormat.Date(view.Evaluated.AsOf),
            asOf is not { } d ? ReportFormat.None : view.Evaluated.AsOf == d ? "= D" : "≠ D (" + ReportFormat.Date(d) + ")",
        ]).ToList();
        return
        [
            new TableBlock([new("Strategy"), new("File"), new("Closes up to"), new("Check")], rows),
            new ParagraphBlock("A strategy whose symbols lack D's close fails with DSL021 (see Failures)."),
        ];
    }
}
