using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SimulatedBrokerTests
{
    [Fact]
    public async Task SubmitOrderAsync_FractionOfANonFractionableAsset_IsRejectedWholeSharesFill()
    {
        await _bed.WriteBarsAsync("XYZ", 20.0);
        var xyz = Symbol.Parse("XYZ");
        var broker = await SpyBrokerAsync(_bed.Options with { NonFractionableSymbols = new HashSet<Symbol> { xyz } });

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("x1", OrderSide.Buy, 1.5m, 20m, xyz), Ct));
        var whole = await broker.SubmitOrderAsync(Limit("x2", OrderSide.Buy, 2m, 20m, xyz), Ct);
        var fraction = await broker.SubmitOrderAsync(Limit("s1", OrderSide.Buy, 1.5m, 500m), Ct);

        Assert.Equal("asset XYZ is not fractionable", error.Reason);
        Assert.Equal(OrderStatus.Filled, whole.Status);
        Assert.Equal(OrderStatus.Filled, fraction.Status);
    }

    [Fact]
    public async Task SubmitOrderAsync_MoreThanSixDecimals_IsRejected()
    {
        var broker = await SpyBrokerAsync();

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 0.1234567m, 500m), Ct));

        Assert.Equal("qty must have at most 6 decimal places", error.Reason);
    }

    [Fact]
    public async Task SubmitOrderAsync_BuyBeyondCashAtTheLimit_IsRejectedAndExactCashIsEnough()
    {
        var broker = await SpyBrokerAsync(_bed.Options with { StartingCash = 1000m });

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("b1", OrderSide.Buy, 2.00001m, 500m), Ct)); // 1000.005 → 1000.01
        var exact = await broker.SubmitOrderAsync(Limit("b2", OrderSide.Buy, 2m, 500m), Ct);

        Assert.Equal("insufficient buying power", error.Reason);
        Assert.Equal(OrderStatus.Filled, exact.Status);
        Assert.Equal(0m, (await broker.GetAccountAsync(Ct)).Cash);
    }

    [Fact]
    public async Task SubmitOrderAsync_BuyBeyondCashLessWorkingBuys_IsRejected()
    {
        var broker = await SpyBrokerAsync(_bed.Options with { StartingCash = 1000m });
        await broker.SubmitOrderAsync(Limit("b1", OrderSide.Buy, 2m, 499m), Ct); // works, holds 998.00

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("b2", OrderSide.Buy, 0.01m, 500m), Ct)); // needs 5.00

        Assert.Equal("insufficient buying power", error.Reason);
    }

    [Fact]
    public async Task SubmitOrderAsync_SellWithoutPosition_IsRejectedNoShorting()
    {
        var broker = await SpyBrokerAsync();

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("s", OrderSide.Sell, 1m, 499m), Ct));

        Assert.Equal("insufficient qty available for order (requested: 1, available: 0)", error.Reason);
        Assert.Empty(await broker.GetPositionsAsync(Ct));
    }

    [Fact]
    public async Task SubmitOrderAsync_SellBeyondPositionLessWorkingSells_IsRejected()
    {
        var broker = await SpyBrokerAsync();
        await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 3m, 500m), Ct);
        await broker.SubmitOrderAsync(Limit("s1", OrderSide.Sell, 2m, 501m), Ct); // works above the mid

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("s2", OrderSide.Sell, 1.5m, 499m), Ct));

        Assert.Equal("insufficient qty available for order (requested: 1.5, available: 1)", error.Reason);
    }

    [Theory]
    [InlineData(500.001, "sub-penny increment does not fulfill minimum pricing criteria")]
    [InlineData(0, "limit_price must be > 0")]
    [InlineData(-1, "limit_price must be > 0")]
    public async Task SubmitOrderAsync_BadLimitPrice_IsRejected(double limit, string reason)
    {
        var broker = await SpyBrokerAsync();

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, (decimal)limit), Ct));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public async Task SubmitOrderAsync_MarketOrderWithALimitPrice_IsRejected()
    {
        var broker = await SpyBrokerAsync();

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(new OrderRequest("m", Spy, OrderSide.Buy, 1m, OrderType.Market, 500m), Ct));

        Assert.Equal("limit_price must not be given for a market order", error.Reason);
    }

    [Fact]
    public async Task SubmitOrderAsync_UnknownSymbol_IsRejected()
    {
        var broker = await SpyBrokerAsync();

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit("z", OrderSide.Buy, 1m, 10m, Symbol.Parse("ZZZZ")), Ct));

        Assert.Equal("asset ZZZZ not found", error.Reason);
    }

    [Fact]
    public async Task SubmitOrderAsync_ClientOrderIdOver48Characters_IsRejected()
    {
        var broker = await SpyBrokerAsync();
        var longId = new string('a', 49);

        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => broker.SubmitOrderAsync(Limit(longId, OrderSide.Buy, 1m, 500m), Ct));

        Assert.Equal("client_order_id must be no more than 48 characters", error.Reason);
        Assert.False(File.Exists(_bed.AccountFile));
    }

    [Fact]
    public async Task SubmitOrderAsync_DuplicateOfAnOrderThatWouldNowBeRejected_IsStillADuplicate()
    {
        var broker = await SpyBrokerAsync(_bed.Options with { StartingCash = 500m });
        await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, 500m), Ct); // spends all the cash

        await Assert.ThrowsAsync<DuplicateClientOrderIdException>(
            () => broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, 500m), Ct));
    }
}
