using System.Text;

namespace Alchemiser.Workflow.Tests.Reports;

/// <summary>A small RFC 4180 reader for the tests: records end with CRLF, quoted fields may hold commas, CR, LF and
/// doubled quotes. Written apart from the code under test so that it checks the writer from outside.</summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static CsvTable Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i++;
                    break;
                case '"' or '\r' or '\n':
                    throw new FormatException($"unquoted {(int)c} at {i}");
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted || field.Length > 0 || record.Count > 0)
            throw new FormatException("the last record does not end with CRLF");
        var header = records[0];
        var rows = records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
        return new CsvTable(header, rows);
    }

    public IReadOnlyDictionary<string, string> Row(string strategyId, string symbol) =>
        Assert.Single(Rows, r => r["strategy_id"] == strategyId && r["symbol"] == symbol);
}
