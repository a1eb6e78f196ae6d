using System.Collections.Concurrent;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Workflow.Data;

/// <summary>
/// Keeps each symbol's bars in memory after the first read, so the fan-out of a run (one evaluation per strategy, many
/// sharing symbols) and the planner read each Parquet file once. Writes go through and refresh the cached copy; the
/// manifest is always read from the store. For one process that owns its store (the command line); a store that other
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
        var read = _cache.GetOrAdd(symbol, s => new Lazy<Task<BarSeries?>>(() => inner.ReadAsync(s, CancellationToken.None)));
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
    public async Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        _cache.TryRemove(bars.Symbol, out _);
        await inner.WriteAsync(bars, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task WriteAsync(BarSeries bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        _cache.TryRemove(bars.Symbol, out _);
        await inner.WriteAsync(bars, source, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task WriteManyAsync(IReadOnlyList<BarSeries> bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        foreach (var series in bars)
            _cache.TryRemove(series.Symbol, out _);
        await inner.WriteManyAsync(bars, source, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default) => inner.ReadManifestAsync(cancellationToken);

    /// <inheritdoc />
    public Task RecordValidationAsync(Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default) =>
        inner.RecordValidationAsync(symbol, issues, cancellationToken);
}
