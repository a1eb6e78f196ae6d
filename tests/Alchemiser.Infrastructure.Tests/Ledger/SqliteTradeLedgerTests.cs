using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Ledger;
using Microsoft.Data.Sqlite;

namespace Alchemiser.Infrastructure.Tests.Ledger;

/// <summary>The <see cref="ITradeLedger"/> contract over a SQLite file, and what is particular to it.</summary>
public sealed class SqliteTradeLedgerTests : TradeLedgerContractTests
{
    private readonly TempFolder _temp = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    protected override Task<ITradeLedger> CreateLedgerAsync() =>
        Task.FromResult<ITradeLedger>(new SqliteTradeLedger(_temp.Combine("state", "ledger.db")));

    [Fact]
    public async Task UpsertAsync_ReopenedFile_StillHoldsTheRow()
    {
        var entry = Entry();
        await Ledger.UpsertAsync(entry, Ct);

        var reopened = new SqliteTradeLedger(_temp.Combine("state", "ledger.db"));

        AssertSameEntry(entry, await reopened.FindAsync(entry.ClientOrderId, Ct));
    }

    [Fact]
    public async Task UpsertAsync_Decimals_AreStoredAsText()
    {
        await Ledger.UpsertAsync(Entry() with { Notional = 100.10m }, Ct);

        await using var connection = new SqliteConnection($"Data Source={_temp.Combine("state", "ledger.db")}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(Notional), Notional, typeof(LimitPrice), typeof(Step) FROM ledger";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(("text", "100.10", "text", "integer"), (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
    }
}
