using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// Reads the state of working orders for every waiting item with one "list open orders" request per poll interval
/// (PIPELINE.md §6.5: stay well under the broker's request budget). An order that is not in the latest listing is
/// read on its own: that is how its terminal state (and final fills) is seen, once.
/// </summary>
internal sealed class WorkingOrderPoller(IBroker broker, TimeProvider time, TimeSpan interval)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, BrokerOrder> _open = [];
    private DateTimeOffset _listedAt = DateTimeOffset.MinValue;

    /// <summary>The current state of order <paramref name="orderId"/>.</summary>
    public async Task<BrokerOrder> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        var open = await ListOpenAsync(cancellationToken);
        return open.TryGetValue(orderId, out var order) ? order : await broker.GetOrderAsync(orderId, cancellationToken);
    }

    private async Task<Dictionary<string, BrokerOrder>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (now - _listedAt < interval && now >= _listedAt)
                return _open;
            var orders = await broker.ListOrdersAsync(OrderListing.Open, null, cancellationToken);
            var open = new Dictionary<string, BrokerOrder>(orders.Count, StringComparer.Ordinal);
            foreach (var order in orders)
                open[order.Id] = order;
            _open = open;
            _listedAt = now;
            return open;
        }
        finally
        {
            _gate.Release();
        }
    }
}
