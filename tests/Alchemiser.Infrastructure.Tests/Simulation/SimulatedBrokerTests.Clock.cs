using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed partial class SimulatedBrokerTests
{
    [Fact]
    public async Task GetClockAsync_BarsEndBeforeThanksgiving_FridayEarlyCloseAt1245NewYork()
    {
        // Thursday 2026-11-26 is Thanksgiving; Friday closes at 13:00 EST (18:00 UTC).
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 25));

        var clock = await _bed.Create().GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(
                Now: Utc(2026, 11, 27, 17, 45),
                IsOpen: true,
                NextOpen: Utc(2026, 11, 30, 14, 30),
                NextClose: Utc(2026, 11, 27, 18, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_BarsEndOnFriday_MondayAt1545NewYork()
    {
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 20));

        var clock = await _bed.Create().GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(Utc(2026, 11, 23, 20, 45), true, Utc(2026, 11, 24, 14, 30), Utc(2026, 11, 23, 21, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_SummerAfterAnObservedHoliday_SkipsItInDaylightTime()
    {
        // Saturday 2026-07-04 is observed on Friday 07-03; New York is on EDT (UTC-4).
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 7, 2));

        var clock = await _bed.Create().GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(Utc(2026, 7, 6, 19, 45), true, Utc(2026, 7, 7, 13, 30), Utc(2026, 7, 6, 20, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_SymbolsEndOnDifferentDays_SessionFollowsTheNewestBar()
    {
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 20));
        await _bed.WriteBarsAsync("QQQ", 400.0, new DateOnly(2026, 11, 24));

        var clock = await _bed.Create().GetClockAsync(Ct);

        Assert.Equal(Utc(2026, 11, 25, 20, 45), clock.Now);
    }

    [Fact]
    public async Task GetClockAsync_ConfiguredSession_WinsOverTheBars()
    {
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 20));
        var options = _bed.Options with { SimulatedSessionDate = new DateOnly(2026, 12, 24) }; // Christmas Eve, 13:00

        var clock = await _bed.Create(options).GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(Utc(2026, 12, 24, 17, 45), true, Utc(2026, 12, 28, 14, 30), Utc(2026, 12, 24, 18, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_ConfiguredHoliday_ClosedUntilTheNextSession()
    {
        var options = _bed.Options with { SimulatedSessionDate = new DateOnly(2026, 11, 26) };

        var clock = await _bed.Create(options).GetClockAsync(Ct);

        Assert.False(clock.IsOpen);
        Assert.Equal((Utc(2026, 11, 27, 14, 30), Utc(2026, 11, 27, 18, 0)), (clock.NextOpen, clock.NextClose));
    }

    [Fact]
    public async Task GetClockAsync_AtTheClose_ClosedWithTheNextSessionAhead()
    {
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 20));

        var clock = await _bed.Create(_bed.Options with { TimeBeforeClose = TimeSpan.Zero }).GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(Utc(2026, 11, 23, 21, 0), false, Utc(2026, 11, 24, 14, 30), Utc(2026, 11, 24, 21, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_BeforeTheOpen_ClosedWithTodaysSessionAhead()
    {
        await _bed.WriteBarsAsync("SPY", 500.0, new DateOnly(2026, 11, 20));

        var clock = await _bed.Create(_bed.Options with { TimeBeforeClose = TimeSpan.FromHours(7) }).GetClockAsync(Ct);

        Assert.Equal(
            new BrokerClock(Utc(2026, 11, 23, 14, 0), false, Utc(2026, 11, 23, 14, 30), Utc(2026, 11, 23, 21, 0)),
            clock);
    }

    [Fact]
    public async Task GetClockAsync_NoBarsAndNoConfiguredSession_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => _bed.Create().GetClockAsync(Ct));

    [Fact]
    public async Task ListOrdersAsync_SessionMovedOn_WorkingOrdersOfTheOldSessionExpire()
    {
        var broker = await SpyBrokerAsync();
        var working = await broker.SubmitOrderAsync(Limit("w", OrderSide.Buy, 1m, 490m), Ct);

        await _bed.WriteBarsAsync("SPY", 510.0, new DateOnly(2026, 11, 23)); // the session's bar arrives
        _bed.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await broker.ListOrdersAsync(OrderListing.Open, cancellationToken: Ct));
        Assert.Equal(OrderStatus.Expired, (await broker.GetOrderAsync(working.Id, Ct)).Status);
        Assert.Equal(100_000m, (await broker.GetAccountAsync(Ct)).BuyingPower);
        Assert.Equal(Utc(2026, 11, 24, 20, 45), (await broker.GetClockAsync(Ct)).Now);
        var quote = (await broker.GetLatestQuotesAsync([Spy], Ct))[Spy];
        Assert.Equal((509.94m, 510.06m), (quote.Bid, quote.Ask)); // 2 bps of 510 is 5.1 cents a side, rounded up to 6
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
