using Alchemiser.Infrastructure.Tests.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Reliability;

/// <summary>What a <see cref="RandomBrokerFaults"/> put in place of an answer.</summary>
internal enum BrokerFaultKind
{
    /// <summary>429 with <c>Retry-After: 1</c>.</summary>
    Throttled,

    /// <summary>500.</summary>
    ServerError,

    /// <summary>No answer within the client's timeout.</summary>
    Timeout,
}

/// <summary>
/// A <see cref="AlpacaTradingFake.FaultPlan"/> that faults a share of the requests, drawn from a seeded generator: a
/// 429 with <c>Retry-After</c>, a 500 or a reply held past the client's timeout; a POST or DELETE may be applied first
/// and lose only its answer. The very first order submission always loses its answer after the order is stored, so
/// every run takes the retry-and-adopt path at least once. The seed fixes the sequence of draws; which request meets
/// which draw depends on how concurrent requests interleave.
/// </summary>
internal sealed class RandomBrokerFaults(int seed, double share, TimeSpan clientTimeout)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();
    private readonly Dictionary<(BrokerFaultKind Kind, bool AfterApplying), int> _counts = [];
    private bool _firstOrderSeen;

    /// <summary>How many faults of each kind were injected, split by whether the request had taken effect.</summary>
    public IReadOnlyDictionary<(BrokerFaultKind Kind, bool AfterApplying), int> Counts
    {
        get
        {
            lock (_gate)
                return new Dictionary<(BrokerFaultKind, bool), int>(_counts);
        }
    }

    /// <summary>Order submissions that were stored but whose answer was lost.</summary>
    public int LostSubmissions { get; private set; }

    public StubFault? Decide(StubRequest request)
    {
        var isOrder = request is { Method: "POST", Path: "/v2/orders" };
        var changesState = isOrder || request.Method == "DELETE";
        BrokerFaultKind kind;
        bool afterApplying;
        lock (_gate)
        {
            if (isOrder && !_firstOrderSeen)
            {
                _firstOrderSeen = true;
                (kind, afterApplying) = (BrokerFaultKind.ServerError, true);
            }
            else
            {
                if (_random.NextDouble() >= share)
                    return null;
                kind = (BrokerFaultKind)_random.Next(3);
                afterApplying = changesState && _random.Next(2) == 0;
            }
            _counts[(kind, afterApplying)] = _counts.GetValueOrDefault((kind, afterApplying)) + 1;
            if (isOrder && afterApplying)
                LostSubmissions++;
        }
        var reply = kind switch
        {
            BrokerFaultKind.Throttled => new StubReply(429, """{"code":42910000,"message":"rate limit exceeded"}""",
                new Dictionary<string, string> { ["Retry-After"] = "1" }),
            BrokerFaultKind.ServerError => new StubReply(500, """{"code":50010000,"message":"internal server error"}"""),
            _ => new StubReply(500, """{"code":50010000,"message":"too late: the client gave up"}""") { Hold = Task.Delay(clientTimeout * 4) },
        };
        return new StubFault(reply, afterApplying);
    }
}
