using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// Imports a folder of <c>*.csv</c> daily bar files into an <see cref="IBarStore"/>, all or nothing.
/// </summary>
/// <remarks>
/// <para>Each file holds one symbol, named by the file: <c>SPY.csv</c>; <c>BRK_B.csv</c> and <c>BRK.B.csv</c> are
/// <c>BRK/B</c>. The header is required and names <c>Date</c> and <c>Close</c>, optionally <c>Open</c>, <c>High</c>,
/// <c>Low</c>, <c>Volume</c>, in any case and order (<c>Date,Close</c> and <c>Date,Open,High,Low,Close,Volume</c> are
/// the usual shapes). Dates are <c>yyyy-MM-dd</c>, strictly increasing; prices finite and positive, volume finite and
/// not negative; an empty Open/High/Low/Volume field is a bar without that value.</para>
/// <para>Every file is checked before anything is written. When any file is bad the store is left unchanged and the
/// result lists the first problem of each bad file as <c>file:line: reason</c>. Only an I/O failure of the store
/// itself, while writing, can leave some symbols written (each symbol's write is still atomic).</para>
/// </remarks>
public sealed class CsvBarImporter
{
    /// <summary>The default of <see cref="MaxReportedErrors"/>.</summary>
    public const int DefaultMaxReportedErrors = 20;

    private readonly IBarStore _store;

    /// <summary>Creates an importer that writes to <paramref name="store"/>.</summary>
    public CsvBarImporter(IBarStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>How many errors a result lists at most (all bad files are still counted); at least 1.</summary>
    /// <value>Defaults to <see cref="DefaultMaxReportedErrors"/>.</value>
    public int MaxReportedErrors { get; init; } = DefaultMaxReportedErrors;

    /// <summary>Checks every <c>*.csv</c> file in <paramref name="folder"/> and, when all are valid, writes them.</summary>
    /// <param name="folder">The folder to import (not recursive).</param>
    /// <param name="progress">Told once per file while checking, then once per file while writing.</param>
    /// <param name="cancellationToken">Stops the import; a cancelled import may have written some symbols.</param>
    /// <returns>The imported symbols, or the errors when any file is bad (then nothing was written). A folder with no
    /// <c>*.csv</c> file is an error too.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public async Task<CsvImportResult> ImportFolderAsync(
        string folder, IProgress<CsvImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReportedErrors, 1);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"'{folder}' does not exist");

        var files = Directory.EnumerateFiles(folder, "*.csv")
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            return Failed([new CsvImportError(folder, 0, "no *.csv files to import")], 1);

        var errors = new List<CsvImportError>();
        var parsed = new List<(BarSeries Bars, string File)>(files.Count);
        var fileBySymbol = new Dictionary<Symbol, string>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var (bars, error) = await ParseFileAsync(file, fileBySymbol, cancellationToken);
            if (error is not null)
                errors.Add(error);
            else
                parsed.Add((bars!, file));
            progress?.Report(new CsvImportProgress(CsvImportStage.Validating, i + 1, files.Count, file));
        }

        if (errors.Count > 0)
            return Failed(errors.Take(MaxReportedErrors).ToList(), errors.Count);

        parsed.Sort((a, b) => a.Bars.Symbol.CompareTo(b.Bars.Symbol));
        var imported = new List<CsvImportedSymbol>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            var (bars, file) = parsed[i];
            await _store.WriteAsync(bars, BarSources.Csv(Path.GetFileName(file)), cancellationToken);
            imported.Add(new CsvImportedSymbol(bars.Symbol, file, bars.Count, bars.Dates[0], bars.Dates[^1]));
            progress?.Report(new CsvImportProgress(CsvImportStage.Writing, i + 1, parsed.Count, file));
        }

        return new CsvImportResult(imported, [], 0);
    }

    private static async Task<(BarSeries? Bars, CsvImportError? Error)> ParseFileAsync(
        string file, Dictionary<Symbol, string> fileBySymbol, CancellationToken cancellationToken)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        if (!SymbolFileName.TryParseLenient(stem, out var symbol))
        {
            return (null, new CsvImportError(
                file, 0, $"the file name '{stem}' is not a ticker (expected e.g. SPY.csv, BRK_B.csv or BRK.B.csv)"));
        }

        if (!fileBySymbol.TryAdd(symbol.Value, file))
        {
            return (null, new CsvImportError(
                file, 0, $"{symbol.Value} is also imported from '{fileBySymbol[symbol.Value]}'"));
        }

        var content = await File.ReadAllBytesAsync(file, cancellationToken);
        return CsvBarParser.Parse(symbol.Value, file, content);
    }

    private static CsvImportResult Failed(IReadOnlyList<CsvImportError> errors, int badFiles) =>
        new([], errors, badFiles);
}
