using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// Alpaca's order <c>status</c> and <c>type</c> in our terms. Our orders are DAY orders that are never replaced, so:
/// <list type="table">
/// <listheader><term>Alpaca status</term><description><see cref="OrderStatus"/></description></listheader>
/// <item><term><c>new</c>, <c>accepted</c>, <c>pending_new</c>, <c>accepted_for_bidding</c>, <c>pending_replace</c>,
/// <c>held</c>, <c>suspended</c>, <c>stopped</c></term><description><see cref="OrderStatus.New"/> (still working), or
/// <see cref="OrderStatus.PartiallyFilled"/> when <c>filled_qty</c> &gt; 0</description></item>
/// <item><term><c>partially_filled</c></term><description><see cref="OrderStatus.PartiallyFilled"/></description></item>
/// <item><term><c>filled</c></term><description><see cref="OrderStatus.Filled"/></description></item>
/// <item><term><c>pending_cancel</c></term><description><see cref="OrderStatus.PendingCancel"/></description></item>
/// <item><term><c>canceled</c>, <c>replaced</c></term><description><see cref="OrderStatus.Canceled"/> (a replaced
/// order is finished; its fills stay on it)</description></item>
/// <item><term><c>expired</c>, <c>done_for_day</c></term><description><see cref="OrderStatus.Expired"/> (a DAY
/// order that is done for the day will not trade again)</description></item>
/// <item><term><c>calculated</c></term><description><see cref="OrderStatus.Filled"/> when
/// <c>filled_qty</c> = <c>qty</c>, else <see cref="OrderStatus.Expired"/> (done for the day, settlement
/// pending)</description></item>
/// <item><term><c>rejected</c></term><description><see cref="OrderStatus.Rejected"/></description></item>
/// <item><term>anything else</term><description>null: the broker treats it as still working (New or
/// PartiallyFilled by fills) and logs it, so that execution cancels and waits rather than assume it is
/// over</description></item>
/// </list>
/// Types: <c>limit</c> and <c>stop_limit</c> → <see cref="OrderType.Limit"/>; <c>market</c>, <c>stop</c> and
/// <c>trailing_stop</c> → <see cref="OrderType.Market"/> (we place only limit and market orders; the others can
/// appear only in listings of orders placed by hand).
/// </summary>
internal static class AlpacaOrderStatuses
{
    public static OrderStatus? ToStatus(string? status, decimal quantity, decimal filledQuantity) => status switch
    {
        "new" or "accepted" or "pending_new" or "accepted_for_bidding" or "pending_replace" or "held" or "suspended" or "stopped" =>
            filledQuantity > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "partially_filled" => OrderStatus.PartiallyFilled,
        "filled" => OrderStatus.Filled,
        "pending_cancel" => OrderStatus.PendingCancel,
        "canceled" or "replaced" => OrderStatus.Canceled,
        "expired" or "done_for_day" => OrderStatus.Expired,
        "calculated" => quantity > 0 && filledQuantity >= quantity ? OrderStatus.Filled : OrderStatus.Expired,
        "rejected" => OrderStatus.Rejected,
        _ => null,
    };

    public static OrderType ToType(string? type) => type switch
    {
        "limit" or "stop_limit" => OrderType.Limit,
        _ => OrderType.Market,
    };
}
