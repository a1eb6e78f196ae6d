using System.Globalization;
using System.Text;

namespace Alchemiser.Core.Dsl;

/// <summary>
/// One problem found in a strategy file: a stable <c>DSLnnn</c> code, its severity, where it is, a message and the
/// source excerpt with a caret under the column (DSL.md §8).
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Path, int Line, int Column, string Message, string Excerpt)
{
    private const int MaxExcerptWidth = 120;

    /// <summary>Evaluation errors: the as-of date the evaluation was for.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Evaluation errors: the chain of operators and group names from the root to the failing node.</summary>
    public string? EvaluationPath { get; init; }

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates a diagnostic at <paramref name="span"/> of <paramref name="source"/>, building the excerpt.</summary>
    public static Diagnostic At(SourceText source, SourceSpan span, string code, DiagnosticSeverity severity, string message) =>
        new(code, severity, source.Path, span.Line, span.Column, message, BuildExcerpt(source, span.Line, span.Column));

    /// <summary>A diagnostic about the file as a whole (missing, too large, not UTF-8).</summary>
    public static Diagnostic ForFile(string path, string code, string message) =>
        new(code, DiagnosticSeverity.Error, path, 1, 1, message, string.Empty);

    /// <summary>The first line as compilers print it: <c>path:line:col: error DSLnnn: message</c>.</summary>
    public string Headline =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");

    /// <summary>The headline, the excerpt, and for evaluation errors the path from the root.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Headline);
        if (Excerpt.Length > 0)
            text.Append('\n').Append(Excerpt);
        if (EvaluationPath is not null)
            text.Append("\n   path: ").Append(EvaluationPath);
        return text.ToString();
    }

    private static string BuildExcerpt(SourceText source, int line, int column)
    {
        var codePoints = ToCodePoints(source.GetLine(line).Replace('\t', ' '));
        var caretIndex = Math.Clamp(column - 1, 0, codePoints.Count);
        var from = 0;
        var to = codePoints.Count;
        if (codePoints.Count > MaxExcerptWidth)
        {
            from = Math.Clamp(caretIndex - (MaxExcerptWidth / 2), 0, codePoints.Count - MaxExcerptWidth);
            to = from + MaxExcerptWidth;
        }
        var shown = new StringBuilder();
        var caretColumn = caretIndex - from;
        if (from > 0)
        {
            shown.Append('…');
            caretColumn++;
        }
        for (var i = from; i < to; i++)
            shown.Append(codePoints[i]);
        if (to < codePoints.Count)
            shown.Append('…');
        var number = line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        return $"{number,5} | {shown}\n{gutter,5} | {new string(' ', caretColumn)}^";
    }

    private static List<string> ToCodePoints(string text)
    {
        var points = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                points.Add(text[i].ToString());
            }
        }
        return points;
    }
}
