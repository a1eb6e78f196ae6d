using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

public sealed partial class SimulatedBroker
{
    /// <inheritdoc />
    /// <remarks>
    /// <para>Checked in order, each refusal raising <see cref="OrderRejectedException"/> with a reason worded like
    /// Alpaca's and storing nothing: a client order id of at most 48 characters; a quantity above 0 with at most 6
    /// decimals, whole for a non-fractionable asset; a known asset (one with a quote); a limit price for a limit order
    /// and none for a market order, above 0, in whole cents from $1 (4 decimals below); for a BUY, buying power for
    /// the quantity at the limit (at the ask for a market order); for a SELL, no more than the position less working
    /// SELLs (no shorting).</para>
    /// <para>While the simulated market is open the order then fills completely at once or keeps working, by the
    /// rule of <see cref="SimulatedFills"/>; while it is closed it keeps working. A fill moves cash by the notional in
    /// cents and updates the position and its average price.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The request has no client order id, or an undefined side or type.</exception>
    public async Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ClientOrderId, nameof(request));
        if (!Enum.IsDefined(request.Side) || !Enum.IsDefined(request.Type))
            throw new ArgumentException($"order {request.ClientOrderId} has an undefined side or type", nameof(request));

        var session = await GetSessionDateAsync(cancellationToken);
        var quote = await GetQuoteAsync(request.Symbol, session, cancellationToken);
        var isOpen = session is { } date && SimulatedClock.At(date, _options.TimeBeforeClose).IsOpen;
        SimulatedOrder order;
        lock (_gate)
        {
            var account = Current(session);
            if (account.FindByClientId(request.ClientOrderId) is not null)
                throw new DuplicateClientOrderIdException(request.ClientOrderId);
            if (FindRejection(request, quote, account) is { } reason)
            {
                SimulatedBrokerLog.Rejected(_logger, request.ClientOrderId, reason);
                throw new OrderRejectedException(request.ClientOrderId, reason);
            }

            var fillPrice = isOpen ? SimulatedFills.PriceOf(request.Side, request.Type, request.LimitPrice, quote!) : null;
            order = account.Place(
                request, request.LimitPrice ?? quote!.Ask, session!.Value, _time.GetUtcNow(), fillPrice);
            Save(account);
        }

        if (order.AverageFillPrice is { } price)
            SimulatedBrokerLog.Filled(_logger, order.ClientOrderId, order.Side, order.Quantity, order.Symbol, price);
        else
            SimulatedBrokerLog.Working(_logger, order.ClientOrderId, order.Side, order.Quantity, order.Symbol, order.LimitPrice, isOpen);
        return order.ToBrokerOrder();
    }

    /// <inheritdoc />
    public async Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientOrderId);
        var session = await GetSessionDateAsync(cancellationToken);
        lock (_gate)
            return Current(session).FindByClientId(clientOrderId)?.ToBrokerOrder();
    }

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">No order has this id.</exception>
    public async Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var session = await GetSessionDateAsync(cancellationToken);
        lock (_gate)
            return (Current(session).FindById(orderId) ?? throw NotFound(orderId)).ToBrokerOrder();
    }

    /// <inheritdoc />
    /// <remarks>A working order is canceled at once (the state is terminal when the call returns); canceling an order
    /// that is already filled, canceled or expired changes nothing.</remarks>
    /// <exception cref="KeyNotFoundException">No order has this id.</exception>
    public async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var session = await GetSessionDateAsync(cancellationToken);
        lock (_gate)
        {
            var account = Current(session);
            var order = account.FindById(orderId) ?? throw NotFound(orderId);
            if (!order.IsWorking)
                return;
            account.Cancel(order, _time.GetUtcNow());
            Save(account);
            SimulatedBrokerLog.Canceled(_logger, order.ClientOrderId);
        }
    }

    /// <inheritdoc />
    /// <remarks>Newest first. <paramref name="since"/> applies to both listings and is inclusive (submitted at or
    /// after it).</remarks>
    public async Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var session = await GetSessionDateAsync(cancellationToken);
        lock (_gate)
        {
            var orders = Current(session).Orders;
            var result = new List<BrokerOrder>();
            for (var i = orders.Count - 1; i >= 0; i--)
            {
                var order = orders[i];
                if ((listing == OrderListing.All || order.IsWorking) && (since is null || order.SubmittedAt >= since))
                    result.Add(order.ToBrokerOrder());
            }

            return result;
        }
    }

    private string? FindRejection(OrderRequest request, Quote? quote, SimulatedAccount account)
    {
        if (request.ClientOrderId.Length > ClientOrderId.MaxLength)
            return $"client_order_id must be no more than {ClientOrderId.MaxLength} characters";
        if (request.Quantity <= 0)
            return "qty must be > 0";
        if (Math.Round(request.Quantity, OrderQuantity.Decimals) != request.Quantity)
            return $"qty must have at most {OrderQuantity.Decimals} decimal places";
        if (quote is null)
            return $"asset {request.Symbol} not found";
        if (!AssetOf(request.Symbol).IsFractionable && decimal.Floor(request.Quantity) != request.Quantity)
            return $"asset {request.Symbol} is not fractionable";
        if (FindLimitPriceProblem(request) is { } problem)
            return problem;
        if (request.Side == OrderSide.Buy)
        {
            var notional = SimulatedAccount.Notional(request.Quantity, request.LimitPrice ?? quote.Ask);
            return notional > account.BuyingPower ? "insufficient buying power" : null;
        }

        var available = account.AvailableToSell(request.Symbol);
        return request.Quantity > available
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"insufficient qty available for order (requested: {request.Quantity}, available: {available})")
            : null;
    }

    private static string? FindLimitPriceProblem(OrderRequest request)
    {
        if (request.Type == OrderType.Market)
            return request.LimitPrice is null ? null : "limit_price must not be given for a market order";
        if (request.LimitPrice is not { } limit)
            return "limit_price is required for a limit order";
        if (limit <= 0)
            return "limit_price must be > 0";
        var decimals = limit >= 1 ? 2 : 4;
        return Math.Round(limit, decimals) != limit
            ? "sub-penny increment does not fulfill minimum pricing criteria"
            : null;
    }

    private static KeyNotFoundException NotFound(string orderId) => new($"no simulated order has id {orderId}");
}
