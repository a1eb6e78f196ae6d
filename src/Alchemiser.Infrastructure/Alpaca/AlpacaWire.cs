using System.Text.Json.Serialization;

namespace Alchemiser.Infrastructure.Alpaca;

// The JSON shapes of the Alpaca endpoints we read and write, as documented; only the fields we use are declared.

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

/// <summary><c>GET /v2/account</c>: money as decimal strings.</summary>
internal sealed record AlpacaAccountWire(
    [property: JsonPropertyName("equity")] decimal? Equity,
    [property: JsonPropertyName("cash")] decimal? Cash,
    [property: JsonPropertyName("buying_power")] decimal? BuyingPower,
    [property: JsonPropertyName("trading_blocked")] bool? TradingBlocked,
    [property: JsonPropertyName("account_blocked")] bool? AccountBlocked);

/// <summary>One entry of <c>GET /v2/positions</c>: quantities and money as decimal strings (<c>qty</c> is negative for
/// a short).</summary>
internal sealed record AlpacaPositionWire(
    [property: JsonPropertyName("symbol")] string? Symbol,
    [property: JsonPropertyName("asset_class")] string? AssetClass,
    [property: JsonPropertyName("qty")] decimal? Quantity,
    [property: JsonPropertyName("market_value")] decimal? MarketValue,
    [property: JsonPropertyName("avg_entry_price")] decimal? AverageEntryPrice);

/// <summary><c>GET /v2/assets/{symbol}</c>.</summary>
internal sealed record AlpacaAssetWire(
    [property: JsonPropertyName("symbol")] string? Symbol,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("tradable")] bool? Tradable,
    [property: JsonPropertyName("fractionable")] bool? Fractionable);

/// <summary>An order as the orders endpoints return it: quantities and prices as decimal strings (or null).</summary>
internal sealed record AlpacaOrderWire(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("client_order_id")] string? ClientOrderId,
    [property: JsonPropertyName("symbol")] string? Symbol,
    [property: JsonPropertyName("asset_class")] string? AssetClass,
    [property: JsonPropertyName("side")] string? Side,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("qty")] decimal? Quantity,
    [property: JsonPropertyName("limit_price")] decimal? LimitPrice,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("filled_qty")] decimal? FilledQuantity,
    [property: JsonPropertyName("filled_avg_price")] decimal? FilledAveragePrice,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("submitted_at")] DateTimeOffset? SubmittedAt,
    [property: JsonPropertyName("filled_at")] DateTimeOffset? FilledAt);

/// <summary>The body of <c>POST /v2/orders</c>: <c>qty</c> and <c>limit_price</c> as invariant decimal strings, as
/// Alpaca documents them; <c>limit_price</c> left out of a market order.</summary>
internal sealed record AlpacaOrderRequestWire(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("qty")] string Quantity,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("time_in_force")] string TimeInForce,
    [property: JsonPropertyName("limit_price"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LimitPrice,
    [property: JsonPropertyName("client_order_id")] string ClientOrderId);

/// <summary><c>GET /v2/clock</c>: instants with the New York offset.</summary>
internal sealed record AlpacaClockWire(
    [property: JsonPropertyName("timestamp")] DateTimeOffset? Timestamp,
    [property: JsonPropertyName("is_open")] bool? IsOpen,
    [property: JsonPropertyName("next_open")] DateTimeOffset? NextOpen,
    [property: JsonPropertyName("next_close")] DateTimeOffset? NextClose);

/// <summary><c>GET {data}/v2/stocks/quotes/latest</c>: the latest quote per Alpaca symbol.</summary>
internal sealed record AlpacaLatestQuotesWire(
    [property: JsonPropertyName("quotes")] Dictionary<string, AlpacaQuoteWire?>? Quotes);

/// <summary>A quote: bid and ask prices as JSON numbers, <c>t</c> in UTC with nanoseconds.</summary>
internal sealed record AlpacaQuoteWire(
    [property: JsonPropertyName("bp")] decimal? BidPrice,
    [property: JsonPropertyName("ap")] decimal? AskPrice,
    [property: JsonPropertyName("t")] DateTimeOffset? Time);

/// <summary>Alpaca's error body.</summary>
internal sealed record AlpacaError(
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("message")] string? Message);

[JsonSerializable(typeof(AlpacaBarsPage))]
[JsonSerializable(typeof(List<AlpacaCalendarEntry>))]
[JsonSerializable(typeof(AlpacaError))]
[JsonSerializable(typeof(AlpacaAccountWire))]
[JsonSerializable(typeof(List<AlpacaPositionWire>))]
[JsonSerializable(typeof(AlpacaAssetWire))]
[JsonSerializable(typeof(AlpacaOrderWire))]
[JsonSerializable(typeof(List<AlpacaOrderWire>))]
[JsonSerializable(typeof(AlpacaOrderRequestWire))]
[JsonSerializable(typeof(AlpacaClockWire))]
[JsonSerializable(typeof(AlpacaLatestQuotesWire))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class AlpacaJsonContext : JsonSerializerContext;
