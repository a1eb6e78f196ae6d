using System.Globalization;
using System.Text;
using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// Parses one CSV file of daily bars from UTF-8 bytes: a header naming <c>Date</c> and <c>Close</c> and optionally
/// <c>Open</c>, <c>High</c>, <c>Low</c>, <c>Volume</c> (any order, any case), then one row per session, oldest first.
/// </summary>
/// <remarks>
/// Stops at the first problem and reports it with its 1-based line. Dates are <c>yyyy-MM-dd</c>; prices must be
/// finite and positive, volume finite and not negative. An empty optional field is a bar without that value (NaN);
/// close is never optional. Trailing blank lines are ignored, blank lines inside the data are not.
/// </remarks>
internal static class CsvBarParser
{
    private const int Missing = -1;
    private const int MaxQuotedLength = 40;

    private static readonly string[] ColumnNames = ["date", "open", "high", "low", "close", "volume"];

    /// <summary>Parses <paramref name="content"/>; exactly one of the results is not null.</summary>
    public static (BarSeries? Bars, CsvImportError? Error) Parse(Symbol symbol, string file, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
            content = content[3..];
        content = content.TrimEnd(" \t\r\n"u8);
        if (content.IsEmpty)
            return Fail(file, 1, "the file is empty (expected a header such as 'Date,Close')");

        var headerEnd = content.IndexOf((byte)'\n');
        var header = headerEnd < 0 ? content : content[..headerEnd];
        var columns = new int[ColumnNames.Length];
        if (ReadHeader(TrimCr(header), columns, out var fieldCount) is { } headerError)
            return Fail(file, 1, headerError);
        if (headerEnd < 0)
            return Fail(file, 1, "no data rows after the header");

        var body = content[(headerEnd + 1)..];
        var capacity = body.Count((byte)'\n') + 1;
        var dates = new DateOnly[capacity];
        var values = new double[ColumnNames.Length][];
        for (var c = 1; c < ColumnNames.Length; c++)
        {
            if (columns[c] != Missing)
                values[c] = new double[capacity];
        }

        Span<Range> fields = stackalloc Range[fieldCount + 1];
        var rows = 0;
        var line = 1;
        var previousLine = 0;
        while (!body.IsEmpty)
        {
            line++;
            var end = body.IndexOf((byte)'\n');
            var text = TrimCr(end < 0 ? body : body[..end]);
            body = end < 0 ? [] : body[(end + 1)..];

            var found = SplitFields(text, fields);
            if (found != fieldCount)
            {
                var actual = text.IsEmpty ? 0 : text.Count((byte)',') + 1;
                return Fail(file, line, $"expected {fieldCount} fields, found {actual}");
            }

            var dateText = text[fields[columns[0]]].Trim(" \t"u8);
            if (!TryParseDate(dateText, out var date))
                return Fail(file, line, $"invalid date '{Quote(dateText)}' (expected yyyy-MM-dd)");
            if (rows > 0 && date <= dates[rows - 1])
            {
                return date == dates[rows - 1]
                    ? Fail(file, line, $"duplicate date {date:yyyy-MM-dd} (also on line {previousLine})")
                    : Fail(file, line,
                        $"date {date:yyyy-MM-dd} is not after {dates[rows - 1]:yyyy-MM-dd} on line {previousLine} (rows must be oldest first)");
            }

            for (var c = 1; c < ColumnNames.Length; c++)
            {
                if (columns[c] == Missing)
                    continue;
                var raw = text[fields[columns[c]]].Trim(" \t"u8);
                if (ParseValue(c, raw, out var value) is { } problem)
                    return Fail(file, line, problem);
                values[c][rows] = value;
            }

            dates[rows] = date;
            rows++;
            previousLine = line;
        }

        return (new BarSeries(
            symbol,
            Fit(dates, rows),
            Fit<double>(values[4]!, rows),
            Fit(values[1], rows),
            Fit(values[2], rows),
            Fit(values[3], rows),
            Fit(values[5], rows)), null);
    }

    private static string? ReadHeader(ReadOnlySpan<byte> header, int[] columns, out int fieldCount)
    {
        columns.AsSpan().Fill(Missing);
        fieldCount = 0;
        foreach (var range in header.Split((byte)','))
        {
            var name = Encoding.UTF8.GetString(header[range].Trim(" \t\""u8));
            var index = Array.FindIndex(ColumnNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return $"unknown column '{Quote(name)}' in the header (expected Date,Close or Date,Open,High,Low,Close,Volume)";
            }

            if (columns[index] != Missing)
                return $"column '{name}' appears twice in the header";
            columns[index] = fieldCount++;
        }

        if (columns[0] == Missing)
            return "the header has no Date column (expected Date,Close or Date,Open,High,Low,Close,Volume)";
        if (columns[4] == Missing)
            return "the header has no Close column (expected Date,Close or Date,Open,High,Low,Close,Volume)";
        return null;
    }

    /// <summary>Splits at commas into <paramref name="fields"/>; returns the count, or fields.Length when there are more.</summary>
    private static int SplitFields(ReadOnlySpan<byte> text, Span<Range> fields)
    {
        var start = 0;
        for (var count = 0; count < fields.Length; count++)
        {
            var comma = text[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count] = new Range(start, text.Length);
                return count + 1;
            }

            fields[count] = new Range(start, start + comma);
            start += comma + 1;
        }

        return fields.Length;
    }

    private static string? ParseValue(int column, ReadOnlySpan<byte> raw, out double value)
    {
        var name = ColumnNames[column];
        var isClose = column == 4;
        var isVolume = column == 5;
        if (raw.IsEmpty)
        {
            value = double.NaN;
            return isClose ? "missing close (every row needs one)" : null;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return $"invalid {name} '{Quote(raw)}' (expected a number)";
        if (!double.IsFinite(value))
            return $"invalid {name} '{Quote(raw)}' (expected a finite number)";
        if (isVolume ? value < 0 : value <= 0)
            return $"invalid {name} '{Quote(raw)}' (expected a {(isVolume ? "non-negative" : "positive")} number)";
        return null;
    }

    private static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
            return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) ||
            !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
                return false;
            value = (value * 10) + digit;
        }

        return true;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static T[] Fit<T>(T[] values, int count) => values.Length == count ? values : values[..count];

    private static double[]? Fit(double[]? values, int count) => values is null ? null : Fit<double>(values, count);

    private static string Quote(ReadOnlySpan<byte> raw) => Quote(Encoding.UTF8.GetString(raw));

    private static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "...");

    private static (BarSeries?, CsvImportError?) Fail(string file, int line, string message) =>
        (null, new CsvImportError(file, line, message));
}
