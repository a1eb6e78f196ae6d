using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// Loads, creates and writes the execution record of a plan as JSON under <c>executions/&lt;plan id&gt;.json</c>.
/// Every change goes through <see cref="UpdateAsync"/>, one at a time: the change and the write of the whole record
/// happen under one lock, so concurrent items never interleave a half-applied change with a write.
/// </summary>
internal sealed class ExecutionJournal
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    private readonly IObjectStore _store;
    private readonly string _key;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private ExecutionJournal(IObjectStore store, string key, ExecutionRecord record)
    {
        _store = store;
        _key = key;
        Record = record;
    }

    public ExecutionRecord Record { get; }

    /// <summary>The key of a plan's record; a plan id with characters a key cannot hold is made safe and suffixed
    /// with a hash so two ids never share a key.</summary>
    public static string KeyOf(InstanceId planId) => ObjectKey.ForId("executions", planId.Value, ".json");

    /// <summary>The stored record of <paramref name="plan"/>, or a new one (written before it is returned).</summary>
    /// <exception cref="InvalidDataException">The stored record does not belong to this plan.</exception>
    public static async Task<ExecutionJournal> LoadOrCreateAsync(IObjectStore store, RebalancePlan plan, CancellationToken cancellationToken)
    {
        var key = KeyOf(plan.PlanId);
        ExecutionRecord? record = null;
        await using (var stream = await store.OpenReadAsync(key, cancellationToken))
        {
            if (stream is not null)
                record = await JsonSerializer.DeserializeAsync<ExecutionRecord>(stream, Json, cancellationToken);
        }

        if (record is not null)
        {
            CheckMatches(record, plan);
            return new ExecutionJournal(store, key, record);
        }

        var created = new ExecutionRecord { PlanId = plan.PlanId.Value };
        foreach (var item in plan.Items)
        {
            if (item.Side == RebalanceSide.Hold)
                continue;
            created.Items.Add(new ItemRecord
            {
                Symbol = item.Symbol.Value,
                Side = item.Side == RebalanceSide.Buy ? OrderSide.Buy : OrderSide.Sell,
                PlannedDollars = Math.Abs(item.Delta),
            });
        }

        var journal = new ExecutionJournal(store, key, created);
        await journal.UpdateAsync(static () => { }, cancellationToken);
        return journal;
    }

    /// <summary>Applies <paramref name="change"/> and writes the record, atomically with respect to other changes.</summary>
    public async Task UpdateAsync(Action change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            change();
            var bytes = JsonSerializer.SerializeToUtf8Bytes(Record, Json);
            await _store.WriteAsync(_key, bytes, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static void CheckMatches(ExecutionRecord record, RebalancePlan plan)
    {
        var trades = plan.Items.Where(i => i.Side != RebalanceSide.Hold).ToList();
        var matches = record.PlanId == plan.PlanId.Value && record.Items.Count == trades.Count;
        for (var i = 0; matches && i < trades.Count; i++)
        {
            var side = trades[i].Side == RebalanceSide.Buy ? OrderSide.Buy : OrderSide.Sell;
            matches = record.Items[i].Symbol == trades[i].Symbol.Value && record.Items[i].Side == side;
        }

        if (!matches)
            throw new InvalidDataException($"the execution record of plan {plan.PlanId} does not match the plan's items");
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new SymbolJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class SymbolJsonConverter : JsonConverter<Symbol>
    {
        public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Symbol.Parse(reader.GetString() ?? throw new JsonException("a symbol must be a string"));

        public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
