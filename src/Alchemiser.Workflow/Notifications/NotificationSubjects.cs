using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// Builds the subject lines of PIPELINE.md §9.2: <c>[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed</c> for
/// the summary and <c>[PAPER] ALERT Alchemiser 2026-11-24: &lt;short reason&gt;</c> for alerts.
/// </summary>
/// <remarks>
/// Subjects never contain secrets or account numbers: the summary is built from enums and counts only, and an alert's
/// reason is made one line, stripped of anything that looks like a credential (<c>key=…</c>, <c>password: …</c>, long
/// tokens mixing letters and digits) or an account number (six digits or more), and shortened to
/// <see cref="MaxReasonLength"/> characters. Thread-safe.
/// </remarks>
public static partial class NotificationSubjects
{
    /// <summary>The longest alert reason kept in a subject; a longer one is cut and ends with an ellipsis.</summary>
    public const int MaxReasonLength = 100;

    private const string Redacted = "[redacted]";

    /// <summary>The subject prefix of a broker's mode when orders are placed.</summary>
    public static NotificationMode ModeOf(BrokerMode broker) => broker switch
    {
        BrokerMode.Simulated => NotificationMode.Simulated,
        BrokerMode.Paper => NotificationMode.Paper,
        BrokerMode.Live => NotificationMode.Live,
        _ => throw new ArgumentOutOfRangeException(nameof(broker), broker, "unknown broker mode"),
    };

    /// <summary><c>[MODE] Alchemiser yyyy-MM-dd: STATUS — n orders, f failed</c> (the counts are written as they are,
    /// "orders" even for one).</summary>
    /// <param name="mode">How the run traded.</param>
    /// <param name="tradingDate">The trading date of the run.</param>
    /// <param name="status">The run's status.</param>
    /// <param name="orders">Orders placed (not negative).</param>
    /// <param name="failed">Orders or items that failed (not negative).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or an enum value is unknown.</exception>
    public static string Summary(NotificationMode mode, DateOnly tradingDate, RunOutcome status, int orders, int failed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orders);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{Prefix(mode)}] Alchemiser {tradingDate:yyyy-MM-dd}: {StatusText(status)} — {orders} orders, {failed} failed");
    }

    /// <summary><c>[MODE] ALERT Alchemiser yyyy-MM-dd: &lt;short reason&gt;</c>.</summary>
    /// <param name="mode">How the run traded.</param>
    /// <param name="tradingDate">The trading date of the run.</param>
    /// <param name="reason">Why the alert is sent, e.g. <c>strategy nuclear failed</c>; made safe as described in the
    /// remarks of <see cref="NotificationSubjects"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static string Alert(NotificationMode mode, DateOnly tradingDate, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{Prefix(mode)}] ALERT Alchemiser {tradingDate:yyyy-MM-dd}: {ShortReason(reason)}");
    }

    /// <summary>The text of a mode in the subject prefix: <c>SIM</c>, <c>PAPER</c>, <c>LIVE</c> or <c>DRY RUN</c>.</summary>
    public static string Prefix(NotificationMode mode) => mode switch
    {
        NotificationMode.Simulated => "SIM",
        NotificationMode.Paper => "PAPER",
        NotificationMode.Live => "LIVE",
        NotificationMode.DryRun => "DRY RUN",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown notification mode"),
    };

    /// <summary>The text of a status in the subject: <c>SUCCESS</c>, <c>PARTIAL</c>, <c>NO TRADES</c>,
    /// <c>DEGRADED</c>, <c>FAILED</c>, <c>DRY RUN</c> or <c>SKIPPED</c>.</summary>
    public static string StatusText(RunOutcome status) => status switch
    {
        RunOutcome.Success => "SUCCESS",
        RunOutcome.Partial => "PARTIAL",
        RunOutcome.NoTrades => "NO TRADES",
        RunOutcome.Degraded => "DEGRADED",
        RunOutcome.Failed => "FAILED",
        RunOutcome.DryRun => "DRY RUN",
        RunOutcome.Skipped => "SKIPPED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown run outcome"),
    };

    private static string ShortReason(string reason)
    {
        var text = Whitespace().Replace(reason, " ").Trim();
        text = Credential().Replace(text, m => m.Groups["name"].Value + "=" + Redacted);
        text = Token().Replace(text, Redacted);
        text = LongNumber().Replace(text, Redacted);
        if (text.Length <= MaxReasonLength)
            return text;
        var cut = new StringBuilder(text, 0, MaxReasonLength - 1, MaxReasonLength);
        if (char.IsHighSurrogate(cut[^1]))
            cut.Length--;
        return cut.ToString().TrimEnd() + "…";
    }

    // Control characters (CR/LF would let a reason inject headers) and runs of white space become one space.
    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"(?<name>\b[\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|key[_-]?id|key|authorization|bearer)\b)\s*[:=]\s*[^\s,;]+",
        RegexOptions.IgnoreCase)]
    private static partial Regex Credential();

    // 20 or more characters of a key alphabet that mix letters and digits (API keys, client secrets, SAS signatures).
    [GeneratedRegex(@"(?=[A-Za-z0-9+/_=]*[0-9])(?=[A-Za-z0-9+/_=]*[A-Za-z])[A-Za-z0-9+/_=]{20,}")]
    private static partial Regex Token();

    // Account numbers: six digits or more in a row (dates, prices and counts are shorter runs).
    [GeneratedRegex(@"\d{6,}")]
    private static partial Regex LongNumber();
}
