using System.Globalization;
using System.Text;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>
/// The per-strategy CSV of PIPELINE.md §9.4: one row per (strategy, symbol), a strategy that failed with nothing
/// merged as one row with an empty symbol. Money to 2 decimals, weights and fractions to 6, invariant culture; an
/// empty field is a value that does not exist (no plan, nothing executed, no threshold).
/// </summary>
/// <remarks>
/// A strategy whose failure was covered by hold-previous gets a row per symbol of the reused slice, with its error on
/// every row, so that its attributed dollars are not lost. Attribution ids that are not strategies of today's
/// portfolio (<c>unattributed</c>, or a strategy removed since the run a full exit is attributed to) get rows of
/// their own with status <c>unattributed</c> or <c>not-in-portfolio</c>: the attributed planned dollars of a symbol
/// always add up to its |Δ|.
/// </remarks>
internal static class StrategyCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "trading_date", "instance_id", "strategy_id", "file", "allocation", "normalised_allocation", "status", "symbol",
        "strategy_weight", "contribution", "target_value_usd", "attributed_planned_usd", "attributed_filled_usd",
        "attributed_slippage_usd", "threshold", "drift", "error",
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The CSV text, header first.</summary>
    public static string Write(RunSummary summary)
    {
        var text = new StringBuilder();
        Csv.AppendRecord(text, Columns);
        var context = new Context(summary);
        var portfolio = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in StrategyView.AllOf(summary))
        {
            portfolio.Add(view.Strategy.StrategyId);
            var head = Head(summary, view.Strategy.StrategyId, view.Strategy.File, Fraction(view.Strategy.Allocation),
                Fraction(view.Strategy.Normalised), view.CsvStatus);
            var threshold = Fraction(view.Threshold);
            var drift = Fraction(view.Drift);
            var error = view.Error?.Headline ?? "";
            if (view.State == StrategyState.Failed)
            {
                Csv.AppendRecord(text, [.. head, "", "", "", "", "", "", "", threshold, drift, error]);
                continue;
            }
            var weights = view.Weights.GroupBy(h => h.Symbol).ToDictionary(g => g.Key, g => g.Sum(h => h.Weight));
            var symbols = weights.Keys.Concat(context.ContributedBy(view.Strategy.StrategyId))
                .Concat(context.Attribution.SymbolsOf(view.Strategy.StrategyId));
            foreach (var symbol in symbols.Distinct().Order())
            {
                var weight = Fraction(weights.GetValueOrDefault(symbol));
                Csv.AppendRecord(text, [.. head, symbol.Value, weight, .. context.Dollars(view.Strategy.StrategyId, symbol), threshold, drift, error]);
            }
        }
        foreach (var id in context.Attribution.StrategyIds.Where(id => !portfolio.Contains(id)).Order(StringComparer.Ordinal))
        {
            var status = id == AttributionShare.Unattributed ? "unattributed" : "not-in-portfolio";
            var head = Head(summary, id, "", "", "", status);
            foreach (var symbol in context.Attribution.SymbolsOf(id).Order())
                Csv.AppendRecord(text, [.. head, symbol.Value, "", .. context.Dollars(id, symbol), "", "", ""]);
        }
        return text.ToString();
    }

    private static string[] Head(RunSummary summary, string id, string file, string allocation, string normalised, string status) =>
        [ReportFormat.Date(summary.TradingDate), summary.InstanceId, id, file, allocation, normalised, status];

    /// <summary>A fraction or weight to 6 decimals; empty for null.</summary>
    private static string Fraction(double? value) =>
        value is { } v && double.IsFinite(v) ? (v == 0 ? 0 : v).ToString("F6", Invariant) : "";

    /// <summary>Dollars to 2 decimals; empty for null.</summary>
    private static string Money(decimal? value)
    {
        if (value is not { } v)
            return "";
        var rounded = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("F2", Invariant);
    }

    /// <summary>What every row of a run shares: contributions, the deployable dollars and the attribution.</summary>
    private sealed class Context
    {
        private readonly Dictionary<(string, Symbol), double> _contributions = [];
        private readonly decimal? _deployable;
        private readonly bool _planned;
        private readonly bool _executed;

        public Context(RunSummary summary)
        {
            _planned = summary.Plan?.Plan is not null;
            _executed = summary.Execution?.Summary is not null;
            _deployable = summary.Plan?.Plan?.Totals.Deployable;
            foreach (var c in summary.Plan?.Contributions ?? [])
                _contributions[(c.StrategyId, c.Symbol)] = _contributions.GetValueOrDefault((c.StrategyId, c.Symbol)) + c.Weight;
            Attribution = TradeAttribution.Of(summary);
        }

        public TradeAttribution Attribution { get; }

        public IEnumerable<Symbol> ContributedBy(string strategyId) =>
            _contributions.Keys.Where(k => string.Equals(k.Item1, strategyId, StringComparison.Ordinal)).Select(k => k.Item2);

        /// <summary>contribution, target_value_usd, attributed_planned_usd, attributed_filled_usd, attributed_slippage_usd.</summary>
        public string[] Dollars(string strategyId, Symbol symbol)
        {
            if (!_planned)
                return ["", "", "", "", ""];
            var contribution = _contributions.GetValueOrDefault((strategyId, symbol));
            var part = Attribution.For(strategyId, symbol);
            return
            [
                Fraction(contribution),
                Money(_deployable is { } dep && double.IsFinite(contribution) ? (decimal)contribution * dep : null),
                Money(part?.Planned ?? 0),
                _executed ? Money(part?.Filled ?? 0) : "",
                _executed ? Money(part?.Slippage ?? 0) : "",
            ];
        }
    }
}
