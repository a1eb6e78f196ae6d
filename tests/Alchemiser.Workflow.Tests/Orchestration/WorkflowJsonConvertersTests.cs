using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed class WorkflowJsonConvertersTests
{
    private sealed record Sample(Symbol Symbol, InstanceId Id, Dictionary<Symbol, double> Weights);

    [Fact]
    public void SymbolsAndInstanceIds_AreWrittenAsStringsAndReadBack()
    {
        var sample = new Sample(Symbol.Parse("BRK.B"), InstanceId.Parse("2026-11-24#2"), new() { [Symbol.Parse("SPY")] = 0.5 });

        var json = JsonSerializer.Serialize(sample, WorkflowJson.Default);
        var back = JsonSerializer.Deserialize<Sample>(json, WorkflowJson.Default)!;

        Assert.Equal("""{"symbol":"BRK/B","id":"2026-11-24#2","weights":{"SPY":0.5}}""", json);
        Assert.Equal(sample.Symbol, back.Symbol);
        Assert.Equal(sample.Id, back.Id);
        Assert.Equal(0.5, back.Weights[Symbol.Parse("SPY")]);
    }

    [Theory]
    [InlineData("""{"symbol":"not a ticker","id":"x","weights":{}}""")]
    [InlineData("""{"symbol":"SPY","id":"","weights":{}}""")]
    [InlineData("""{"symbol":42,"id":"x","weights":{}}""")]
    public void InvalidValues_AreJsonErrors(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Sample>(json, WorkflowJson.Default));
}
