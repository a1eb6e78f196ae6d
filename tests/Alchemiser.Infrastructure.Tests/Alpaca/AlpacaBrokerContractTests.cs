using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Tests.Brokers;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>The broker contract, run against <see cref="AlpacaBroker"/> (paper) talking over HTTP to a fresh
/// <see cref="AlpacaTradingFake"/>: $100,000 in cash, one SPY share, SPY quoted 599.98 × 600.02, the market open.</summary>
public sealed class AlpacaBrokerContractTests : BrokerContractTests
{
    private readonly AlpacaStub _stub = new();
    private AlpacaBroker? _broker;

    protected override BrokerMode ExpectedMode => BrokerMode.Paper;

    protected override Task<IBroker> CreateBrokerAsync(CancellationToken cancellationToken)
    {
        var fake = new AlpacaTradingFake(100_000m, ("SPY", 1m, 550m));
        _stub.Handle((request, _) => fake.Reply(request));
        _broker = new AlpacaBroker(_stub.Options());
        return Task.FromResult<IBroker>(_broker);
    }

    public override async ValueTask DisposeAsync()
    {
        _broker?.Dispose();
        _stub.Dispose();
        await base.DisposeAsync();
    }
}
