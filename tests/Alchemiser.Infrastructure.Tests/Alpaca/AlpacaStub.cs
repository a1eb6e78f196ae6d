using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Web;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>What the stub answers to one request.</summary>
internal sealed record StubReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>When set, the reply waits for this task first (a hung server that the client must time out).</summary>
    public Task? Hold { get; init; }
}

/// <summary>One request as the stub saw it: method, path, query, headers and (for a POST) the body.</summary>
internal sealed record StubRequest(
    string Path, NameValueCollection Query, IReadOnlyDictionary<string, string> Headers, string Method = "GET", string? Body = null);

/// <summary>
/// A local WireMock.Net server on a free port standing in for Alpaca's data and trading hosts. Every request (GET,
/// POST, DELETE) goes to a
/// handler that sees the parsed request and the number of earlier requests, so a test can script sequences (429 then
/// 200) and serve pages by <c>page_token</c>. Requests are recorded as sent, for assertions.
/// </summary>
internal sealed class AlpacaStub : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<StubRequest, int, StubReply> _handler = (_, _) => new StubReply(404, """{"message":"no handler"}""");
    private int _count;

    public AlpacaStub() =>
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(HandleAsync));

    public Uri Url => new(_server.Url!);

    /// <summary>The test keys: asserted to reach the stub as headers and never to appear in logs.</summary>
    public const string ApiKey = "PKTESTKEY0123456789";

    /// <inheritdoc cref="ApiKey"/>
    public const string SecretKey = "sEcReT-never-in-logs-0123456789abcdef";

    /// <summary>Options pointing both Alpaca APIs at this stub, with a request timeout of a distinctive length (97 s on
    /// the fake clock) so that <see cref="RecordingTimeProvider"/> can tell it from retry waits.</summary>
    public Infrastructure.Alpaca.AlpacaOptions Options() => new()
    {
        ApiKey = ApiKey,
        SecretKey = SecretKey,
        DataBaseUrl = Url,
        TradingBaseUrl = Url,
        RequestTimeout = TimeSpan.FromSeconds(97),
        MaxRetries = 3,
    };

    public IReadOnlyList<StubRequest> Requests => [.. _requests];

    /// <summary>Completes when this many requests have arrived (whatever their replies).</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _count) < count)
            await Task.Delay(2, cancellationToken);
    }

    /// <summary>Answers every request with <paramref name="handler"/>(request, index of the request from 0).</summary>
    public void Handle(Func<StubRequest, int, StubReply> handler) => _handler = handler;

    /// <summary>Answers the requests in turn with <paramref name="replies"/>, repeating the last one.</summary>
    public void Sequence(params StubReply[] replies) => _handler = (_, index) => replies[Math.Min(index, replies.Length - 1)];

    public void Dispose()
    {
        _release.TrySetResult();
        _server.Stop();
        _server.Dispose();
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        var headers = message.Headers?.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var request = new StubRequest(
            message.Path, HttpUtility.ParseQueryString(message.RawQuery ?? ""), headers, message.Method, message.Body);
        _requests.Enqueue(request);
        var index = Interlocked.Increment(ref _count) - 1;
        var reply = _handler(request, index);
        if (reply.Hold is { } hold)
            await Task.WhenAny(hold, _release.Task);

        var response = new ResponseMessage
        {
            StatusCode = reply.Status,
            BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = reply.Body },
        };
        response.AddHeader("Content-Type", "application/json");
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            response.AddHeader(name, value);
        return response;
    }
}
