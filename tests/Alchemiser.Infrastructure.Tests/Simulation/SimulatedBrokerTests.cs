using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

/// <summary>What only the simulated broker promises: its quotes, fill rule, rules of a cash account, persistence,
/// clock and behaviour under concurrent use. SPY's last close is $500.00, so its 2 bps quote is 499.95 / 500.05 with
/// the mid at 500.00.</summary>
public sealed partial class SimulatedBrokerTests : IDisposable
{
    private static readonly Symbol Spy = Symbol.Parse("SPY");

    private readonly SimulatedBrokerTestBed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task GetLatestQuotesAsync_Spy_TwoBpsAroundTheLastCloseAtTheWallClockTime()
    {
        await _bed.WriteBarsAsync("SPY", 500.0);

        var quotes = await _bed.Create().GetLatestQuotesAsync([Spy], Ct);

        Assert.Equal(new Quote(499.95m, 500.05m, _bed.Time.GetUtcNow()), quotes[Spy]);
    }

    [Theory]
    [InlineData("TQQQ", 50.0, 49.98, 50.02)] // leveraged, 5 bps: 1.25 cents a side, rounded up to 2
    [InlineData("UVXY", 20.0, 19.99, 20.01)] // volatility, 10 bps: 1 cent a side
    [InlineData("IEF", 10.004, 9.99, 10.01)] // the mid is the close in whole cents; at least 1 cent a side
    [InlineData("BIL", 91.4649, 91.45, 91.47)] // 2 bps of 91.46 is 0.9 cents a side, rounded up to 1
    public async Task GetLatestQuotesAsync_ByKindOfSymbol_WholeCentsAroundTheRoundedClose(
        string ticker, double close, double bid, double ask)
    {
        await _bed.WriteBarsAsync(ticker, close);
        var symbol = Symbol.Parse(ticker);

        var quote = (await _bed.Create().GetLatestQuotesAsync([symbol], Ct))[symbol];

        Assert.Equal(((decimal)bid, (decimal)ask), (quote.Bid, quote.Ask));
    }

    [Fact]
    public async Task GetLatestQuotesAsync_SpreadConfiguredForTheSymbol_WinsOverTheDefault()
    {
        await _bed.WriteBarsAsync("SPY", 500.0);
        var options = _bed.Options with { SpreadBpsBySymbol = new Dictionary<Symbol, decimal> { [Spy] = 20m } };

        var quote = (await _bed.Create(options).GetLatestQuotesAsync([Spy], Ct))[Spy];

        Assert.Equal((499.50m, 500.50m), (quote.Bid, quote.Ask));
    }

    [Fact]
    public async Task GetLatestQuotesAsync_ConfiguredEarlierSession_UsesTheCloseBeforeThatSession()
    {
        await _bed.WriteBarsAsync("SPY", 500.0); // 498 on 11-18, 499 on 11-19, 500 on 11-20
        var options = _bed.Options with { SimulatedSessionDate = new DateOnly(2026, 11, 20) };

        var quote = (await _bed.Create(options).GetLatestQuotesAsync([Spy], Ct))[Spy];

        Assert.Equal((498.95m, 499.05m), (quote.Bid, quote.Ask));
    }

    [Fact]
    public async Task GetAssetAsync_SymbolWithoutBars_IsNullAndHasNoQuote()
    {
        await _bed.WriteBarsAsync("SPY", 500.0);
        var broker = _bed.Create();
        var qqq = Symbol.Parse("QQQ");

        Assert.Null(await broker.GetAssetAsync(qqq, Ct));
        Assert.Empty(await broker.GetLatestQuotesAsync([qqq], Ct));
    }

    [Fact]
    public async Task GetAssetAsync_DefaultNonFractionableSymbol_IsWholeSharesOnly()
    {
        await _bed.WriteBarsAsync("BRK.A", 700_000.0);
        var brka = Symbol.Parse("BRK/A");

        var asset = await _bed.Create().GetAssetAsync(brka, Ct);

        Assert.Equal(new BrokerAsset(brka, IsTradable: true, IsFractionable: false), asset);
    }

    [Fact]
    public void Constructor_InvalidSpread_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => _bed.Create(_bed.Options with { SpreadBps = 0m }));

        Assert.Equal(nameof(SimulatedBrokerOptions.SpreadBps), error.ParamName);
    }

    private async Task<SimulatedBroker> SpyBrokerAsync(SimulatedBrokerOptions? options = null)
    {
        await _bed.WriteBarsAsync("SPY", 500.0);
        return _bed.Create(options);
    }

    private static OrderRequest Limit(string clientOrderId, OrderSide side, decimal quantity, decimal limit, Symbol? symbol = null) =>
        new(clientOrderId, symbol ?? Spy, side, quantity, OrderType.Limit, limit);

    private static OrderRequest Market(string clientOrderId, OrderSide side, decimal quantity) =>
        new(clientOrderId, Spy, side, quantity, OrderType.Market, null);
}
