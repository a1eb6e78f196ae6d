using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Data.Refresh;

/// <summary>
/// Brings stored bars up to the last completed session: fetches only what is missing, never stores a session that
/// has not closed, and rewrites a symbol's whole history when the provider's adjusted past no longer matches what
/// is stored. A failure for one symbol leaves its stored bars as they were and does not stop the others.
/// </summary>
public sealed class BarRefresher(IBarStore store, IMarketDataSource source, TimeProvider clock)
{
    /// <summary>Where a new symbol's history starts by default.</summary>
    public static readonly DateOnly DefaultStart = new(2016, 1, 4);

    /// <summary>Sessions re-fetched before the last stored one to detect a re-adjusted history.</summary>
    public const int OverlapSessions = 5;

    /// <summary>Relative difference of an overlapping close above which the history counts as re-adjusted.</summary>
    public const double AdjustmentTolerance = 1e-6;

    /// <summary>Refreshes every symbol of <paramref name="request"/>; results in the request's order.</summary>
    public async Task<IReadOnlyList<SymbolRefresh>> RefreshAsync(RefreshRequest request, IProgress<RefreshProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lastCompleted = NyseCalendar.LastCompletedSession(clock.GetUtcNow());
        var since = request.Since ?? DefaultStart;
        var stored = new Dictionary<Symbol, BarSeries?>();
        foreach (var symbol in request.Symbols)
            stored[symbol] = await store.ReadAsync(symbol, cancellationToken).ConfigureAwait(false);

        var results = new Dictionary<Symbol, SymbolRefresh>();
        var plans = new List<(Symbol Symbol, DateOnly Start)>();
        foreach (var symbol in request.Symbols)
        {
            var existing = stored[symbol];
            if (!request.Full && existing?.LastDate is { } last && last >= lastCompleted)
                results[symbol] = new SymbolRefresh(symbol, RefreshOutcome.UpToDate, 0, existing.FirstDate, last);
            else
                plans.Add((symbol, request.Full || existing?.LastDate is null ? since : OverlapStart(existing)));
        }

        var done = results.Count;
        foreach (var group in plans.GroupBy(p => p.Start))
        {
            var symbols = group.Select(p => p.Symbol).ToList();
            IReadOnlyDictionary<Symbol, BarSeries> fetched;
            try
            {
                fetched = await source.GetDailyBarsAsync(symbols, group.Key, lastCompleted, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                foreach (var symbol in symbols)
                {
                    results[symbol] = Failed(symbol, stored[symbol], $"fetch failed: {failure.Message}");
                    progress?.Report(new RefreshProgress(symbol, ++done, request.Symbols.Count));
                }
                continue;
            }
            foreach (var symbol in symbols)
            {
                results[symbol] = await RefreshOneAsync(symbol, stored[symbol], Completed(fetched.GetValueOrDefault(symbol), lastCompleted), request, lastCompleted, cancellationToken).ConfigureAwait(false);
                progress?.Report(new RefreshProgress(symbol, ++done, request.Symbols.Count));
            }
        }
        return request.Symbols.Select(s => results[s]).ToList();
    }

    private async Task<SymbolRefresh> RefreshOneAsync(
        Symbol symbol, BarSeries? existing, BarSeries? fetched, RefreshRequest request, DateOnly lastCompleted, CancellationToken cancellationToken)
    {
        try
        {
            if (fetched is null || fetched.Count == 0)
                return new SymbolRefresh(symbol, RefreshOutcome.NoNewData, 0, existing?.FirstDate, existing?.LastDate, "the provider returned no bars");
            if (existing is null || existing.Count == 0 || request.Full)
            {
                await store.WriteAsync(fetched, source.Name, cancellationToken).ConfigureAwait(false);
                return new SymbolRefresh(symbol, existing is null ? RefreshOutcome.Created : RefreshOutcome.Rewritten, fetched.Count, fetched.FirstDate, fetched.LastDate);
            }
            if (FirstMismatch(existing, fetched) is { } changed)
            {
                var first = request.Since is { } since && since < existing.FirstDate!.Value ? since : existing.FirstDate!.Value;
                var history = await source.GetDailyBarsAsync([symbol], first, lastCompleted, cancellationToken).ConfigureAwait(false);
                var rewritten = Completed(history.GetValueOrDefault(symbol), lastCompleted);
                if (rewritten is null || rewritten.Count == 0)
                    return Failed(symbol, existing, "the adjusted history changed but the full history could not be fetched");
                await store.WriteAsync(rewritten, source.Name, cancellationToken).ConfigureAwait(false);
                return new SymbolRefresh(symbol, RefreshOutcome.Rewritten, rewritten.Count, rewritten.FirstDate, rewritten.LastDate, $"adjusted history changed (close on {changed:yyyy-MM-dd} differs): rewrote the whole history");
            }
            var appended = Append(existing, fetched);
            if (appended.Count == existing.Count)
                return new SymbolRefresh(symbol, RefreshOutcome.NoNewData, 0, existing.FirstDate, existing.LastDate);
            await store.WriteAsync(appended, source.Name, cancellationToken).ConfigureAwait(false);
            return new SymbolRefresh(symbol, RefreshOutcome.Appended, appended.Count - existing.Count, appended.FirstDate, appended.LastDate);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Failed(symbol, existing, failure.Message);
        }
    }

    private static SymbolRefresh Failed(Symbol symbol, BarSeries? existing, string detail) =>
        new(symbol, RefreshOutcome.Failed, 0, existing?.FirstDate, existing?.LastDate, detail);

    private static DateOnly OverlapStart(BarSeries existing)
    {
        var start = existing.LastDate!.Value;
        for (var i = 0; i < OverlapSessions && start > existing.FirstDate!.Value; i++)
            start = NyseCalendar.PreviousTradingDay(start);
        return start;
    }

    /// <summary>Drops any bar of a session that has not closed yet.</summary>
    private static BarSeries? Completed(BarSeries? bars, DateOnly lastCompleted)
    {
        if (bars is null || bars.Count == 0 || bars.LastDate <= lastCompleted)
            return bars;
        var keep = 0;
        while (keep < bars.Count && bars.Dates[keep] <= lastCompleted)
            keep++;
        return Slice(bars, 0, keep);
    }

    /// <summary>The first stored date whose close the provider now reports differently, if any.</summary>
    private static DateOnly? FirstMismatch(BarSeries existing, BarSeries fetched)
    {
        var stored = new Dictionary<DateOnly, double>(existing.Count);
        for (var i = 0; i < existing.Count; i++)
            stored[existing.Dates[i]] = existing.Close[i];
        for (var i = 0; i < fetched.Count; i++)
        {
            if (stored.TryGetValue(fetched.Dates[i], out var close) && Math.Abs(fetched.Close[i] - close) > AdjustmentTolerance * Math.Abs(close))
                return fetched.Dates[i];
        }
        return null;
    }

    /// <summary>The bars of <paramref name="fetched"/> after the last stored date, appended to <paramref name="existing"/>.</summary>
    internal static BarSeries Append(BarSeries existing, BarSeries fetched)
    {
        var from = 0;
        while (from < fetched.Count && fetched.Dates[from] <= existing.LastDate)
            from++;
        if (from == fetched.Count)
            return existing;
        var tail = Slice(fetched, from, fetched.Count - from);
        return new BarSeries(
            existing.Symbol,
            [.. existing.Dates, .. tail.Dates],
            [.. existing.Close, .. tail.Close],
            Concat(existing.Open, tail.Open, existing.Count, tail.Count),
            Concat(existing.High, tail.High, existing.Count, tail.Count),
            Concat(existing.Low, tail.Low, existing.Count, tail.Count),
            Concat(existing.Volume, tail.Volume, existing.Count, tail.Count));
    }

    private static double[]? Concat(double[]? head, double[]? tail, int headCount, int tailCount)
    {
        if (head is null && tail is null)
            return null;
        return [.. head ?? Enumerable.Repeat(double.NaN, headCount), .. tail ?? Enumerable.Repeat(double.NaN, tailCount)];
    }

    private static BarSeries Slice(BarSeries bars, int start, int count) => new(
        bars.Symbol,
        bars.Dates.AsSpan(start, count).ToArray(),
        bars.Close.AsSpan(start, count).ToArray(),
        bars.Open?.AsSpan(start, count).ToArray(),
        bars.High?.AsSpan(start, count).ToArray(),
        bars.Low?.AsSpan(start, count).ToArray(),
        bars.Volume?.AsSpan(start, count).ToArray());
}
