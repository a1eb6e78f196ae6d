using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>The persisted state of one step's order.</summary>
internal sealed class StepRecord
{
    public required int Step { get; init; }

    public required string ClientOrderId { get; init; }

    public required ExecutionOrderKind Kind { get; init; }

    /// <summary>The limit asked for; null for a market order.</summary>
    public decimal? Limit { get; set; }

    /// <summary>The order's quantity; a buy's may be cut to the buying power just before it is submitted.</summary>
    public required decimal Quantity { get; set; }

    public StepState State { get; set; }

    public string? BrokerOrderId { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public OrderStatus? FinalStatus { get; set; }

    public decimal FilledQuantity { get; set; }

    public decimal? AveragePrice { get; set; }

    public decimal Notional { get; set; }

    public DateTimeOffset? FirstFillAt { get; set; }

    public DateTimeOffset? LastFillAt { get; set; }

    /// <summary>The broker's rejection text (data, never matched).</summary>
    public string? BrokerReason { get; set; }

    /// <summary>The buying power cut this buy by more than the tolerance: the item stops after this step.</summary>
    public bool CutToBuyingPower { get; set; }

    /// <summary>Whether the fill went to the <see cref="IFillRecorder"/>.</summary>
    public bool Recorded { get; set; }
}

/// <summary>Where a step's order is.</summary>
internal enum StepState
{
    /// <summary>About to be placed: the client order id is known, the broker may or may not have the order.</summary>
    Placing,

    /// <summary>The broker has the order and it may still change.</summary>
    Working,

    /// <summary>The order is terminal and its final fills are read.</summary>
    Terminal,

    /// <summary>The cancel was never confirmed: the item stopped.</summary>
    CancelUnconfirmed,
}
