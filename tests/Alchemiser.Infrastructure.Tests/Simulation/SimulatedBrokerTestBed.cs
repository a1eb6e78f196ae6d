using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Simulation;

/// <summary>A temporary state folder with a Parquet bar store and a fake clock, to create simulated brokers over.</summary>
internal sealed class SimulatedBrokerTestBed : IDisposable
{
    /// <summary>The default newest bar: Friday 2026-11-20, so the session is Monday 2026-11-23 (a full day).</summary>
    public static readonly DateOnly LastBarDate = new(2026, 11, 20);

    private readonly TempFolder _temp = new();

    public SimulatedBrokerTestBed() => Bars = new ParquetBarStore(_temp.Path);

    public string Root => _temp.Path;

    public ParquetBarStore Bars { get; }

    /// <summary>The wall clock: quotes, submissions and fills are stamped with it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 20, 45, 0, TimeSpan.Zero));

    public string AccountFile => Path.Combine(Root, "broker", "simulated-account.json");

    public SimulatedBrokerOptions Options => new() { Root = Root };

    public SimulatedBroker Create(SimulatedBrokerOptions? options = null) => new(options ?? Options, Bars, Time);

    /// <summary>Stores <paramref name="count"/> trading-day bars of <paramref name="ticker"/> ending on
    /// <paramref name="lastDate"/> (default <see cref="LastBarDate"/>), the last close being <paramref name="close"/>.</summary>
    public async Task WriteBarsAsync(string ticker, double close, DateOnly? lastDate = null, int count = 3)
    {
        var dates = new DateOnly[count];
        dates[^1] = lastDate ?? LastBarDate;
        for (var i = count - 2; i >= 0; i--)
            dates[i] = NyseCalendar.PreviousTradingDay(dates[i + 1]);
        var closes = Enumerable.Range(0, count).Select(i => close - (count - 1 - i)).ToArray();
        await Bars.WriteAsync(new BarSeries(Symbol.Parse(ticker), dates, closes), TestContext.Current.CancellationToken);
    }

    public void Dispose() => _temp.Dispose();
}
