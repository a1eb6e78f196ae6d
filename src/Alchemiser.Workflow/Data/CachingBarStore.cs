using System.Collections.Concurrent;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Workflow.Data;

/// <summary>
/// Keeps each symbol's bars in memory after the first read, so the fan-out of a run (one evaluation per strategy, many
/// sharing symbols) and the planner read each Parquet file once. Writes go through and refresh the cached copy; the
/// manifest is always read from the store. A write drops the symbol's cached copy again when it has finished, so a read
/// that ran during the write cannot leave the old bars cached. A failed read is not kept. For one process that owns its store (the command line); a store that other
/// processes write while this one runs needs a fresh instance.
/// </summary>
public sealed class CachingBarStore(IBarStore inner) : IBarStore
{
    private readonly ConcurrentDictionary<Symbol, Lazy<Task<BarSeries?>>> _cache = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default) => inner.ListSymbolsAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        var read = _cache.GetOrAdd(symbol, s => new Lazy<Task<BarSeries?>>(() => ReadInnerAsync(s)));
        try
        {
            return await read.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (read.Value.IsFaulted)
        {
            _cache.TryRemove(KeyValuePair.Create(symbol, read));
            throw;
        }
    }

    /// <inheritdoc />
    public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return InvalidatingAsync([bars], () => inner.WriteAsync(bars, cancellationToken));
    }

    /// <inheritdoc />
    public Task WriteAsync(BarSeries bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return InvalidatingAsync([bars], () => inner.WriteAsync(bars, source, cancellationToken));
    }

    /// <inheritdoc />
    public Task WriteManyAsync(IReadOnlyList<BarSeries> bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return InvalidatingAsync(bars, () => inner.WriteManyAsync(bars, source, cancellationToken));
    }

    /// <summary>Runs a write with the written symbols out of the cache before it and again after it (a read racing
    /// the write may have cached the old bars meanwhile), whether or not it succeeds.</summary>
    private async Task InvalidatingAsync(IReadOnlyList<BarSeries> written, Func<Task> write)
    {
        foreach (var series in written)
            _cache.TryRemove(series.Symbol, out _);
        try
        {
            await write().ConfigureAwait(false);
        }
        finally
        {
            foreach (var series in written)
                _cache.TryRemove(series.Symbol, out _);
        }
    }

    /// <inheritdoc />
    public Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default) => inner.ReadManifestAsync(cancellationToken);

    /// <inheritdoc />
    public Task RecordValidationAsync(Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default) =>
        inner.RecordValidationAsync(symbol, issues, cancellationToken);

    /// <summary>The inner read as a task that holds any failure, even one thrown before the inner store returned a task
    /// (a <see cref="Lazy{T}"/> would otherwise keep that exception for good).</summary>
    private async Task<BarSeries?> ReadInnerAsync(Symbol symbol) =>
        await inner.ReadAsync(symbol, CancellationToken.None).ConfigureAwait(false);
}
