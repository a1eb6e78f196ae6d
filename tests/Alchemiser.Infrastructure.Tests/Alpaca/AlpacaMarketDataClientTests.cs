using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>Contract tests of <see cref="AlpacaMarketDataClient"/> against a local WireMock.Net server that replays
/// Alpaca's documented responses. Time is a <see cref="RecordingTimeProvider"/>: no test sleeps through a retry.</summary>
public sealed partial class AlpacaMarketDataClientTests : IDisposable
{
    private const string ApiKey = AlpacaStub.ApiKey;
    private const string SecretKey = AlpacaStub.SecretKey;

    private static readonly Symbol Spy = Symbol.Parse("SPY");
    private static readonly Symbol Qqq = Symbol.Parse("QQQ");
    private static readonly DateOnly Jan2 = new(2024, 1, 2);
    private static readonly DateOnly Jan5 = new(2024, 1, 5);

    private readonly AlpacaStub _stub = new();
    private readonly CollectingLogger _logger = new();
    private readonly RecordingTimeProvider _time;
    private readonly AlpacaOptions _options;
    private readonly AlpacaMarketDataClient _client;

    public AlpacaMarketDataClientTests()
    {
        _options = _stub.Options();
        _time = new RecordingTimeProvider(_options.RequestTimeout);
        _client = new AlpacaMarketDataClient(_options, _time, _logger);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _client.Dispose();
        _stub.Dispose();
    }

    private Task<IReadOnlyDictionary<Symbol, BarSeries>> GetBarsAsync(params Symbol[] symbols) =>
        _time.RunAsync(() => _client.GetDailyBarsAsync(symbols, Jan2, Jan5, Ct), Ct);

    private static StubReply Ok(string body) => new(200, body);

    private static string SpyAndQqqPage() => AlpacaJson.Page(
        null,
        ("QQQ", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 402.5), AlpacaJson.Bar("2024-01-03T05:00:00Z", 398.25)]),
        ("SPY", [
            AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65, 123_623_700),
            AlpacaJson.Bar("2024-01-03T05:00:00Z", 468.79, 103_585_900),
            AlpacaJson.Bar("2024-01-04T05:00:00Z", 467.28, 84_232_200),
        ]));
}
