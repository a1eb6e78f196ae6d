namespace Alchemiser.Core.Dsl.Reading;

/// <summary>A raw form read from the text: an atom, or a call, vector or map of forms (DSL.md §1.3).</summary>
internal abstract record Form(SourceSpan Span);

internal sealed record StringForm(SourceSpan Span, string Value) : Form(Span);

internal sealed record NumberForm(SourceSpan Span, double Value, string Text) : Form(Span);

internal sealed record KeywordForm(SourceSpan Span, string Name) : Form(Span);

internal sealed record IdentifierForm(SourceSpan Span, string Name) : Form(Span);

/// <summary><c>( … )</c>.</summary>
internal sealed record CallForm(SourceSpan Span, Form[] Items) : Form(Span)
{
    public string? Head => Items.Length > 0 && Items[0] is IdentifierForm identifier ? identifier.Name : null;
}

/// <summary><c>[ … ]</c>.</summary>
internal sealed record VectorForm(SourceSpan Span, Form[] Items) : Form(Span);

/// <summary><c>{ … }</c>, with an even number of items (the reader checks).</summary>
internal sealed record MapForm(SourceSpan Span, Form[] Items) : Form(Span);
