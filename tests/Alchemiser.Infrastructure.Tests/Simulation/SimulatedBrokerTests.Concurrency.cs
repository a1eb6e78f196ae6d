using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SimulatedBrokerTests
{
    [Fact]
    public async Task SubmitOrderAsync_SameClientOrderIdFromManyTasks_PlacesExactlyOneOrder()
    {
        var broker = await SpyBrokerAsync();
        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(
            async () =>
            {
                start.Wait(Ct);
                try
                {
                    return await broker.SubmitOrderAsync(Limit("same", OrderSide.Buy, 1m, 501m), Ct);
                }
                catch (DuplicateClientOrderIdException)
                {
                    return null;
                }
            },
            Ct)).ToArray();

        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is not null);
        Assert.Single(await _bed.Create().ListOrdersAsync(OrderListing.All, cancellationToken: Ct));
        Assert.Equal(1m, Assert.Single(await broker.GetPositionsAsync(Ct)).Quantity);
        Assert.Equal(100_000m - 500.05m, (await broker.GetAccountAsync(Ct)).Cash);
    }

    [Fact]
    public async Task SubmitOrderAsync_ManyTasksWithTheirOwnIds_EveryOrderIsStored()
    {
        var broker = await SpyBrokerAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => broker.SubmitOrderAsync(Limit($"b{i}", OrderSide.Buy, 1m, 501m), Ct), Ct)));

        var reopened = _bed.Create();
        var orders = await reopened.ListOrdersAsync(OrderListing.All, cancellationToken: Ct);
        Assert.Equal(20, orders.Select(o => o.Id).Distinct().Count());
        Assert.Equal(20m, Assert.Single(await reopened.GetPositionsAsync(Ct)).Quantity);
        Assert.Equal(100_000m - (20 * 500.05m), (await reopened.GetAccountAsync(Ct)).Cash);
    }
}
