using System.Net;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Starting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Functions.Functions;

/// <summary>
/// The starters (AZURE.md §5): the timer and <c>POST /api/runs</c> ask the tested <see cref="RunStarter"/> whether to
/// start, then schedule the instance named for the trading date; <c>GET /api/runs/{id}</c> reads an instance.
/// </summary>
/// <param name="services">The app's services (the broker mode, the gate settings).</param>
/// <param name="log">Logs decisions.</param>
public sealed class StarterFunctions(TradingServices services, ILogger<StarterFunctions> log)
{
    /// <summary>Weekdays at 16:45, 17:45, 19:45 and 20:45 UTC; the rule accepts only the slot 15 minutes before today's close.</summary>
    [Function("DailyRunTimer")]
    public async Task Timer([TimerTrigger("%DAILY_SCHEDULE%")] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = services.Options.Clock.GetUtcNow();
        var decision = await RunStarter.DecideAsync(now, RunKind.Scheduled, null, RunStatusMapping.StatusLookup(client), services.Gate, cancellationToken: context.CancellationToken);
        if (decision.Action != RunStartAction.Start)
        {
            log.LogInformation("Timer slot {Now:u} not used: {Rule} {Reason}", now, decision.Rule, decision.Reason);
            return;
        }
        await ScheduleAsync(client, decision, RunKind.Scheduled, now, context.InvocationId, context.CancellationToken);
    }

    /// <summary>Starts a run: body <c>{"date": "yyyy-MM-dd", "force": false, "dryRun": false}</c>, every field optional.</summary>
    [Function("StartRun")]
    public async Task<HttpResponseData> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "runs")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var body = request.Body.CanSeek && request.Body.Length == 0 ? null : await request.ReadFromJsonAsync<StartRunBody>(context.CancellationToken);
        var kind = RunStarter.KindOf(body?.Force ?? false, body?.DryRun ?? false);
        var now = services.Options.Clock.GetUtcNow();
        // A dry run's id carries the invocation id, so two dry runs in the same second never share an instance.
        var decision = await RunStarter.DecideAsync(
            now, kind, body?.Date, RunStatusMapping.StatusLookup(client), services.Gate, context.InvocationId[..Math.Min(8, context.InvocationId.Length)], context.CancellationToken);
        switch (decision.Action)
        {
            case RunStartAction.Start:
                var id = await ScheduleAsync(client, decision, kind, now, context.InvocationId, context.CancellationToken);
                return await client.CreateCheckStatusResponseAsync(request, id, context.CancellationToken);
            case RunStartAction.Resume when decision.InProgress:
                return await client.CreateCheckStatusResponseAsync(request, decision.InstanceId!.Value.Value, HttpStatusCode.Conflict, context.CancellationToken);
            default:
                var refused = request.CreateResponse(decision.Action == RunStartAction.Resume ? HttpStatusCode.Conflict : HttpStatusCode.UnprocessableEntity);
                await refused.WriteAsJsonAsync(new { decision.TradingDate, decision.Rule, decision.Reason, instanceId = decision.InstanceId?.Value }, context.CancellationToken);
                return refused;
        }
    }

    /// <summary>An instance's status, input, output and custom status; <c>#</c> in a rerun id is sent as <c>%23</c>.</summary>
    [Function("GetRun")]
    public async Task<HttpResponseData> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{instanceId}")] HttpRequestData request,
        string instanceId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var id = Uri.UnescapeDataString(instanceId);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: true, context.CancellationToken) is not { } metadata)
            return request.CreateResponse(HttpStatusCode.NotFound);
        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(new
        {
            id = metadata.InstanceId,
            name = metadata.Name,
            status = metadata.RuntimeStatus.ToString(),
            createdAt = metadata.CreatedAt,
            lastUpdatedAt = metadata.LastUpdatedAt,
            customStatus = metadata.SerializedCustomStatus,
            input = metadata.SerializedInput,
            output = metadata.SerializedOutput,
            failure = metadata.FailureDetails?.ErrorMessage,
        }, context.CancellationToken);
        return response;
    }

    private static async Task<string> ScheduleAsync(
        DurableTaskClient client, RunStartDecision decision, RunKind kind, DateTimeOffset now, string causationId, CancellationToken cancellationToken)
    {
        var input = RunStarter.InputFor(decision, kind, now, causationId);
        return await client.ScheduleNewOrchestrationInstanceAsync(
            DailyRun.Name, input, new StartOrchestrationOptions(decision.InstanceId!.Value.Value), cancellationToken);
    }

    /// <summary>The body of <c>POST /api/runs</c>.</summary>
    /// <param name="Date">The trading date (must be the market's today).</param>
    /// <param name="Force">Skip the calendar rules; a finished day starts <c>date#n</c>.</param>
    /// <param name="DryRun">Plan without enqueuing.</param>
    public sealed record StartRunBody(DateOnly? Date, bool Force, bool DryRun);
}
