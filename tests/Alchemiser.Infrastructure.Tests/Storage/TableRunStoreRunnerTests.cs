using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The local durable runner on Azurite tables: a crash, a new store client, a resumed run.</summary>
public sealed class TableRunStoreRunnerTests(AzuriteFixture azurite) : RunStoreRunnerContractTests
{
    private readonly string _prefix = "runner" + Guid.NewGuid().ToString("N")[..16];
    private TableRunStore? _store;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_store is not null)
        {
            foreach (var table in new[] { _store.Instances, _store.History, _store.Events })
                await table.DeleteAsync();
        }
    }

    protected override async Task<IRunStore> OpenStoreAsync()
    {
        _store = new TableRunStore(await azurite.GetConnectionStringAsync(), _prefix);
        return _store;
    }
}
