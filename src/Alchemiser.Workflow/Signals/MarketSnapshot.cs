using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Signals;

/// <summary>Loads the bars a set of strategies needs into one <see cref="PriceBook"/> on the NYSE sessions.</summary>
public static class MarketSnapshot
{
    /// <summary>
    /// Reads every symbol (unknown ones are simply absent: evaluation reports them as DSL021) and aligns them on the
    /// exchange sessions from the first to the last stored bar, so that a missing bar shows as a gap. Bars the last
    /// validation flagged as suspicious jumps are withheld, so strategies that need them fail closed.
    /// </summary>
    /// <param name="store">The bar store.</param>
    /// <param name="symbols">The symbols to read.</param>
    /// <param name="through">Extend the sessions at least to this date, so a bar missing on it shows as a gap (DSL021)
    /// instead of an evaluation silently falling back to an older session; null for the newest stored bar.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<PriceBook> LoadAsync(
        IBarStore store, IEnumerable<Symbol> symbols, DateOnly? through = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var wanted = symbols.Distinct().ToList();
        var reads = wanted.Select(symbol => store.ReadAsync(symbol, cancellationToken));
        var bars = (await Task.WhenAll(reads).ConfigureAwait(false)).OfType<BarSeries>().Where(b => b.Count > 0).ToList();
        var manifest = await store.ReadManifestAsync(cancellationToken).ConfigureAwait(false);
        var flagged = wanted
            .SelectMany(symbol => manifest.Find(symbol)?.Issues ?? [])
            .Where(issue => issue.Check is BarCheck.SuspiciousJump or BarCheck.NonPositivePrice)
            .ToList();
        if (bars.Count == 0)
            return PriceBook.Create([]);
        var first = Clamp(bars.Min(b => b.FirstDate!.Value));
        var newest = bars.Max(b => b.LastDate!.Value);
        var last = Clamp(through is { } date && date > newest ? date : newest);
        return PriceBook.Create(bars, NyseCalendar.TradingDays(first, last), flagged);
    }

    private static DateOnly Clamp(DateOnly date) =>
        date < NyseCalendar.MinDate ? NyseCalendar.MinDate : date > NyseCalendar.MaxDate ? NyseCalendar.MaxDate : date;
}
