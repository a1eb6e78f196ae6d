using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The simulated broker's fill rule, applied once when an order arrives while the simulated market is open. Orders
/// fill completely or not at all.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A market order fills at the far side: a BUY at the ask, a SELL at the bid.</item>
/// <item>A limit order that crosses the quote (BUY limit ≥ ask, SELL limit ≤ bid) fills at the far side, which is
/// never worse than its limit.</item>
/// <item>A limit order at the mid or better but inside the spread (mid ≤ BUY limit &lt; ask, bid &lt; SELL limit ≤
/// mid) fills at its limit: a patient order at the mid meets the other side halfway, so the first step of the walk
/// (PIPELINE.md §6.5), placed at the mid, fills there.</item>
/// <item>Any other limit order (below the mid for a BUY, above it for a SELL) does not fill: it keeps working until
/// it is canceled or its session ends.</item>
/// </list>
/// </remarks>
internal static class SimulatedFills
{
    /// <summary>The price the order fills at against <paramref name="quote"/>, or null when it does not fill.</summary>
    public static decimal? PriceOf(OrderSide side, OrderType type, decimal? limitPrice, Quote quote)
    {
        if (type == OrderType.Market)
            return side == OrderSide.Buy ? quote.Ask : quote.Bid;
        var limit = limitPrice ?? throw new ArgumentNullException(nameof(limitPrice), "a limit order needs a limit price");
        return side switch
        {
            OrderSide.Buy when limit >= quote.Ask => quote.Ask,
            OrderSide.Buy when limit >= quote.Mid => limit,
            OrderSide.Sell when limit <= quote.Bid => quote.Bid,
            OrderSide.Sell when limit <= quote.Mid => limit,
            _ => null,
        };
    }
}
