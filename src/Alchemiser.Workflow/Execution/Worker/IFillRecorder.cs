namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// Where the worker reports each order that reached a terminal state with fills (PIPELINE.md §6.7, §8); adapted to the
/// trade ledger.
/// </summary>
/// <remarks>At-least-once: after a crash or a redelivery the same fill is reported again, so implementations upsert
/// by <see cref="FillRecord.ClientOrderId"/>. A failure propagates and leaves the plan to be redelivered.</remarks>
public interface IFillRecorder
{
    /// <summary>Records one order's fills; idempotent by client order id.</summary>
    Task RecordAsync(FillRecord fill, CancellationToken cancellationToken);
}
