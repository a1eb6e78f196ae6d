using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Infrastructure.Tests.Reliability;

/// <summary>
/// A whole daily run against <see cref="AlpacaBroker"/> and the stateful fake Alpaca API while the API fails at
/// random: 429s with <c>Retry-After</c>, 500s and timeouts on a share of every kind of request, order submissions and
/// cancels included, some of them after the fake applied the request (the response lost). The run must end as a
/// fault-free run on the same fake ends: no duplicate order, the same orders, positions and cash, one ledger row per
/// filled order, one daily summary.
/// </summary>
public sealed class AlpacaFaultyRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(20241126)]
    [InlineData(7)]
    public async Task DailyRun_AlpacaFailingAtRandom_PlacesNoDuplicateOrderAndEndsWithTheAccountOfAFaultFreeRun(int seed)
    {
        using var reference = new AlpacaRunBed();
        var expected = await RunAsync(reference);

        using var bed = new AlpacaRunBed();
        var faults = new RandomBrokerFaults(seed, share: 0.15, AlpacaRunBed.RequestTimeout);
        bed.Fake.FaultPlan = faults.Decide;
        var actual = await RunAsync(bed);
        bed.Fake.FaultPlan = null;

        Assert.True(faults.LostSubmissions >= 1);
        Assert.All(Enum.GetValues<BrokerFaultKind>(), kind => Assert.Contains(faults.Counts.Keys, k => k.Kind == kind));
        var ids = actual.Orders.Select(o => o.ClientOrderId).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(actual.Orders.GroupBy(o => (o.Symbol, o.Side, StepOf(o))), g => Assert.Single(g));
        Assert.Equal(expected.Orders.Select(o => o.ClientOrderId), ids);
        Assert.Equal(expected.Positions, actual.Positions);
        Assert.Equal(expected.Cash, actual.Cash);
        Assert.Equal(actual.Orders.Where(o => o.FilledQuantity > 0).Select(o => o.ClientOrderId), actual.Ledger);
        Assert.Single(actual.Emails, e => e.EndsWith("daily-summary.eml", StringComparison.Ordinal));
    }

    private static async Task<Outcome> RunAsync(AlpacaRunBed bed)
    {
        var result = await bed.RunDayAsync(Ct);
        Assert.True(result.Status == RunStatus.Completed, result.Failure?.ErrorMessage);
        var summary = result.ReadOutput<RunSummary>()!;
        var items = summary.Execution?.Summary?.Items.Select(i => $"{i.Symbol} {i.Side} {i.Status} {i.Reason} {i.BrokerReason}") ?? [];
        Assert.True(summary.Outcome == RunOutcome.Success, $"{summary.Outcome}: {summary.Reason}; {string.Join("; ", items)}");

        using var broker = bed.Broker();
        var orders = (await broker.ListOrdersAsync(OrderListing.All, null, Ct)).OrderBy(o => o.ClientOrderId, StringComparer.Ordinal).ToList();
        Assert.Contains(orders, o => o.Side == OrderSide.Sell && o.FilledQuantity > 0);
        Assert.Contains(orders, o => o.Side == OrderSide.Buy && o.FilledQuantity > 0);
        var positions = (await broker.GetPositionsAsync(Ct)).Select(p => (p.Symbol.Value, p.Quantity)).Order().ToList();
        var account = await broker.GetAccountAsync(Ct);
        var ledger = (await bed.Ledger.ListByInstanceAsync(AlpacaRunBed.Instance, Ct)).Select(e => e.ClientOrderId).Order(StringComparer.Ordinal).ToList();
        var emails = Directory.GetFiles(Path.Combine(bed.Home, "outbox"), "*.eml").Select(Path.GetFileName).ToList();
        return new Outcome(orders, positions, account.Cash, ledger, emails!);
    }

    private static int StepOf(BrokerOrder order) =>
        int.Parse(order.ClientOrderId[(order.ClientOrderId.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Outcome(
        IReadOnlyList<BrokerOrder> Orders, IReadOnlyList<(string Symbol, decimal Quantity)> Positions, decimal Cash,
        IReadOnlyList<string> Ledger, IReadOnlyList<string> Emails);
}
