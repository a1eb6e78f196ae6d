using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;

namespace Alchemiser.Workflow.Reports;

/// <summary>How the emails write numbers, times and enum values: invariant culture, always.</summary>
internal static class ReportFormat
{
    /// <summary>Shown for a value that does not exist (not executed, not evaluated).</summary>
    public const string None = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><c>$1,234.56</c>, <c>-$1,234.56</c>.</summary>
    public static string Money(decimal value) =>
        (value < 0 ? "-$" : "$") + Math.Abs(value).ToString("N2", Invariant);

    /// <summary>A fraction as a percentage: 0.475 → <c>47.50 %</c>.</summary>
    public static string Percent(double fraction, int decimals = 2) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("F" + decimals.ToString(Invariant), Invariant) + " %" : None;

    /// <summary>A fraction as a percentage: 0.475 → <c>47.50 %</c>.</summary>
    public static string Percent(decimal fraction, int decimals = 2) =>
        (fraction * 100).ToString("F" + decimals.ToString(Invariant), Invariant) + " %";

    /// <summary>Shares, up to 6 decimals: <c>12.5</c>.</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("0.######", Invariant);

    /// <summary>A price with at least 2 and at most 4 decimals: <c>$101.2345</c>.</summary>
    public static string Price(decimal price) => "$" + price.ToString("#,0.00##", Invariant);

    /// <summary>Basis points, 2 decimals.</summary>
    public static string Bps(decimal bps) => bps.ToString("F2", Invariant);

    /// <summary>A plain number.</summary>
    public static string Number(decimal value) => value.ToString(Invariant);

    /// <summary>A count.</summary>
    public static string Count(int value) => value.ToString(Invariant);

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary><c>2026-11-24 15:45:02 ET (20:45:02 UTC)</c>; the UTC date is added when it is another day.</summary>
    public static string Time(DateTime utc)
    {
        var at = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var et = TimeZoneInfo.ConvertTimeFromUtc(at, NyseCalendar.TimeZone);
        var utcText = et.Date == at.Date ? at.ToString("HH:mm:ss", Invariant) : at.ToString("yyyy-MM-dd HH:mm:ss", Invariant);
        return string.Create(Invariant, $"{et:yyyy-MM-dd HH:mm:ss} ET ({utcText} UTC)");
    }

    /// <summary><c>2 min 14 s</c>.</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            return None;
        var seconds = (long)Math.Round(duration.TotalSeconds);
        return seconds < 60
            ? string.Create(Invariant, $"{seconds} s")
            : string.Create(Invariant, $"{seconds / 60} min {seconds % 60} s");
    }

    /// <summary>How the run was started, in words.</summary>
    public static string Kind(RunKind kind) => kind switch
    {
        RunKind.Scheduled => "scheduled",
        RunKind.Manual => "manual",
        RunKind.Forced => "forced (--force)",
        RunKind.DryRun => "dry run (--dry-run)",
        _ => kind.ToString(),
    };

    /// <summary>The broker's mode, in words.</summary>
    public static string Mode(BrokerMode mode) => mode switch
    {
        BrokerMode.Simulated => "simulated",
        BrokerMode.Paper => "paper",
        BrokerMode.Live => "live",
        _ => mode.ToString(),
    };

    /// <summary><c>BUY</c>, <c>SELL</c>, <c>HOLD</c>.</summary>
    public static string Side(RebalanceSide side) => side switch
    {
        RebalanceSide.Buy => "BUY",
        RebalanceSide.Sell => "SELL",
        _ => "HOLD",
    };

    /// <summary>Why a plan item is what it is, in words.</summary>
    public static string Reason(RebalanceReason reason) => reason switch
    {
        RebalanceReason.New => "new",
        RebalanceReason.Increase => "increase",
        RebalanceReason.Decrease => "decrease",
        RebalanceReason.Exit => "exit",
        RebalanceReason.HoldBelowMinimum => "hold below minimum",
        RebalanceReason.Scaled => "scaled",
        RebalanceReason.NotTradable => "not tradable",
        _ => reason.ToString(),
    };

    /// <summary>How an item ended, in words.</summary>
    public static string Status(ExecutionItemStatus status) => status switch
    {
        ExecutionItemStatus.Filled => "filled",
        ExecutionItemStatus.PartiallyFilled => "partially filled",
        ExecutionItemStatus.Unfilled => "unfilled",
        ExecutionItemStatus.Failed => "failed",
        ExecutionItemStatus.Skipped => "skipped",
        _ => status.ToString(),
    };

    /// <summary>Why an item fell short, in words.</summary>
    public static string Reason(ExecutionReason reason) => reason switch
    {
        ExecutionReason.None => "",
        ExecutionReason.NotTradable => "not tradable",
        ExecutionReason.RoundsToZero => "quantity rounds to zero",
        ExecutionReason.NoQuote => "no usable quote",
        ExecutionReason.SpreadTooWide => "spread too wide",
        ExecutionReason.PriceCap => "price beyond the slippage cap",
        ExecutionReason.Rejected => "rejected by the broker",
        ExecutionReason.MarketClosed => "market closed",
        ExecutionReason.TooLate => "too late to start",
        ExecutionReason.CancelUnconfirmed => "cancel not confirmed",
        ExecutionReason.BuysBlocked => "buys blocked",
        ExecutionReason.CircuitBreaker => "circuit breaker",
        ExecutionReason.BuyingPower => "not enough buying power",
        _ => reason.ToString(),
    };

    /// <summary>An item's status with its reason and the broker's words: <c>failed: rejected by the broker (insufficient qty)</c>.</summary>
    public static string Outcome(ExecutionItemSummary item)
    {
        var text = Status(item.Status);
        var reason = Reason(item.Reason);
        if (reason.Length > 0)
            text += ": " + reason;
        if (!string.IsNullOrWhiteSpace(item.BrokerReason))
            text += " (" + item.BrokerReason.Trim() + ")";
        return text;
    }
}
