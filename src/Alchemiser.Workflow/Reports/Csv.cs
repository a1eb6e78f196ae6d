using System.Text;

namespace Alchemiser.Workflow.Reports;

/// <summary>Writes CSV as RFC 4180 says: CRLF after every record, and a field that holds a comma, a double quote, CR or
/// LF enclosed in double quotes with its double quotes doubled.</summary>
internal static class Csv
{
    /// <summary>Appends one record and its CRLF.</summary>
    public static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            AppendField(text, fields[i]);
        }
        text.Append("\r\n");
    }

    private static void AppendField(StringBuilder text, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }
        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
