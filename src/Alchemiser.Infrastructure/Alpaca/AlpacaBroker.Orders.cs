using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Alpaca;

public sealed partial class AlpacaBroker
{
    private const string OrdersPath = "/v2/orders";
    private const string ByClientOrderIdPath = "/v2/orders:by_client_order_id";

    /// <summary>Alpaca's <c>limit</c> on <c>GET /v2/orders</c> (its maximum).</summary>
    internal const int OrderPageSize = 500;

    /// <inheritdoc />
    /// <remarks>
    /// <c>POST /v2/orders</c> with <c>{"symbol","qty","side","type","time_in_force":"day","limit_price","client_order_id"}</c>,
    /// <c>qty</c> and <c>limit_price</c> as invariant decimal strings (no trailing zeros), <c>limit_price</c> only on a
    /// limit order. Retried on 429/5xx/timeouts with the same body, hence the same client order id (see the type's
    /// remarks).
    /// </remarks>
    /// <exception cref="ArgumentException">The client order id is empty, or the side or type is undefined.</exception>
    /// <exception cref="DuplicateClientOrderIdException">Alpaca already has an order with this client order id, placed
    /// earlier or by an attempt of this very call whose answer was lost.</exception>
    /// <exception cref="OrderRejectedException">Alpaca refused the order (403 or 422) with the reason it gave; or its
    /// terms are ones Alpaca refuses (a client order id over 48 characters, a quantity not above 0 or with more than 9
    /// decimals, a limit order without a positive limit price), found before sending and worded like Alpaca's
    /// reasons.</exception>
    /// <exception cref="AlpacaApiException">Bad keys (401), or another failure after the retries.</exception>
    public async Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ClientOrderId, nameof(request));
        var body = ToWire(request);
        if (FindRefusal(request) is { } refusal)
        {
            AlpacaLog.OrderRefusedBeforeSending(_logger, request.ClientOrderId, refusal);
            throw new OrderRejectedException(request.ClientOrderId, refusal);
        }

        var description = $"order {request.ClientOrderId}";
        AlpacaLog.SubmittingOrder(
            _logger, Mode.ToString(), request.ClientOrderId, body.Side, request.Quantity, body.Symbol, body.Type, request.Type == OrderType.Limit ? request.LimitPrice : null);

        using var message = new HttpRequestMessage(HttpMethod.Post, AlpacaHttp.Combine(_options.TradingBaseUrl, OrdersPath, ""))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, AlpacaJsonContext.Default.AlpacaOrderRequestWire))
            {
                Headers = { ContentType = new("application/json") { CharSet = Encoding.UTF8.WebName } },
            },
        };
        // The body carries the client order id and is re-sent unchanged, so a retry cannot place a second order.
        message.Options.Set(AlpacaHttp.ReplaySafe, true);

        using var response = await _rest.SendAsync(message, description, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var wire = await AlpacaRestClient.ReadJsonAsync(response, message, AlpacaJsonContext.Default.AlpacaOrderWire, description, cancellationToken);
            var order = ToOrder(wire, OrdersPath);
            AlpacaLog.OrderAccepted(_logger, order.ClientOrderId, order.Id, wire.Status);
            return order;
        }

        if (response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.Forbidden)
        {
            var (_, reason) = await _rest.ReadErrorAsync(response, message, cancellationToken);
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity && IsDuplicateClientOrderId(reason))
            {
                AlpacaLog.DuplicateClientOrderId(_logger, request.ClientOrderId, reason);
                throw new DuplicateClientOrderIdException(request.ClientOrderId);
            }

            reason ??= $"{(int)response.StatusCode} {response.StatusCode} without a reason";
            AlpacaLog.OrderRejected(_logger, request.ClientOrderId, response.StatusCode, reason);
            throw new OrderRejectedException(request.ClientOrderId, reason);
        }

        throw await _rest.RejectionAsync(response, message, description, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/orders:by_client_order_id?client_order_id=...</c>; 404 → null.</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good.</exception>
    public async Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var uri = AlpacaHttp.Combine(
            _options.TradingBaseUrl, ByClientOrderIdPath, "client_order_id=" + Uri.EscapeDataString(clientOrderId));
        return await GetOrderOrNullAsync(uri, ByClientOrderIdPath, $"order {clientOrderId}", cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/orders/{id}</c>.</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good, including 404 for an unknown id.</exception>
    public async Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var path = $"{OrdersPath}/{Uri.EscapeDataString(orderId)}";
        var wire = await _rest.GetJsonAsync(
            AlpacaHttp.Combine(_options.TradingBaseUrl, path, ""), AlpacaJsonContext.Default.AlpacaOrderWire, $"order id {orderId}", cancellationToken);
        return ToOrder(wire, path);
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>DELETE /v2/orders/{id}</c>, answered 204. A 422 (the order is already filled, canceled or expired, or
    /// otherwise not cancelable) is <b>not an error</b>: the call returns normally and the caller reads the order's
    /// final state, as it does after every cancel (PIPELINE.md §6.5). Retried like a GET: a repeated cancel is harmless
    /// (the retry of a cancel that went through is answered 422, a no-op).
    /// </remarks>
    /// <exception cref="AlpacaApiException">The order is unknown (404), or another failure after the retries.</exception>
    public async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, $"{OrdersPath}/{Uri.EscapeDataString(orderId)}", "");
        var description = $"cancel order id {orderId}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, uri);
        using var response = await _rest.SendAsync(request, description, cancellationToken);
        if (response.IsSuccessStatusCode)
            return;
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var (_, reason) = await _rest.ReadErrorAsync(response, request, cancellationToken);
            AlpacaLog.CancelRefused(_logger, orderId, reason);
            return;
        }

        throw await _rest.RejectionAsync(response, request, description, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>GET /v2/orders?status=open|all&amp;limit=500&amp;direction=asc&amp;nested=false[&amp;after=...]</c>, oldest
    /// first. Alpaca has no page token here, so when a page is full the next one starts <c>after</c> the last
    /// submission time less 1 ms, and orders already seen are skipped by id. Orders that are not for US stocks
    /// (<c>asset_class</c> other than <c>us_equity</c>) are left out.
    /// </remarks>
    /// <exception cref="AlpacaApiException">A request failed for good.</exception>
    public async Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(
        OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var status = listing switch
        {
            OrderListing.Open => "open",
            OrderListing.All => "all",
            _ => throw new ArgumentOutOfRangeException(nameof(listing), listing, "not a defined listing"),
        };
        var orders = new List<BrokerOrder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var after = since;
        while (true)
        {
            var query = new StringBuilder()
                .Append("status=").Append(status)
                .Append("&limit=").Append(OrderPageSize.ToString(CultureInfo.InvariantCulture))
                .Append("&direction=asc&nested=false");
            if (after is { } from)
                query.Append("&after=").Append(Uri.EscapeDataString(from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)));
            var page = await _rest.GetJsonAsync(
                AlpacaHttp.Combine(_options.TradingBaseUrl, OrdersPath, query.ToString()),
                AlpacaJsonContext.Default.ListAlpacaOrderWire,
                $"{status} orders",
                cancellationToken);

            var added = 0;
            DateTimeOffset? last = null;
            foreach (var wire in page)
            {
                var submitted = wire.SubmittedAt ?? wire.CreatedAt;
                if (submitted > last || last is null)
                    last = submitted;
                if (wire.Id is null || !seen.Add(wire.Id))
                    continue;
                added++;
                if (!AlpacaSymbols.TryFromAlpaca(wire.Symbol, wire.AssetClass, out _))
                {
                    AlpacaLog.IgnoredOrder(_logger, wire.Id, wire.Symbol);
                    continue;
                }

                orders.Add(ToOrder(wire, OrdersPath));
            }

            if (page.Count < OrderPageSize || added == 0 || last is null)
                return orders;
            after = last.Value.AddMilliseconds(-1);
        }
    }

    /// <summary>Whether Alpaca's 422 message says the client order id is taken ("client_order_id must be unique").
    /// Alpaca gives no dedicated error code for it, so the message is the only signal.</summary>
    internal static bool IsDuplicateClientOrderId(string? message) =>
        message is not null
        && message.Contains("client_order_id", StringComparison.OrdinalIgnoreCase)
        && message.Contains("unique", StringComparison.OrdinalIgnoreCase);

    /// <summary>A decimal as Alpaca wants it in a body: invariant culture, no exponent, no trailing zeros.</summary>
    internal static string FormatDecimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>The reason Alpaca would give (422) for refusing the terms of <paramref name="request"/>, worded like
    /// Alpaca's; null when they are valid. Checked before sending, so a refusal costs no request.</summary>
    internal static string? FindRefusal(OrderRequest request)
    {
        if (request.ClientOrderId.Length > ClientOrderId.MaxLength)
            return $"client_order_id must be no more than {ClientOrderId.MaxLength} characters";
        if (request.Quantity <= 0)
            return "qty must be > 0";
        if (decimal.Round(request.Quantity, 9) != request.Quantity)
            return "qty must have at most 9 decimal places";
        if (request.Type != OrderType.Limit)
            return null;
        if (request.LimitPrice is not { } limit)
            return "limit_price is required for a limit order";
        return limit <= 0 ? "limit_price must be > 0" : null;
    }

    /// <summary>The body of <c>POST /v2/orders</c> for a request that <see cref="FindRefusal"/> accepted.</summary>
    private static AlpacaOrderRequestWire ToWire(OrderRequest request)
    {
        var type = request.Type switch
        {
            OrderType.Limit => "limit",
            OrderType.Market => "market",
            _ => throw new ArgumentException($"order {request.ClientOrderId}: undefined order type {request.Type}", nameof(request)),
        };
        var side = request.Side switch
        {
            OrderSide.Buy => "buy",
            OrderSide.Sell => "sell",
            _ => throw new ArgumentException($"order {request.ClientOrderId}: undefined side {request.Side}", nameof(request)),
        };
        var limit = request.Type == OrderType.Limit && request.LimitPrice is { } price ? FormatDecimal(price) : null;
        return new AlpacaOrderRequestWire(
            AlpacaSymbols.ToAlpaca(request.Symbol), FormatDecimal(request.Quantity), side, type, "day", limit, request.ClientOrderId);
    }

    private async Task<BrokerOrder?> GetOrderOrNullAsync(Uri uri, string path, string description, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await _rest.SendAsync(request, description, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        if (!response.IsSuccessStatusCode)
            throw await _rest.RejectionAsync(response, request, description, cancellationToken);
        var wire = await AlpacaRestClient.ReadJsonAsync(response, request, AlpacaJsonContext.Default.AlpacaOrderWire, description, cancellationToken);
        return ToOrder(wire, path);
    }

    private BrokerOrder ToOrder(AlpacaOrderWire wire, string path)
    {
        var id = wire.Id ?? throw Missing("id", path);
        if (!AlpacaSymbols.TryFromAlpaca(wire.Symbol, wire.AssetClass, out var symbol))
            throw new AlpacaApiException($"Alpaca order {id} is for '{wire.Symbol}' ({wire.AssetClass}), which is not a US stock");
        var side = wire.Side switch
        {
            "buy" => OrderSide.Buy,
            "sell" => OrderSide.Sell,
            _ => throw new AlpacaApiException($"Alpaca order {id} has the unknown side '{wire.Side}'"),
        };
        var filled = wire.FilledQuantity ?? 0;
        var quantity = wire.Quantity ?? filled;
        var status = AlpacaOrderStatuses.ToStatus(wire.Status, quantity, filled);
        if (status is null)
            AlpacaLog.UnknownOrderStatus(_logger, id, wire.Status);
        return new BrokerOrder(
            id,
            wire.ClientOrderId ?? throw Missing("client_order_id", path),
            symbol,
            side,
            AlpacaOrderStatuses.ToType(wire.Type),
            quantity,
            wire.LimitPrice,
            status ?? (filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New),
            filled,
            wire.FilledAveragePrice,
            wire.SubmittedAt ?? wire.CreatedAt ?? throw Missing("submitted_at", path),
            wire.FilledAt);
    }
}
