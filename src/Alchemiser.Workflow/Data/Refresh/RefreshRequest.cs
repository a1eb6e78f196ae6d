using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Data.Refresh;

/// <summary>What to refresh.</summary>
/// <param name="Symbols">The symbols (normally every symbol the configured strategies need).</param>
/// <param name="Since">First session to fetch for a symbol with no stored bars, or for <paramref name="Full"/>;
/// default <see cref="BarRefresher.DefaultStart"/>.</param>
/// <param name="Full">Refetch and rewrite every symbol's whole history.</param>
public sealed record RefreshRequest(IReadOnlyCollection<Symbol> Symbols, DateOnly? Since = null, bool Full = false);

/// <summary>What happened to one symbol.</summary>
public enum RefreshOutcome
{
    /// <summary>Already holds the last completed session: nothing fetched.</summary>
    UpToDate,

    /// <summary>No bars were stored; the history was fetched.</summary>
    Created,

    /// <summary>New sessions were appended.</summary>
    Appended,

    /// <summary>The provider's adjusted history changed (a split or dividend re-adjusted the past), or a full
    /// refresh was asked: the whole history was rewritten.</summary>
    Rewritten,

    /// <summary>The provider returned nothing new.</summary>
    NoNewData,

    /// <summary>The fetch or the write failed; the stored bars are unchanged.</summary>
    Failed,
}

/// <summary>One symbol's refresh.</summary>
public sealed record SymbolRefresh(Symbol Symbol, RefreshOutcome Outcome, int BarsAdded, DateOnly? FirstDate, DateOnly? LastDate, string? Detail = null);

/// <summary>Progress: <paramref name="Completed"/> of <paramref name="Total"/> symbols done, the last being <paramref name="Symbol"/>.</summary>
public readonly record struct RefreshProgress(Symbol Symbol, int Completed, int Total);
