using System.Globalization;
using System.Text;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Reports;

/// <summary>
/// The emails and the per-strategy CSV of a run (PIPELINE.md §9). Pure: a <see cref="RunSummary"/> in, text out; no
/// clock, no I/O. Everything is written with the invariant culture, and nothing in it holds a secret or an account
/// number (a run summary has none). Thread-safe.
/// </summary>
public static class RunReport
{
    /// <summary>The MIME type of the CSV attachment.</summary>
    public const string CsvContentType = "text/csv";

    /// <summary>Where a run's summary JSON is stored.</summary>
    public static string SummaryKey(string instanceId) => ObjectKey.ForId("reports", instanceId, ".json");

    /// <summary>Where a run's per-strategy CSV is stored.</summary>
    public static string CsvKey(string instanceId, DateOnly tradingDate) =>
        ObjectKey.ForId("reports", instanceId, "-" + CsvFileName(tradingDate));

    /// <summary><c>alchemiser-yyyy-MM-dd-strategies.csv</c> (§9.4).</summary>
    public static string CsvFileName(DateOnly tradingDate) =>
        string.Create(CultureInfo.InvariantCulture, $"alchemiser-{tradingDate:yyyy-MM-dd}-strategies.csv");

    /// <summary>
    /// The daily summary (§9.3): run status, account, consolidated portfolio, strategies, trades, failures and data, as
    /// an HTML document and the same content as plain text, with the per-strategy CSV attached.
    /// </summary>
    /// <param name="summary">The run.</param>
    /// <param name="mode">The subject prefix.</param>
    /// <returns>The email, or <see langword="null"/> when the run did not reach planning
    /// (<see cref="RunSummary.HasDailySummary"/> is false).</returns>
    /// <remarks>The subject's order count is the execution's orders placed (0 when nothing was executed) and its failed
    /// count the items that did not fill completely (failed, unfilled or partially filled): what the trader must look at.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static Notification? DailySummary(RunSummary summary, NotificationMode mode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!summary.HasDailySummary)
            return null;
        var totals = summary.Execution?.Summary?.Totals;
        var failed = totals?.Shortfalls ?? 0;
        var orders = totals?.OrdersPlaced ?? 0;
        var document = SummaryReport.Build(summary, mode);
        return new Notification
        {
            Kind = NotificationKind.DailySummary,
            InstanceId = summary.InstanceId,
            Subject = NotificationSubjects.Summary(mode, summary.TradingDate, summary.Outcome, orders, failed),
            HtmlBody = ReportHtml.Render(document),
            TextBody = ReportText.Render(document),
            Attachments = [new NotificationAttachment(CsvFileName(summary.TradingDate), CsvContentType, StrategyCsvBytes(summary))],
        };
    }

    /// <summary>
    /// The failure alert (§9.1): what happened and why, what was not done (and what was, when trading stopped
    /// half-way), the run's facts with the strategy diagnostics, and what the operator can do.
    /// </summary>
    /// <param name="summary">The run.</param>
    /// <param name="mode">The subject prefix.</param>
    /// <returns>The email, or <see langword="null"/> when the run needs none (<see cref="RunSummary.NeedsAlert"/> is
    /// false: a success, partial, no-trades or dry run, or a holiday skip).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static Notification? Alert(RunSummary summary, NotificationMode mode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!summary.NeedsAlert)
            return null;
        var reason = string.IsNullOrWhiteSpace(summary.Reason) ? NotificationSubjects.StatusText(summary.Outcome).ToLowerInvariant() : summary.Reason;
        var document = AlertReport.Build(summary, mode);
        return new Notification
        {
            Kind = NotificationKind.FailureAlert,
            InstanceId = summary.InstanceId,
            Subject = NotificationSubjects.Alert(mode, summary.TradingDate, reason),
            HtmlBody = ReportHtml.Render(document),
            TextBody = ReportText.Render(document),
        };
    }

    /// <summary>The per-strategy CSV (§9.4) as UTF-8 bytes, without a byte order mark.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static byte[] StrategyCsvBytes(RunSummary summary) => Encoding.UTF8.GetBytes(StrategyCsv(summary));

    /// <summary>
    /// The per-strategy CSV (§9.4): a header with exactly the columns <c>trading_date, instance_id, strategy_id, file,
    /// allocation, normalised_allocation, status, symbol, strategy_weight, contribution, target_value_usd,
    /// attributed_planned_usd, attributed_filled_usd, attributed_slippage_usd, threshold, drift, error</c>, then one row
    /// per (strategy, symbol) in portfolio then symbol order. RFC 4180: CRLF line ends, fields with a comma, quote, CR or
    /// LF quoted with quotes doubled.
    /// </summary>
    /// <remarks>
    /// <para>status is <c>ok</c>, <c>held</c> (by its rebalance threshold), <c>reused-previous</c> (failed, covered by
    /// hold-previous) or <c>failed</c> (one row, empty symbol, the diagnostic's headline in error). Rows of
    /// attribution ids outside today's portfolio (a full exit's) have status <c>unattributed</c> or
    /// <c>not-in-portfolio</c>.</para>
    /// <para>strategy_weight is U_k (the merged weights, W_k when it was not merged); contribution c_k,s;
    /// target_value_usd = c_k,s × Dep; attributed_*_usd = |Δ_s|, the filled notional and the slippage dollars of the
    /// symbol's item times the strategy's attribution share, split in whole cents so that each symbol's parts add up
    /// to the item's dollars. Money has 2 decimals, weights and fractions 6; a field is empty when its value does
    /// not exist (no plan, nothing executed, no threshold).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string StrategyCsv(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return StrategyCsvWriter.Write(summary);
    }
}
