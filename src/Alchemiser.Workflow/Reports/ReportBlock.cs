namespace Alchemiser.Workflow.Reports;

/// <summary>One piece of a <see cref="ReportSection"/>. Text is raw; a renderer encodes it.</summary>
internal abstract record ReportBlock;

/// <summary>Name and value pairs, one per line.</summary>
internal sealed record FieldsBlock(IReadOnlyList<ReportField> Fields) : ReportBlock;

/// <summary>A name and its value.</summary>
internal sealed record ReportField(string Name, string Value);

/// <summary>A table. A cell may hold several lines separated by <c>\n</c>.</summary>
internal sealed record TableBlock(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A table column; numbers are aligned right.</summary>
internal sealed record ReportColumn(string Header, bool IsNumeric = false);

/// <summary>A sentence or two.</summary>
internal sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>Items of a list, each one line.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>Text shown as it is, in a fixed-width font (a diagnostic's excerpt).</summary>
internal sealed record PreformattedBlock(string Text) : ReportBlock;
