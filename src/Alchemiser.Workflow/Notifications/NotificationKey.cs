using System.Globalization;

namespace Alchemiser.Workflow.Notifications;

/// <summary>Identifies one notification of one run: at most one of each kind is sent per instance.</summary>
/// <param name="InstanceId">The run's instance id (the trading date, or <c>2026-11-24#2</c> for a forced rerun).</param>
/// <param name="Kind">The kind of notification.</param>
public readonly record struct NotificationKey(string InstanceId, NotificationKind Kind)
{
    /// <summary><c>instance/kind</c>, e.g. <c>2026-11-24/DailySummary</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{InstanceId}/{Kind}");
}
