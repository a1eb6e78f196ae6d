namespace Alchemiser.Infrastructure.Storage;

/// <summary>Why a CSV file cannot be imported, with the place: <c>data/SPY.csv:17: invalid close 'abc' (expected a number)</c>.</summary>
/// <param name="File">The file's path as found in the imported folder.</param>
/// <param name="Line">1-based line number (the header is line 1), or 0 when the problem is the file as a whole.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record CsvImportError(string File, int Line, string Message)
{
    /// <summary>The error as <c>file:line: message</c> (<c>file: message</c> when <see cref="Line"/> is 0).</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
