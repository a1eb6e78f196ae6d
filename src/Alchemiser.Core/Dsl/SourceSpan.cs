namespace Alchemiser.Core.Dsl;

/// <summary>A range of a source text: UTF-16 offsets plus the 1-based line and column (in code points) of its start.</summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column)
{
    /// <summary>A span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => first with { End = last.End };

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
