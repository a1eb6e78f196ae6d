using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Data.Refresh;

/// <summary>
/// Walks the embedded default forward one session (PIPELINE.md §2.2): after a completed simulated run for T, every
/// symbol whose bars came from <paramref name="source"/> and end on the session before T gets T's bar, so the next run
/// trades the next day. Bars from any other source (imported real closes) are never touched.
/// </summary>
public sealed class SessionAppender(IBarStore store, IMarketDataSource source)
{
    /// <summary>Appends <paramref name="session"/>'s bars; returns how many symbols got one.</summary>
    public async Task<int> AppendAsync(DateOnly session, CancellationToken cancellationToken = default)
    {
        var previous = NyseCalendar.PreviousTradingDay(session);
        var manifest = await store.ReadManifestAsync(cancellationToken).ConfigureAwait(false);
        var symbols = manifest.Entries
            .Where(e => string.Equals(e.Source, source.Name, StringComparison.Ordinal) && e.LastDate == previous)
            .Select(e => e.Symbol)
            .ToList();
        if (symbols.Count == 0)
            return 0;
        var fetched = await source.GetDailyBarsAsync(symbols, session, session, cancellationToken).ConfigureAwait(false);
        var appended = new List<BarSeries>();
        foreach (var symbol in symbols)
        {
            // Only a series that ends on the session has its bar: a source asked for a day that is not a session may
            // answer with older bars (the synthetic market does), which would rewrite the file unchanged.
            if (!fetched.TryGetValue(symbol, out var bars) || bars.LastDate != session)
                continue;
            if (await store.ReadAsync(symbol, cancellationToken).ConfigureAwait(false) is { } existing)
                appended.Add(BarRefresher.Append(existing, bars));
        }
        await store.WriteManyAsync(appended, source.Name, cancellationToken).ConfigureAwait(false);
        return appended.Count;
    }
}
