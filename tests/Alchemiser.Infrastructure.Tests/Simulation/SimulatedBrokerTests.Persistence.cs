using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SimulatedBrokerTests
{
    [Fact]
    public async Task NewInstance_OverTheSameFolder_ContinuesWithOrdersPositionsAndCash()
    {
        var first = await SpyBrokerAsync();
        var filled = await first.SubmitOrderAsync(Limit("b", OrderSide.Buy, 3m, 500m), Ct);
        var working = await first.SubmitOrderAsync(Limit("w", OrderSide.Buy, 1m, 490m), Ct);

        var second = _bed.Create();

        Assert.Equal(filled, await second.GetOrderByClientIdAsync("b", Ct));
        Assert.Equal(working, await second.GetOrderAsync(working.Id, Ct));
        var position = Assert.Single(await second.GetPositionsAsync(Ct));
        Assert.Equal((Spy, 3m, 500m), (position.Symbol, position.Quantity, position.AverageEntryPrice));
        var account = await second.GetAccountAsync(Ct);
        Assert.Equal((98_500m, 98_500m - 490m), (account.Cash, account.BuyingPower));
        await Assert.ThrowsAsync<DuplicateClientOrderIdException>(
            () => second.SubmitOrderAsync(Limit("b", OrderSide.Buy, 3m, 500m), Ct));
    }

    [Fact]
    public async Task NewInstance_AfterACancel_SeesItAndNumbersNewOrdersOnward()
    {
        var first = await SpyBrokerAsync();
        var working = await first.SubmitOrderAsync(Limit("w", OrderSide.Buy, 1m, 490m), Ct);
        await _bed.Create().CancelOrderAsync(working.Id, Ct);

        var third = _bed.Create();
        var next = await third.SubmitOrderAsync(Limit("n", OrderSide.Buy, 1m, 490m), Ct);

        Assert.Equal(OrderStatus.Canceled, (await third.GetOrderAsync(working.Id, Ct)).Status);
        Assert.NotEqual(working.Id, next.Id);
        Assert.Equal(2, (await third.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count);
    }

    [Fact]
    public async Task NewInstance_WithOtherStartingCash_KeepsTheStoredCash()
    {
        var first = await SpyBrokerAsync(_bed.Options with { StartingCash = 2000m });
        await first.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, 500m), Ct);

        var second = _bed.Create(_bed.Options with { StartingCash = 1_000_000m });

        Assert.Equal(1500m, (await second.GetAccountAsync(Ct)).Cash);
    }

    [Fact]
    public async Task SubmitOrderAsync_Acknowledged_IsAlreadyInTheAccountFileAndNoTemporaryFileRemains()
    {
        var broker = await SpyBrokerAsync();

        await broker.SubmitOrderAsync(Limit("b", OrderSide.Buy, 1m, 500m), Ct); // fills at the mid, 500.00

        Assert.Equal([_bed.AccountFile], Directory.GetFiles(Path.GetDirectoryName(_bed.AccountFile)!));
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(_bed.AccountFile, Ct));
        Assert.Equal(99_500.00m, document.RootElement.GetProperty("cash").GetDecimal());
        var order = Assert.Single(document.RootElement.GetProperty("orders").EnumerateArray());
        Assert.Equal("b", order.GetProperty("clientOrderId").GetString());
        Assert.Equal("Filled", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetAccountAsync_UnreadableAccountFile_ThrowsAndLeavesTheFile()
    {
        await _bed.WriteBarsAsync("SPY", 500.0);
        Directory.CreateDirectory(Path.GetDirectoryName(_bed.AccountFile)!);
        await File.WriteAllTextAsync(_bed.AccountFile, "{ not json", Ct);

        await Assert.ThrowsAsync<InvalidDataException>(() => _bed.Create().GetAccountAsync(Ct));

        Assert.Equal("{ not json", await File.ReadAllTextAsync(_bed.AccountFile, Ct));
    }
}
