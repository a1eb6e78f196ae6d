using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>The outcome of importing a folder of CSV files.</summary>
/// <param name="Imported">One entry per written symbol, ordered by symbol; empty when <see cref="Errors"/> is not.</param>
/// <param name="Errors">The first problem of each bad file, ordered by file name, at most the importer's limit.</param>
/// <param name="BadFileCount">How many files (or folder-level problems) failed, including those beyond the limit.</param>
public sealed record CsvImportResult(
    IReadOnlyList<CsvImportedSymbol> Imported,
    IReadOnlyList<CsvImportError> Errors,
    int BadFileCount)
{
    /// <summary>Whether every file was valid and written.</summary>
    public bool Succeeded => BadFileCount == 0;
}

/// <summary>What was imported for one symbol.</summary>
/// <param name="Symbol">The symbol, from the file name.</param>
/// <param name="File">The source file.</param>
/// <param name="Rows">Number of bars written.</param>
/// <param name="FirstDate">Date of the oldest bar.</param>
/// <param name="LastDate">Date of the newest bar.</param>
public sealed record CsvImportedSymbol(Symbol Symbol, string File, int Rows, DateOnly FirstDate, DateOnly LastDate);
