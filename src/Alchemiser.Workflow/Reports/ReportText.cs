using System.Text;

namespace Alchemiser.Workflow.Reports;

/// <summary>Writes a <see cref="ReportDocument"/> as plain text: underlined headings, aligned fields and tables
/// (numbers right-aligned, columns two spaces apart, a cell's lines stacked), preformatted text indented, a blank line
/// between blocks. LF line ends.</summary>
internal static class ReportText
{
    private const string Gap = "  ";

    /// <summary>The document as text.</summary>
    public static string Render(ReportDocument document)
    {
        var text = new StringBuilder();
        var title = document.Title + " — " + document.Status;
        text.Append(title).Append('\n').Append('=', title.Length).Append('\n');
        foreach (var section in document.Sections)
        {
            text.Append('\n').Append(section.Heading).Append('\n').Append('-', section.Heading.Length).Append('\n');
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                if (i > 0)
                    text.Append('\n');
                Append(text, section.Blocks[i]);
            }
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, ReportBlock block)
    {
        switch (block)
        {
            case FieldsBlock fields:
                AppendFields(text, fields);
                break;
            case TableBlock table:
                AppendTable(text, table);
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                    text.Append("- ").Append(Indent(item, "  ")).Append('\n');
                break;
            case PreformattedBlock pre:
                text.Append("    ").Append(Indent(pre.Text, "    ")).Append('\n');
                break;
            case ParagraphBlock paragraph:
                text.Append(paragraph.Text).Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "unknown report block");
        }
    }

    private static void AppendFields(StringBuilder text, FieldsBlock block)
    {
        var width = block.Fields.Count == 0 ? 0 : block.Fields.Max(f => f.Name.Length);
        foreach (var field in block.Fields)
            text.Append(field.Name.PadRight(width)).Append(Gap).Append(Indent(field.Value, new string(' ', width + Gap.Length))).Append('\n');
    }

    private static void AppendTable(StringBuilder text, TableBlock table)
    {
        var cells = table.Rows.Select(row => table.Columns.Select((_, i) => Lines(i < row.Count ? row[i] : "")).ToArray()).ToList();
        var widths = table.Columns.Select((column, i) => Math.Max(column.Header.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Max(l => l.Length)))).ToArray();
        AppendLine(text, table, widths, table.Columns.Select(c => c.Header).ToArray());
        AppendLine(text, table, widths, widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in cells)
        {
            var height = row.Max(lines => lines.Length);
            for (var line = 0; line < height; line++)
                AppendLine(text, table, widths, row.Select(lines => line < lines.Length ? lines[line] : "").ToArray());
        }
    }

    private static void AppendLine(StringBuilder text, TableBlock table, int[] widths, string[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
                line.Append(Gap);
            line.Append(table.Columns[i].IsNumeric ? values[i].PadLeft(widths[i]) : values[i].PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string[] Lines(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static string Indent(string value, string indent) => string.Join("\n" + indent, Lines(value));
}
