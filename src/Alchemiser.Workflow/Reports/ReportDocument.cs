namespace Alchemiser.Workflow.Reports;

/// <summary>
/// An email's content before it is written out: one document, rendered once as HTML (<see cref="ReportHtml"/>) and once
/// as plain text (<see cref="ReportText"/>), so both parts always say the same thing. All text is raw (not encoded).
/// </summary>
/// <param name="Title">The heading, e.g. <c>Alchemiser 2026-11-24</c>.</param>
/// <param name="Status">The status shown beside the title, e.g. <c>SUCCESS</c>.</param>
/// <param name="Tone">How the status is coloured.</param>
/// <param name="Sections">The sections, in order.</param>
internal sealed record ReportDocument(string Title, string Status, ReportTone Tone, IReadOnlyList<ReportSection> Sections);

/// <summary>A titled part of a <see cref="ReportDocument"/>.</summary>
internal sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

/// <summary>How good the news is.</summary>
internal enum ReportTone
{
    Neutral,
    Good,
    Warning,
    Bad,
}
