using System.Net;
using System.Text;

namespace Alchemiser.Workflow.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML document for email: inline styles only (no
/// <c>&lt;style&gt;</c>, scripts, images or links to fetch), tables for layout, and every piece of text HTML-encoded,
/// since strategy ids, decisions and diagnostics are user text.
/// </summary>
internal static class ReportHtml
{
    private const string Font = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;";
    private const string Mono = "font-family:Consolas,Menlo,'Courier New',monospace;";
    private const string Cell = "padding:4px 8px;border-bottom:1px solid #d8dee4;vertical-align:top;";
    private const string HeaderCell = "padding:4px 8px;border-bottom:2px solid #d0d7de;background:#f6f8fa;font-weight:600;";

    /// <summary>The document as HTML.</summary>
    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder();
        var title = Encode(document.Title + " — " + document.Status);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#f6f8fa;color:#1f2328;font-size:14px;line-height:1.4;").Append(Font).Append("\">\n")
            .Append("<div style=\"max-width:1000px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;padding:16px 20px;\">\n")
            .Append("<h1 style=\"font-size:20px;margin:0 0 12px 0;\">").Append(Encode(document.Title)).Append(' ')
            .Append("<span style=\"display:inline-block;padding:2px 10px;border-radius:4px;font-size:14px;vertical-align:middle;color:#ffffff;background:")
            .Append(Colour(document.Tone)).Append(";\">").Append(Encode(document.Status)).Append("</span></h1>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #d8dee4;\">")
                .Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
                Append(html, block);
        }
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Append(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case FieldsBlock fields:
                html.Append("<table style=\"border-collapse:collapse;margin:0 0 8px 0;\">\n");
                foreach (var field in fields.Fields)
                {
                    html.Append("<tr><th style=\"text-align:left;padding:2px 16px 2px 0;vertical-align:top;font-weight:600;white-space:nowrap;\">")
                        .Append(Encode(field.Name)).Append("</th><td style=\"padding:2px 0;\">").Append(Lines(field.Value)).Append("</td></tr>\n");
                }
                html.Append("</table>\n");
                break;
            case TableBlock table:
                AppendTable(html, table);
                break;
            case ListBlock list:
                html.Append("<ul style=\"margin:0 0 8px 0;padding-left:20px;\">\n");
                foreach (var item in list.Items)
                    html.Append("<li>").Append(Lines(item)).Append("</li>\n");
                html.Append("</ul>\n");
                break;
            case PreformattedBlock pre:
                html.Append("<pre style=\"margin:0 0 8px 0;padding:8px;background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;overflow:auto;font-size:12px;")
                    .Append(Mono).Append("\">").Append(Encode(pre.Text)).Append("</pre>\n");
                break;
            case ParagraphBlock paragraph:
                html.Append("<p style=\"margin:0 0 8px 0;\">").Append(Lines(paragraph.Text)).Append("</p>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "unknown report block");
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table style=\"border-collapse:collapse;margin:0 0 8px 0;font-size:13px;\">\n<tr>");
        foreach (var column in table.Columns)
            html.Append("<th style=\"").Append(HeaderCell).Append(Align(column)).Append("\">").Append(Encode(column.Header)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                html.Append("<td style=\"").Append(Cell).Append(Align(column)).Append(column.IsNumeric ? "white-space:nowrap;" : "")
                    .Append("\">").Append(Lines(i < row.Count ? row[i] : "")).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Align(ReportColumn column) => column.IsNumeric ? "text-align:right;" : "text-align:left;";

    private static string Lines(string text) =>
        string.Join("<br>", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Encode));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Colour(ReportTone tone) => tone switch
    {
        ReportTone.Good => "#1a7f37",
        ReportTone.Warning => "#9a6700",
        ReportTone.Bad => "#cf222e",
        _ => "#57606a",
    };
}
