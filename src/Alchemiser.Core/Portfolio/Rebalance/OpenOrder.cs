using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>An order still working at the broker when the plan is made.</summary>
/// <param name="ClientOrderId">The client order id the broker reports; <see langword="null"/> when it has none.</param>
/// <param name="Symbol">The order's symbol.</param>
public sealed record OpenOrder(string? ClientOrderId, Symbol Symbol);
