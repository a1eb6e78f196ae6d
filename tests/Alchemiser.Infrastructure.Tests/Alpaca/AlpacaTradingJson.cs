using System.Globalization;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>Bodies of the trading API and of the latest-quotes endpoint in Alpaca's documented shape: every field the
/// API sends, money and quantities as strings on the trading API, numbers on the data API.</summary>
internal static class AlpacaTradingJson
{
    public const string Account = """
        {
          "id": "e6fe16f3-64a4-4921-8928-cadf02f92f98",
          "account_number": "PA2MS0QVCQJ5",
          "status": "ACTIVE",
          "crypto_status": "ACTIVE",
          "currency": "USD",
          "buying_power": "262113.632",
          "regt_buying_power": "262113.632",
          "daytrading_buying_power": "262113.632",
          "non_marginable_buying_power": "131056.81",
          "cash": "-23140.2",
          "portfolio_value": "103820.56",
          "pattern_day_trader": false,
          "trading_blocked": false,
          "transfers_blocked": false,
          "account_blocked": false,
          "created_at": "2019-06-12T22:47:07.99658Z",
          "trade_suspended_by_user": false,
          "multiplier": "4",
          "shorting_enabled": true,
          "equity": "103820.56",
          "last_equity": "103529.24",
          "long_market_value": "126960.76",
          "short_market_value": "0",
          "initial_margin": "63480.38",
          "maintenance_margin": "38088.228",
          "last_maintenance_margin": "38088.228",
          "sma": "103529.24",
          "daytrade_count": 0
        }
        """;

    public static string Position(string symbol, string qty, string? marketValue, string avgEntryPrice, string assetClass = "us_equity") =>
        $$"""
        {"asset_id":"904837e3-3b76-47ec-b432-046db621571b","symbol":"{{symbol}}","exchange":"NYSE","asset_class":"{{assetClass}}",
         "asset_marginable":true,"avg_entry_price":"{{avgEntryPrice}}","qty":"{{qty}}","qty_available":"{{qty}}","side":"long",
         "market_value":{{Text(marketValue)}},"cost_basis":"500.0","unrealized_pl":"100.0","unrealized_plpc":"0.2",
         "unrealized_intraday_pl":"10.0","unrealized_intraday_plpc":"0.0084","current_price":"120.0","lastday_price":"119.0",
         "change_today":"0.0084"}
        """;

    public static string Asset(string symbol, bool tradable, bool fractionable, string status = "active") =>
        $$"""
        {"id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","class":"us_equity","exchange":"NYSE","symbol":"{{symbol}}",
         "name":"Berkshire Hathaway Inc. Class B","status":"{{status}}","tradable":{{Bool(tradable)}},"marginable":true,
         "maintenance_margin_requirement":30,"shortable":true,"easy_to_borrow":true,"fractionable":{{Bool(fractionable)}},
         "attributes":["fractional_eh_enabled"]}
        """;

    /// <summary>An order as <c>POST /v2/orders</c> and the order lookups answer it.</summary>
    public static string Order(
        string clientOrderId,
        string status = "accepted",
        string symbol = "BRK.B",
        string side = "buy",
        string type = "limit",
        string qty = "1.5",
        string? limitPrice = "463.21",
        string filledQty = "0",
        string? filledAvgPrice = null,
        string submittedAt = "2024-11-26T15:31:12.937734Z",
        string? filledAt = null,
        string id = "61e69015-8549-4bfd-b9c3-01e75843f47d",
        string assetClass = "us_equity") =>
        $$"""
        {"id":"{{id}}","client_order_id":"{{clientOrderId}}","created_at":"2024-11-26T15:31:12.942282Z",
         "updated_at":"2024-11-26T15:31:12.942282Z","submitted_at":"{{submittedAt}}","filled_at":{{Text(filledAt)}},
         "expired_at":null,"canceled_at":null,"failed_at":null,"replaced_at":null,"replaced_by":null,"replaces":null,
         "asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"{{symbol}}","asset_class":"{{assetClass}}","notional":null,
         "qty":"{{qty}}","filled_qty":"{{filledQty}}","filled_avg_price":{{Text(filledAvgPrice)}},"order_class":"",
         "order_type":"{{type}}","type":"{{type}}","side":"{{side}}","position_intent":"{{side}}_to_open","time_in_force":"day",
         "limit_price":{{Text(limitPrice)}},"stop_price":null,"status":"{{status}}","extended_hours":false,"legs":null,
         "trail_percent":null,"trail_price":null,"hwm":null,"subtag":null,"source":null,"expires_at":"2024-11-26T21:00:00Z"}
        """;

    public const string Clock = """
        {"timestamp":"2024-11-26T10:31:12.345678901-05:00","is_open":true,
         "next_open":"2024-11-27T09:30:00-05:00","next_close":"2024-11-26T16:00:00-05:00"}
        """;

    public const string LatestQuotes = """
        {"quotes":{
          "BRK.B":{"ap":463.3,"as":1,"ax":"V","bp":463.1,"bs":2,"bx":"V","c":["R"],"t":"2024-11-26T15:31:12.104857344Z","z":"A"},
          "SPY":{"ap":600.02,"as":3,"ax":"V","bp":599.98,"bs":5,"bx":"V","c":["R"],"t":"2024-11-26T15:31:11.5Z","z":"B"}
        }}
        """;

    /// <summary>The 422 answer of <c>POST /v2/orders</c> to a client order id already used, by an order in any state.</summary>
    public const string DuplicateClientOrderId = """{"code":40010001,"message":"client_order_id must be unique"}""";

    /// <summary>One day of <c>GET /v2/calendar</c>: <c>open</c>/<c>close</c> as HH:mm, the extended session as HHmm
    /// (04:00 to four hours after the close), settlement on the next trading day.</summary>
    public static string CalendarDay(DateOnly date, TimeOnly open, TimeOnly close, DateOnly settlementDate) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"date":"{{date:yyyy-MM-dd}}","open":"{{open:HH:mm}}","close":"{{close:HH:mm}}","session_open":"0400","session_close":"{{close.AddHours(4):HHmm}}","settlement_date":"{{settlementDate:yyyy-MM-dd}}"}""");

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    public static string At(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string Text(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Bool(bool value) => value ? "true" : "false";
}
