using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SimulatedBrokerTests
{
    [Theory]
    [InlineData(501.00, 500.05)] // crosses: the ask
    [InlineData(500.05, 500.05)] // at the ask
    [InlineData(500.02, 500.02)] // inside, above the mid: its limit
    [InlineData(500.00, 500.00)] // at the mid: its limit (step 0 of the walk)
    [InlineData(499.99, null)] // below the mid: works
    [InlineData(499.95, null)] // at the bid: works
    public async Task SubmitOrderAsync_BuyLimit_FillsByTheRule(double limit, double? expectedPrice)
    {
        var broker = await SpyBrokerAsync();

        var order = await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 10m, (decimal)limit), Ct);

        Assert.Equal(expectedPrice is null ? OrderStatus.New : OrderStatus.Filled, order.Status);
        Assert.Equal((decimal?)expectedPrice, order.AverageFillPrice);
        Assert.Equal(expectedPrice is null ? 0m : 10m, order.FilledQuantity);
    }

    [Theory]
    [InlineData(499.00, 499.95)] // crosses: the bid
    [InlineData(499.95, 499.95)] // at the bid
    [InlineData(499.98, 499.98)] // inside, below the mid: its limit
    [InlineData(500.00, 500.00)] // at the mid: its limit
    [InlineData(500.01, null)] // above the mid: works
    public async Task SubmitOrderAsync_SellLimit_FillsByTheRule(double limit, double? expectedPrice)
    {
        var broker = await SpyBrokerAsync();
        await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 10m, 500m), Ct);

        var order = await broker.SubmitOrderAsync(Limit("s", OrderSide.Sell, 10m, (decimal)limit), Ct);

        Assert.Equal(expectedPrice is null ? OrderStatus.New : OrderStatus.Filled, order.Status);
        Assert.Equal((decimal?)expectedPrice, order.AverageFillPrice);
    }

    [Fact]
    public async Task SubmitOrderAsync_MarketOrders_FillAtTheFarSide()
    {
        var broker = await SpyBrokerAsync();

        var buy = await broker.SubmitOrderAsync(Market("b", OrderSide.Buy, 4m), Ct);
        var sell = await broker.SubmitOrderAsync(Market("s", OrderSide.Sell, 4m), Ct);

        Assert.Equal((OrderStatus.Filled, (decimal?)500.05m), (buy.Status, buy.AverageFillPrice));
        Assert.Equal((OrderStatus.Filled, (decimal?)499.95m), (sell.Status, sell.AverageFillPrice));
        Assert.Equal(100_000m - 2000.20m + 1999.80m, (await broker.GetAccountAsync(Ct)).Cash);
    }

    [Fact]
    public async Task SubmitOrderAsync_TwoBuys_CashInCentsAndAveragePriceWeightedBySize()
    {
        var broker = await SpyBrokerAsync();

        await broker.SubmitOrderAsync(Limit("b1", OrderSide.Buy, 10m, 500.00m), Ct);
        await broker.SubmitOrderAsync(Limit("b2", OrderSide.Buy, 5.000001m, 600.00m), Ct);

        // 10 × 500.00 = 5000.00; 5.000001 × 500.05 = 2500.2505005 → 2500.25
        var account = await broker.GetAccountAsync(Ct);
        Assert.Equal(100_000m - 5000.00m - 2500.25m, account.Cash);
        var position = Assert.Single(await broker.GetPositionsAsync(Ct));
        Assert.Equal(15.000001m, position.Quantity);
        Assert.Equal(500.016667m, position.AverageEntryPrice); // 7500.2505005 / 15.000001 = 500.01666...
        Assert.Equal(7500.00m, position.MarketValue); // 15.000001 × mid 500.00 = 7500.0005 → 7500.00
        Assert.Equal(account.Cash + 7500.00m, account.Equity);
    }

    [Fact]
    public async Task SubmitOrderAsync_SellOfTheWholePosition_RemovesIt()
    {
        var broker = await SpyBrokerAsync();
        await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 2.5m, 500m), Ct);

        await broker.SubmitOrderAsync(Limit("s", OrderSide.Sell, 2.5m, 500m), Ct);

        Assert.Empty(await broker.GetPositionsAsync(Ct));
        Assert.Equal(100_000m, (await broker.GetAccountAsync(Ct)).Cash);
    }

    [Fact]
    public async Task SubmitOrderAsync_WorkingBuy_ReservesBuyingPowerUntilCanceled()
    {
        var broker = await SpyBrokerAsync();

        var order = await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 10m, 499.00m), Ct);
        var reserved = await broker.GetAccountAsync(Ct);
        await broker.CancelOrderAsync(order.Id, Ct);
        var released = await broker.GetAccountAsync(Ct);

        Assert.Equal((100_000m, 100_000m - 4990.00m), (reserved.Cash, reserved.BuyingPower));
        Assert.Equal((100_000m, 100_000m), (released.Cash, released.BuyingPower));
    }

    [Fact]
    public async Task SubmitOrderAsync_MarketClosed_CrossingOrderKeepsWorking()
    {
        var broker = await SpyBrokerAsync(_bed.Options with { TimeBeforeClose = TimeSpan.Zero });

        var order = await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, 510m), Ct);

        Assert.Equal((OrderStatus.New, 0m), (order.Status, order.FilledQuantity));
        Assert.Empty(await broker.GetPositionsAsync(Ct));
    }
}
