namespace Alchemiser.Core.Dsl;

/// <summary>The text of one strategy file and the path it was read from (as given, used in diagnostics).</summary>
/// <remarks>Immutable. Lines are separated by <c>\n</c>; a <c>\r</c> before it is not part of the line.</remarks>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Creates a source from text already decoded; a leading byte-order mark is dropped.</summary>
    public SourceText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The whole text, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>The text of a span.</summary>
    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.End - span.Start);

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line break.</summary>
    public string GetLine(int line)
    {
        var starts = LineStarts();
        if (line < 1 || line > starts.Length)
            return string.Empty;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
            end--;
        return Text[start..end];
    }

    private int[] LineStarts()
    {
        if (_lineStarts is not null)
            return _lineStarts;
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
                starts.Add(i + 1);
        }
        return _lineStarts = [.. starts];
    }
}
