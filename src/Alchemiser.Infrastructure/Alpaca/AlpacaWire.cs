using System.Text.Json.Serialization;

namespace Alchemiser.Infrastructure.Alpaca;

// The JSON shapes of the Alpaca endpoints we read, as documented; only the fields we use are declared.

/// <summary>A page of <c>GET /v2/stocks/bars</c>: bars per Alpaca symbol, sorted by symbol then time.</summary>
internal sealed record AlpacaBarsPage(
    [property: JsonPropertyName("bars")] Dictionary<string, List<AlpacaBar>?>? Bars,
    [property: JsonPropertyName("next_page_token")] string? NextPageToken);

/// <summary>One bar: <c>t</c> is the bar's start (midnight New York for daily bars), in UTC.</summary>
internal sealed record AlpacaBar(
    [property: JsonPropertyName("t")] DateTimeOffset Time,
    [property: JsonPropertyName("o")] double? Open,
    [property: JsonPropertyName("h")] double? High,
    [property: JsonPropertyName("l")] double? Low,
    [property: JsonPropertyName("c")] double? Close,
    [property: JsonPropertyName("v")] double? Volume);

/// <summary>One day of <c>GET /v2/calendar</c>: <c>date</c> as yyyy-MM-dd, <c>open</c> and <c>close</c> as HH:mm.</summary>
internal sealed record AlpacaCalendarEntry(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("open")] string? Open,
    [property: JsonPropertyName("close")] string? Close);

/// <summary>Alpaca's error body.</summary>
internal sealed record AlpacaError(
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("message")] string? Message);

[JsonSerializable(typeof(AlpacaBarsPage))]
[JsonSerializable(typeof(List<AlpacaCalendarEntry>))]
[JsonSerializable(typeof(AlpacaError))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class AlpacaJsonContext : JsonSerializerContext;
