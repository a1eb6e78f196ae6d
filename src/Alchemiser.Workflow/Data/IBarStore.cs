using Alchemiser.Core.Market;

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
    Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default);
}
