using Alchemiser.Infrastructure.Tests.Brokers;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

/// <summary>The broker contract, run against a fresh simulated account with SPY bars in a temporary folder.</summary>
public sealed class SimulatedBrokerContractTests : BrokerContractTests
{
    private readonly SimulatedBrokerTestBed _bed = new();

    protected override BrokerMode ExpectedMode => BrokerMode.Simulated;

    protected override async Task<IBroker> CreateBrokerAsync(CancellationToken cancellationToken)
    {
        await _bed.WriteBarsAsync("SPY", 500.0);
        return _bed.Create();
    }

    public override async ValueTask DisposeAsync()
    {
        _bed.Dispose();
        await base.DisposeAsync();
    }
}
