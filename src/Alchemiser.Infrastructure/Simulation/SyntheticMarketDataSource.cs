using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The embedded default's market data provider: the synthetic market, always generated from the same first
/// session so that every symbol's path is the same whatever range is asked (a refresh only appends).
/// </summary>
public sealed class SyntheticMarketDataSource(ulong seed = SyntheticMarket.DefaultSeed) : IMarketDataSource
{
    /// <summary>The first synthetic session.</summary>
    public static readonly DateOnly FirstSession = new(2012, 1, 3);

    /// <inheritdoc />
    public string Name => "synthetic";

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<Symbol, BarSeries>> GetDailyBarsAsync(IReadOnlyCollection<Symbol> symbols, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (end < FirstSession)
            return Task.FromResult<IReadOnlyDictionary<Symbol, BarSeries>>(new Dictionary<Symbol, BarSeries>());
        var sessions = NyseCalendar.TradingDays(FirstSession, end).ToList();
        var from = Math.Max(0, sessions.FindIndex(d => d >= start));
        IReadOnlyDictionary<Symbol, BarSeries> bars = new SyntheticMarket(seed).Generate(symbols, sessions)
            .ToDictionary(series => series.Symbol, series => Slice(series, from));
        return Task.FromResult(bars);
    }

    private static BarSeries Slice(BarSeries bars, int from) => from == 0 ? bars : new BarSeries(
        bars.Symbol,
        bars.Dates[from..],
        bars.Close[from..],
        bars.Open?[from..],
        bars.High?[from..],
        bars.Low?[from..],
        bars.Volume?[from..]);
}
