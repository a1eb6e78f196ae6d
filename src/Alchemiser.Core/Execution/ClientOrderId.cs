using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Execution;

/// <summary>
/// The deterministic client order id of one order of a run (PIPELINE.md §7.2):
/// <c>base "-" side "-" sym "-" step</c>, e.g. <c>20261124-S-TQQQ-0</c> or <c>20261124r2-B-BRK.B-3</c>.
/// </summary>
/// <remarks>
/// A pure function of (instance id, symbol, side, step): a replay recomputes the same id and adopts the existing
/// order instead of placing another. Base: <c>yyyyMMdd</c> for a day's first instance, <c>yyyyMMdd"r"n</c> for
/// rerun n, <c>"x"</c> + the first 10 lower-case hex digits of SHA-256(UTF-8 id) for any other instance id. Sym is
/// the canonical ticker with <c>/</c> written as <c>.</c>; when the id would exceed <see cref="MaxLength"/> it is
/// replaced by the first 8 lower-case hex digits of SHA-256(UTF-8 sym). Immutable.
/// </remarks>
public readonly record struct ClientOrderId
{
    /// <summary>The longest client order id, in characters (Alpaca accepts 48).</summary>
    public const int MaxLength = 48;

    /// <summary>The highest step: 0–2 are the limit steps, 3 the final marketable step (§6.5).</summary>
    public const int MaxStep = 3;

    private ClientOrderId(string value) => Value = value;

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>The client order id of step <paramref name="step"/> of the order for (instance, symbol, side).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not 0–3, or <paramref name="side"/>
    /// is not a defined side.</exception>
    /// <exception cref="ArgumentException"><paramref name="instanceId"/> or <paramref name="symbol"/> is the default value.</exception>
    public static ClientOrderId For(InstanceId instanceId, Symbol symbol, OrderSide side, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, MaxStep);
        if (symbol.Value is null)
            throw new ArgumentException("the symbol is the default value", nameof(symbol));
        var sideLetter = side switch
        {
            OrderSide.Buy => 'B',
            OrderSide.Sell => 'S',
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
        };
        var prefix = BaseOf(instanceId);
        var sym = symbol.Value.Replace('/', '.');
        var text = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{sideLetter}-{sym}-{step}");
        if (text.Length > MaxLength)
            text = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{sideLetter}-{Sha256Hex(sym, 8)}-{step}");
        return new ClientOrderId(text);
    }

    /// <summary>
    /// The text every client order id of <paramref name="instanceId"/> starts with: its base followed by <c>-</c>.
    /// No other instance's ids start with it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="instanceId"/> is the default value.</exception>
    public static string PrefixFor(InstanceId instanceId) => BaseOf(instanceId) + "-";

    /// <summary>Whether <paramref name="clientOrderId"/> (as the broker reports it) was created by <paramref name="instanceId"/>.</summary>
    public static bool BelongsTo([NotNullWhen(true)] string? clientOrderId, InstanceId instanceId) =>
        clientOrderId is not null && clientOrderId.StartsWith(PrefixFor(instanceId), StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static string BaseOf(InstanceId instanceId)
    {
        if (instanceId.Value is null)
            throw new ArgumentException("the instance id is the default value", nameof(instanceId));
        if (!instanceId.IsDaily)
            return "x" + Sha256Hex(instanceId.Value, 10);
        var date = instanceId.TradingDate.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return instanceId.Run == 1 ? date : string.Create(CultureInfo.InvariantCulture, $"{date}r{instanceId.Run}");
    }

    private static string Sha256Hex(string text, int digits) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..digits];
}
