using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Workflow.Data;

/// <summary>Completed daily bars per symbol (the embedded default: Parquet files in a local folder).</summary>
/// <remarks>Implementations are safe for concurrent readers; a write replaces a symbol's whole history atomically.</remarks>
public interface IBarStore
{
    /// <summary>Every symbol that has stored bars, in ordinal order.</summary>
    Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored bars of <paramref name="symbol"/>, or <see langword="null"/> when it has none.</summary>
    Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored history of <paramref name="bars"/>' symbol with <paramref name="bars"/>.</summary>
    /// <remarks>The source is recorded as <see cref="BarSources.Unknown"/>; prefer the overload that names it.</remarks>
    Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored history of <paramref name="bars"/>' symbol and records where it came from and when; the
    /// symbol's validation status goes back to <see cref="BarValidationStatus.NotValidated"/>.
    /// </summary>
    /// <param name="bars">The whole history of one symbol.</param>
    /// <param name="source">Where the bars came from (<see cref="BarSources"/>).</param>
    /// <param name="cancellationToken">Stops the write; the old history then stays in place.</param>
    /// <remarks>The default implementation, for stores without a manifest, drops the source.</remarks>
    Task WriteAsync(BarSeries bars, string source, CancellationToken cancellationToken = default) =>
        WriteAsync(bars, cancellationToken);

    /// <summary>
    /// Writes several series from one source, as <see cref="WriteAsync(BarSeries, string, CancellationToken)"/> would one by
    /// one; a store may do it faster (e.g. the files in parallel and one manifest update).
    /// </summary>
    async Task WriteManyAsync(IReadOnlyList<BarSeries> bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        foreach (var series in bars)
            await WriteAsync(series, source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Per symbol: range, row count, source, refresh time and validation, without reading every bar.</summary>
    /// <remarks>The default implementation, for stores without a manifest, reads every symbol's bars.</remarks>
    async Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default)
    {
        var entries = new List<BarManifestEntry>();
        foreach (var symbol in await ListSymbolsAsync(cancellationToken).ConfigureAwait(false))
        {
            var bars = await ReadAsync(symbol, cancellationToken).ConfigureAwait(false);
            if (bars is null)
                continue;
            entries.Add(new BarManifestEntry(
                symbol, bars.Count, bars.Count > 0 ? bars.Dates[0] : null, bars.Count > 0 ? bars.Dates[^1] : null,
                BarSources.Unknown, DateTimeOffset.MinValue, BarValidationStatus.NotValidated, [], null));
        }

        return new BarManifest(entries, []);
    }

    /// <summary>
    /// Records the outcome of validating <paramref name="symbol"/>'s current bars: <see cref="BarValidationStatus.Passed"/>
    /// when <paramref name="issues"/> is empty, otherwise <see cref="BarValidationStatus.Flagged"/> with the issues.
    /// </summary>
    /// <exception cref="InvalidOperationException">The symbol has no stored bars.</exception>
    /// <exception cref="NotSupportedException">The store keeps no validation results (the default implementation).</exception>
    Task RecordValidationAsync(Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default) =>
        Task.FromException(new NotSupportedException($"{GetType().Name} does not record validation results"));
}
