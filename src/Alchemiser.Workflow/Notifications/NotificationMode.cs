namespace Alchemiser.Workflow.Notifications;

/// <summary>How the run traded, shown as the subject prefix (PIPELINE.md §9.2).</summary>
public enum NotificationMode
{
    /// <summary>The simulated broker of the embedded default: <c>[SIM]</c>.</summary>
    Simulated,

    /// <summary>Alpaca paper trading: <c>[PAPER]</c>.</summary>
    Paper,

    /// <summary>Alpaca live trading with real money: <c>[LIVE]</c>.</summary>
    Live,

    /// <summary>Planned without placing orders (<c>--dry-run</c>), whatever the broker: <c>[DRY RUN]</c>.</summary>
    DryRun,
}
