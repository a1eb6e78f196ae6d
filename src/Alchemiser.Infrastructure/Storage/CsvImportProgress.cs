namespace Alchemiser.Infrastructure.Storage;

/// <summary>Progress of a CSV import, reported once per file in each stage.</summary>
/// <param name="Stage">Whether files are being checked or written.</param>
/// <param name="Completed">Files finished in this stage, 1 to <paramref name="Total"/>.</param>
/// <param name="Total">Files in this stage.</param>
/// <param name="File">The file just finished.</param>
public readonly record struct CsvImportProgress(CsvImportStage Stage, int Completed, int Total, string File);

/// <summary>The stages of a CSV import, in order.</summary>
public enum CsvImportStage
{
    /// <summary>Every file is read and checked; nothing is written yet.</summary>
    Validating,

    /// <summary>All files were valid; each symbol is being written to the bar store.</summary>
    Writing,
}
