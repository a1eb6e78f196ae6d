using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Ledger;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Cli.Tests;

/// <summary>What one day's run left in a home folder: the instance's status, the day's broker orders, the account, the
/// day's ledger rows and the day's emails.</summary>
internal sealed record DayResult(
    RunStatus? Status,
    IReadOnlyList<BrokerOrder> Orders,
    IReadOnlyList<(string Symbol, decimal Quantity)> Positions,
    decimal Cash,
    IReadOnlyList<string> LedgerClientOrderIds,
    IReadOnlyList<string> Emails)
{
    /// <summary>Reads <paramref name="day"/>'s run from <paramref name="home"/> (orders by the day's client order id prefix).</summary>
    public static async Task<DayResult> ReadAsync(string home, InstanceId day, CancellationToken cancellationToken)
    {
        var instance = await new SqliteRunStore(home).GetInstanceAsync(day, cancellationToken);
        var broker = new SimulatedBroker(new SimulatedBrokerOptions { Root = home }, new ParquetBarStore(home));
        var prefix = day.TradingDate!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-";
        var orders = (await broker.ListOrdersAsync(OrderListing.All, null, cancellationToken))
            .Where(o => o.ClientOrderId.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(o => o.ClientOrderId, StringComparer.Ordinal)
            .ToList();
        var positions = (await broker.GetPositionsAsync(cancellationToken))
            .Select(p => (p.Symbol.Value, p.Quantity))
            .OrderBy(p => p.Value, StringComparer.Ordinal)
            .ToList();
        var account = await broker.GetAccountAsync(cancellationToken);
        var ledger = File.Exists(Path.Combine(home, "ledger.db"))
            ? (await new SqliteTradeLedger(Path.Combine(home, "ledger.db")).ListByInstanceAsync(day, cancellationToken))
                .Select(e => e.ClientOrderId).Order(StringComparer.Ordinal).ToList()
            : [];
        var outbox = Path.Combine(home, "outbox");
        var emails = Directory.Exists(outbox)
            ? Directory.GetFiles(outbox, $"*_{day.Value}_*.eml").Select(f => Path.GetFileName(f)[11..]).Order(StringComparer.Ordinal).ToList()
            : [];
        return new DayResult(instance?.Status, orders, positions, account.Cash, ledger, emails);
    }

    /// <summary>The walk step of an order: the last part of its client order id.</summary>
    public static int StepOf(BrokerOrder order) => int.Parse(order.ClientOrderId[(order.ClientOrderId.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
