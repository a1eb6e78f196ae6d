using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Data;

/// <summary>A provider of completed, split- and dividend-adjusted daily bars (Alpaca; the synthetic market).</summary>
public interface IMarketDataSource
{
    /// <summary>A short name recorded as the bars' source, e.g. <c>alpaca</c>.</summary>
    string Name { get; }

    /// <summary>Daily bars for every symbol from <paramref name="start"/> to <paramref name="end"/> inclusive.
    /// Symbols the provider does not know are absent from the result.</summary>
    Task<IReadOnlyDictionary<Symbol, BarSeries>> GetDailyBarsAsync(IReadOnlyCollection<Symbol> symbols, DateOnly start, DateOnly end, CancellationToken cancellationToken = default);
}
