using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Runs;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>The local durable runner on the SQLite store: a crash, a reopened file, a resumed run.</summary>
public sealed class SqliteRunStoreRunnerTests : RunStoreRunnerContractTests
{
    private readonly TempFolder _temp = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    protected override Task<IRunStore> OpenStoreAsync()
    {
        SqliteConnection.ClearAllPools(); // a new process: no pooled connection survives
        return Task.FromResult<IRunStore>(new SqliteRunStore(_temp.Path));
    }
}
