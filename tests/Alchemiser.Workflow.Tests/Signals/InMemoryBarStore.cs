using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Signals;

internal sealed class InMemoryBarStore : IBarStore
{
    private readonly Dictionary<Symbol, BarSeries> _bars = [];
    private readonly Dictionary<Symbol, IReadOnlyList<BarIssue>> _issues = [];

    public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Symbol>>(_bars.Keys.Order().ToList());

    public Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default) =>
        Task.FromResult(_bars.GetValueOrDefault(symbol));

    public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default)
    {
        _bars[bars.Symbol] = bars;
        _issues.Remove(bars.Symbol);
        return Task.CompletedTask;
    }

    public Task RecordValidationAsync(Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default)
    {
        _issues[symbol] = issues;
        return Task.CompletedTask;
    }

    public Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new BarManifest(
            _bars.Values.OrderBy(b => b.Symbol).Select(b => new BarManifestEntry(
                b.Symbol, b.Count, b.FirstDate, b.LastDate, "memory", DateTimeOffset.MinValue,
                !_issues.TryGetValue(b.Symbol, out var issues) ? BarValidationStatus.NotValidated : issues.Count == 0 ? BarValidationStatus.Passed : BarValidationStatus.Flagged,
                issues ?? [], null)).ToList(),
            []));

    /// <summary>Closes on consecutive NYSE sessions ending on <paramref name="last"/>, skipping <paramref name="missing"/>.</summary>
    public InMemoryBarStore With(string ticker, DateOnly last, double[] closes, DateOnly? missing = null)
    {
        var days = new List<DateOnly>();
        for (var day = last; days.Count < closes.Length; day = NyseCalendar.PreviousTradingDay(day))
            days.Add(day);
        days.Reverse();
        var kept = days.Select((d, i) => (d, closes[i])).Where(p => p.d != missing).ToList();
        _bars[Symbol.Parse(ticker)] = new BarSeries(Symbol.Parse(ticker), kept.Select(p => p.d).ToArray(), kept.Select(p => p.Item2).ToArray());
        return this;
    }
}
