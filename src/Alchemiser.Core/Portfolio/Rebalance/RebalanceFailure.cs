using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>A plan that could not be made: an expected rejection, reported as data.</summary>
/// <param name="Reason">The typed reason.</param>
/// <param name="Symbols">The symbols concerned, ordinal.</param>
/// <param name="Message">A sentence for the email and the run history, e.g. "open orders present: SPY (abc-1)".</param>
public sealed record RebalanceFailure(RebalanceFailureReason Reason, IReadOnlyList<Symbol> Symbols, string Message);
