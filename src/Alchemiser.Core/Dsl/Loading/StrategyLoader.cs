using System.Text;
using Alchemiser.Core.Dsl.Reading;

namespace Alchemiser.Core.Dsl.Loading;

/// <summary>
/// Loads a strategy file: reads its forms, builds the typed tree and runs every load-time check of DSL.md §2.4,
/// reporting all problems found (up to 100) rather than only the first. Never throws for bad input.
/// </summary>
/// <threadsafety>Static and thread-safe.</threadsafety>
public static class StrategyLoader
{
    /// <summary>The largest file accepted: 16 MiB. Callers reading from disk check the size before reading.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Loads a file's raw bytes: checks size and UTF-8 (DSL001), then loads the text.</summary>
    public static LoadResult Load(string path, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxFileBytes)
            return TooLarge(path, utf8.Length);
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException invalid)
        {
            return Failed(Diagnostic.ForFile(path, DiagnosticCodes.FileProblem, DslMessages.NotUtf8(invalid.Index)));
        }
        return Load(new SourceText(path, text));
    }

    /// <summary>Loads decoded text.</summary>
    public static LoadResult Load(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var form = FormReader.Read(source, out var syntaxError, out var depth);
        if (form is null)
            return Failed(syntaxError!);
        return DeepStack.Run(depth, () => new LoadContext(source, depth).LoadFile(form));
    }

    /// <summary>A result holding one file-level error (missing, unreadable, too large).</summary>
    public static LoadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>DSL001 for a file that does not exist.</summary>
    public static LoadResult NotFound(string path) => Failed(Diagnostic.ForFile(path, DiagnosticCodes.FileProblem, DslMessages.FileMissing));

    /// <summary>DSL001 for a file over <see cref="MaxFileBytes"/>, rejected before it is read.</summary>
    public static LoadResult TooLarge(string path, long bytes) =>
        Failed(Diagnostic.ForFile(path, DiagnosticCodes.FileProblem, DslMessages.FileTooLarge(bytes, MaxFileBytes)));

    /// <summary>DSL001 for a file that cannot be read.</summary>
    public static LoadResult Unreadable(string path, string reason) =>
        Failed(Diagnostic.ForFile(path, DiagnosticCodes.FileProblem, DslMessages.Unreadable(reason)));

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
