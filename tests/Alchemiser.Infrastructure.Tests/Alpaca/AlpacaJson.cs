using System.Globalization;
using System.Text;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>Builds response bodies in Alpaca's documented shape (as captured from the live API).</summary>
internal static class AlpacaJson
{
    /// <summary>A daily bar at <paramref name="timestamp"/> (Alpaca stamps daily bars at midnight New York: 05:00Z in
    /// winter, 04:00Z in summer), with prices around <paramref name="close"/>.</summary>
    public static string Bar(string timestamp, double close, long volume = 1_000_000) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"t":"{{timestamp}}","o":{{close - 1}},"h":{{close + 2}},"l":{{close - 3}},"c":{{close}},"v":{{volume}},"n":{{volume / 100}},"vw":{{close - 0.5}}}""");

    /// <summary>A <c>/v2/stocks/bars</c> page: bars per Alpaca symbol, and the next page token (null on the last page).</summary>
    public static string Page(string? nextPageToken, params (string Symbol, string[] Bars)[] symbols)
    {
        var body = new StringBuilder("""{"bars":{""");
        body.AppendJoin(',', symbols.Select(s => $"\"{s.Symbol}\":[{string.Join(',', s.Bars)}]"));
        body.Append("},\"next_page_token\":").Append(nextPageToken is null ? "null" : $"\"{nextPageToken}\"").Append('}');
        return body.ToString();
    }

    public static string Error(long code, string message) => $$"""{"code":{{code}},"message":"{{message}}"}""";
}
