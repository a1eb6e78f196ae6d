using System.Globalization;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Ledger;

namespace Alchemiser.Infrastructure.Ledger;

/// <summary>
/// The stored form of a <see cref="LedgerEntry"/>, shared by the SQLite and Table adapters: named columns holding
/// text, a 64-bit integer or nothing. Decimals are invariant text (<see cref="decimal.ToString(IFormatProvider)"/> keeps
/// value and scale), timestamps round-trip UTC text (<c>O</c>), the attribution JSON with decimals as text.
/// </summary>
internal static class LedgerColumns
{
    public const string ClientOrderId = nameof(LedgerEntry.ClientOrderId);
    public const string TradingDate = nameof(LedgerEntry.TradingDate);
    public const string InstanceId = nameof(LedgerEntry.InstanceId);

    /// <summary>Every column, in table order; the client order id first.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        ClientOrderId, nameof(LedgerEntry.LedgerId), InstanceId, nameof(LedgerEntry.PlanId), TradingDate,
        nameof(LedgerEntry.BrokerOrderId), nameof(LedgerEntry.Step), nameof(LedgerEntry.OrderType),
        nameof(LedgerEntry.Symbol), nameof(LedgerEntry.Side), nameof(LedgerEntry.LimitPrice),
        nameof(LedgerEntry.FilledQuantity), nameof(LedgerEntry.AverageFillPrice), nameof(LedgerEntry.Notional),
        nameof(LedgerEntry.SubmittedAt), nameof(LedgerEntry.FirstFillAt), nameof(LedgerEntry.LastFillAt),
        nameof(LedgerEntry.TimeToFillMs), nameof(LedgerEntry.ArrivalBid), nameof(LedgerEntry.ArrivalAsk),
        nameof(LedgerEntry.ArrivalMid), nameof(LedgerEntry.QuoteTime), nameof(LedgerEntry.SpreadBps),
        nameof(LedgerEntry.SlippagePerShare), nameof(LedgerEntry.SlippageBps), nameof(LedgerEntry.SlippageDollars),
        nameof(LedgerEntry.Attribution),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored values of <paramref name="entry"/>, in <see cref="Names"/> order (string, long or null).</summary>
    public static object?[] ToValues(LedgerEntry entry) =>
    [
        entry.ClientOrderId, entry.LedgerId, entry.InstanceId.Value, entry.PlanId, Date(entry.TradingDate),
        entry.BrokerOrderId, (long)entry.Step, OrderTypeName(entry.OrderType), entry.Symbol.Value, SideName(entry.Side),
        Dec(entry.LimitPrice), Dec(entry.FilledQuantity), Dec(entry.AverageFillPrice), Dec(entry.Notional),
        Time(entry.SubmittedAt), Time(entry.FirstFillAt), Time(entry.LastFillAt), entry.TimeToFillMs,
        Dec(entry.ArrivalBid), Dec(entry.ArrivalAsk), Dec(entry.ArrivalMid), Time(entry.QuoteTime), Dec(entry.SpreadBps),
        Dec(entry.SlippagePerShare), Dec(entry.SlippageBps), Dec(entry.SlippageDollars),
        JsonSerializer.Serialize(entry.Attribution.Select(a => new AttributionWire(a.StrategyId, Dec(a.Share), Dec(a.Notional), Dec(a.SlippageDollars))), Json),
    ];

    /// <summary>Rebuilds an entry from stored values; <paramref name="get"/> returns null for an absent column.</summary>
    /// <exception cref="InvalidDataException">A required column is missing or malformed.</exception>
    public static LedgerEntry FromValues(Func<string, object?> get)
    {
        string Text(string name) => get(name) as string ?? throw new InvalidDataException($"ledger column {name} is missing");
        decimal Decimal(string name) => ParseDec(Text(name));

        var attribution = JsonSerializer.Deserialize<List<AttributionWire>>(Text(nameof(LedgerEntry.Attribution)), Json)
            ?? throw new InvalidDataException("ledger attribution is null");
        return new LedgerEntry
        {
            ClientOrderId = Text(ClientOrderId),
            LedgerId = Text(nameof(LedgerEntry.LedgerId)),
            InstanceId = Core.Execution.InstanceId.Parse(Text(InstanceId)),
            PlanId = Text(nameof(LedgerEntry.PlanId)),
            TradingDate = DateOnly.ParseExact(Text(TradingDate), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BrokerOrderId = Text(nameof(LedgerEntry.BrokerOrderId)),
            Step = checked((int)Integer(get(nameof(LedgerEntry.Step)) ?? throw new InvalidDataException("ledger column Step is missing"))),
            OrderType = ParseOrderType(Text(nameof(LedgerEntry.OrderType))),
            Symbol = Symbol.Parse(Text(nameof(LedgerEntry.Symbol))),
            Side = ParseSide(Text(nameof(LedgerEntry.Side))),
            LimitPrice = get(nameof(LedgerEntry.LimitPrice)) is string limit ? ParseDec(limit) : null,
            FilledQuantity = Decimal(nameof(LedgerEntry.FilledQuantity)),
            AverageFillPrice = Decimal(nameof(LedgerEntry.AverageFillPrice)),
            Notional = Decimal(nameof(LedgerEntry.Notional)),
            SubmittedAt = ParseTime(Text(nameof(LedgerEntry.SubmittedAt))),
            FirstFillAt = get(nameof(LedgerEntry.FirstFillAt)) is string first ? ParseTime(first) : null,
            LastFillAt = get(nameof(LedgerEntry.LastFillAt)) is string last ? ParseTime(last) : null,
            TimeToFillMs = get(nameof(LedgerEntry.TimeToFillMs)) is { } ms ? Integer(ms) : null,
            ArrivalBid = Decimal(nameof(LedgerEntry.ArrivalBid)),
            ArrivalAsk = Decimal(nameof(LedgerEntry.ArrivalAsk)),
            ArrivalMid = Decimal(nameof(LedgerEntry.ArrivalMid)),
            QuoteTime = ParseTime(Text(nameof(LedgerEntry.QuoteTime))),
            SpreadBps = Decimal(nameof(LedgerEntry.SpreadBps)),
            SlippagePerShare = Decimal(nameof(LedgerEntry.SlippagePerShare)),
            SlippageBps = Decimal(nameof(LedgerEntry.SlippageBps)),
            SlippageDollars = Decimal(nameof(LedgerEntry.SlippageDollars)),
            Attribution = [.. attribution.Select(a => new LedgerAttribution(
                a.StrategyId, ParseDec(a.Share), ParseDec(a.Notional), ParseDec(a.SlippageDollars)))],
        };
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Rows in listing order: trading date, then client order id (ordinal).</summary>
    public static List<LedgerEntry> Sorted(List<LedgerEntry> entries)
    {
        entries.Sort((a, b) =>
        {
            var byDate = a.TradingDate.CompareTo(b.TradingDate);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.ClientOrderId, b.ClientOrderId);
        });
        return entries;
    }

    private static long Integer(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Dec(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal ParseDec(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string OrderTypeName(LedgerOrderType type) => type switch
    {
        LedgerOrderType.Limit => "limit",
        LedgerOrderType.MarketableLimit => "marketable-limit",
        LedgerOrderType.Market => "market",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a defined order type"),
    };

    private static LedgerOrderType ParseOrderType(string text) => text switch
    {
        "limit" => LedgerOrderType.Limit,
        "marketable-limit" => LedgerOrderType.MarketableLimit,
        "market" => LedgerOrderType.Market,
        _ => throw new InvalidDataException($"unknown ledger order type '{text}'"),
    };

    private static string SideName(OrderSide side) => side switch
    {
        OrderSide.Buy => "buy",
        OrderSide.Sell => "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
    };

    private static OrderSide ParseSide(string text) => text switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new InvalidDataException($"unknown ledger side '{text}'"),
    };

    /// <summary>One attribution item in the stored JSON, decimals as text.</summary>
    private sealed record AttributionWire(string StrategyId, string Share, string Notional, string SlippageDollars);
}
