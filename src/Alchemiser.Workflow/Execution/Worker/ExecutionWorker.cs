using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// Executes a rebalance plan at the broker (PIPELINE.md §6): sells, the buy-phase checks, buys, each item walking the
/// book, with the state persisted after every change so that a replay resumes and never restarts (§7).
/// </summary>
/// <remarks>
/// <para><b>Record.</b> The execution record lives in the object store under <c>executions/&lt;plan id&gt;.json</c>.
/// It holds per item the arrival quote and quantity (written before the first order) and per step the client order
/// id and outcome. A terminal record makes <see cref="ExecuteAsync"/> return the stored summary and place nothing
/// (duplicate delivery).</para>
/// <para><b>Idempotency.</b> Client order ids are <see cref="Core.Execution.ClientOrderId.For"/>(plan id, symbol,
/// side, step). Before any order is placed its id is looked up at the broker and an existing order is adopted (state
/// and fills); a duplicate-id refusal is handled the same way. So a crash between a submission and its record, or a
/// second delivery of the plan, never doubles an order.</para>
/// <para><b>Failures.</b> A broker or store exception (including a failed lookup) propagates: the caller leaves the
/// message to be redelivered and the next call resumes from the record. Expected outcomes (rejections, refusals,
/// guards) are typed reasons in the summary.</para>
/// <para><b>Thread safety.</b> One call per plan at a time; different plans may run concurrently on one worker.</para>
/// </remarks>
public sealed class ExecutionWorker
{
    private readonly IBroker _broker;
    private readonly IObjectStore _store;
    private readonly IFillRecorder _fills;
    private readonly TimeProvider _time;

    /// <summary>Creates a worker.</summary>
    /// <param name="broker">Where orders go.</param>
    /// <param name="store">Where execution records live.</param>
    /// <param name="fills">Receives each terminal order with fills (the trade ledger).</param>
    /// <param name="timeProvider">Waits and timestamps; default <see cref="TimeProvider.System"/>.</param>
    public ExecutionWorker(IBroker broker, IObjectStore store, IFillRecorder fills, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(fills);
        _broker = broker;
        _store = store;
        _fills = fills;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Executes <paramref name="plan"/>, or resumes its execution, and returns the summary.</summary>
    /// <param name="plan">The plan; its id keys the record and the client order ids.</param>
    /// <param name="settings">Waits, prices and guards; see <see cref="ExecutionSettings.Default"/>.</param>
    /// <param name="cancellationToken">Stops the execution where it is; the next call resumes from the record.</param>
    /// <returns>The summary, also stored in the record. A terminal record returns its stored summary unchanged.</returns>
    /// <exception cref="ArgumentException">A setting is out of range, or the plan id is the default value.</exception>
    /// <exception cref="InvalidDataException">The stored record does not match the plan.</exception>
    public async Task<ExecutionSummary> ExecuteAsync(RebalancePlan plan, ExecutionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        if (plan.PlanId.Value is null)
            throw new ArgumentException("the plan id is the default value", nameof(plan));
        settings.Validate();
        var journal = await ExecutionJournal.LoadOrCreateAsync(_store, plan, cancellationToken);
        if (journal.Record.Summary is { } stored)
            return stored;
        var run = new ExecutionRun(_broker, _fills, _time, plan, settings, journal);
        return await run.RunAsync(cancellationToken);
    }
}
