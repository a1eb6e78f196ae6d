using Alchemiser.Core.Execution;

namespace Alchemiser.Workflow.Ledger;

/// <summary>
/// The trade ledger (PIPELINE.md §8): one row per broker order that filled anything, keyed by client order id.
/// </summary>
/// <remarks>
/// <para>Writes are idempotent upserts (§7.2): writing a row whose client order id exists replaces it entirely, so a
/// replayed execution rewrites the same row instead of adding one. Stores keep decimals exactly (value and scale) and
/// timestamps to the tick.</para>
/// <para>Listings return every matching row, following every continuation the store hands back (§11 item 9), in
/// trading-date then ordinal client-order-id order.</para>
/// <para>Every member is safe to call concurrently.</para>
/// </remarks>
public interface ITradeLedger
{
    /// <summary>Inserts the row, or replaces the row with the same client order id.</summary>
    /// <exception cref="ArgumentException">The entry is not valid (see <see cref="LedgerEntryRules"/>).</exception>
    Task UpsertAsync(LedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The row of <paramref name="clientOrderId"/>, or <see langword="null"/>.</summary>
    Task<LedgerEntry?> FindAsync(string clientOrderId, CancellationToken cancellationToken = default);

    /// <summary>Every row whose trading date is from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Every row of one run.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListByInstanceAsync(InstanceId instanceId, CancellationToken cancellationToken = default);
}
