using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Signals;

internal sealed class InMemoryBarStore : IBarStore
{
    private readonly Dictionary<Symbol, BarSeries> _bars = [];

    public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Symbol>>(_bars.Keys.Order().ToList());

    public Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default) =>
        Task.FromResult(_bars.GetValueOrDefault(symbol));

    public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default)
    {
        _bars[bars.Symbol] = bars;
        return Task.CompletedTask;
    }

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
