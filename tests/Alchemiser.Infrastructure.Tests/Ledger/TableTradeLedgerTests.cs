using System.Globalization;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Ledger;

namespace Alchemiser.Infrastructure.Tests.Ledger;

/// <summary>The <see cref="ITradeLedger"/> contract over an Azurite table, and what is particular to it.</summary>
public sealed class TableTradeLedgerTests(AzuriteFixture azurite) : TradeLedgerContractTests
{
    private readonly List<TableTradeLedger> _created = [];
    private string? _connectionString;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var ledger in _created)
            await ledger.Table.DeleteAsync();
    }

    protected override async Task<ITradeLedger> CreateLedgerAsync() => await CreateAsync();

    private async Task<TableTradeLedger> CreateAsync(int pageSize = TableTradeLedger.MaxPageSize)
    {
        _connectionString ??= await azurite.GetConnectionStringAsync();
        var ledger = new TableTradeLedger(_connectionString, "ledger" + Guid.NewGuid().ToString("N")[..16], pageSize);
        _created.Add(ledger);
        return ledger;
    }

    [Fact]
    public async Task UpsertAsync_Row_IsKeyedByTradingDateAndClientOrderId()
    {
        var entry = Entry();

        await Ledger.UpsertAsync(entry, Ct);

        var table = ((TableTradeLedger)Ledger).Table;
        var entity = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>("2026-11-24", entry.ClientOrderId, cancellationToken: Ct)).Value;
        Assert.Equal("6001.15", entity.GetString(nameof(LedgerEntry.Notional)));
    }

    [Fact]
    public async Task ListAsync_SmallPages_FollowsEveryContinuation()
    {
        var ledger = await CreateAsync(pageSize: 7);
        var written = new List<string>();
        foreach (var date in new[] { "2026-11-23", "2026-11-24", "2026-11-25" })
        {
            for (var i = 0; i < 10; i++)
            {
                var cid = string.Create(CultureInfo.InvariantCulture, $"{date.Replace("-", "", StringComparison.Ordinal)}-S-X{i:D2}-0");
                await ledger.UpsertAsync(Entry(date, clientOrderId: cid), Ct);
                written.Add(cid);
            }
        }

        var listed = await ledger.ListAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Ct);

        Assert.Equal(written, listed.Select(e => e.ClientOrderId));
        Assert.Equal(10, (await ledger.ListByInstanceAsync(Core.Execution.InstanceId.Parse("2026-11-25"), Ct)).Count);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1ledger")]
    [InlineData("trade-ledger")]
    public void Constructor_InvalidTableName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new TableTradeLedger("UseDevelopmentStorage=true", name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Constructor_PageSizeOutOfRange_Throws(int pageSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableTradeLedger("UseDevelopmentStorage=true", "ledger", pageSize));
    }
}
