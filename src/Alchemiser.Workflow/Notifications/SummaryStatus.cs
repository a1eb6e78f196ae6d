namespace Alchemiser.Workflow.Notifications;

/// <summary>The status a daily summary reports (PIPELINE.md §9.1), written in capitals in the subject.</summary>
public enum SummaryStatus
{
    /// <summary>Every item filled, or skipped by rule: <c>SUCCESS</c>.</summary>
    Success,

    /// <summary>The run completed but some item failed or is unfilled: <c>PARTIAL</c>.</summary>
    Partial,

    /// <summary>Nothing to buy or sell: <c>NO TRADES</c>.</summary>
    NoTrades,

    /// <summary>A strategy failed and the documented degraded mode was used: <c>DEGRADED</c>.</summary>
    Degraded,

    /// <summary>The run could not complete its trading, or a guard tripped: <c>FAILED</c>.</summary>
    Failed,

    /// <summary>Planned without placing orders: <c>DRY RUN</c>.</summary>
    DryRun,
}
