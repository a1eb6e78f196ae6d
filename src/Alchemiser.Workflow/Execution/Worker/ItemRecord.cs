using Alchemiser.Core.Execution;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>The persisted state of one item: the arrival quote and quantity (written before the first order), each
/// step, and the outcome.</summary>
internal sealed class ItemRecord
{
    public required string Symbol { get; init; }

    public required OrderSide Side { get; init; }

    /// <summary>|Δ| of the plan.</summary>
    public required decimal PlannedDollars { get; init; }

    /// <summary>The dollars the quantity is computed from (|Δ|, or Δ × k′ for a scaled buy).</summary>
    public decimal? TargetDollars { get; set; }

    public decimal? ArrivalBid { get; set; }

    public decimal? ArrivalAsk { get; set; }

    public DateTimeOffset? QuoteTime { get; set; }

    /// <summary>The quantity to walk; set together with the arrival quote, lowered only when the buying power cut
    /// a buy within the plan's tolerance.</summary>
    public decimal? Quantity { get; set; }

    /// <summary>Whether the broker takes fractional quantities of the asset; set together with the quantity.</summary>
    public bool IsFractionable { get; set; }

    public List<StepRecord> Steps { get; init; } = [];

    /// <summary>Set when the item is finished.</summary>
    public ExecutionItemStatus? Status { get; set; }

    public ExecutionReason Reason { get; set; }

    public string? BrokerReason { get; set; }

    public decimal? ArrivalMid => ArrivalBid is { } bid && ArrivalAsk is { } ask ? checked((bid + ask) / 2) : null;

    /// <summary>Σ final filled quantity over the terminal steps.</summary>
    public decimal FilledQuantity()
    {
        var sum = 0m;
        foreach (var step in Steps)
        {
            if (step.State == StepState.Terminal)
                sum = checked(sum + step.FilledQuantity);
        }

        return sum;
    }

    /// <summary>Σ notional over the terminal steps.</summary>
    public decimal FilledNotional()
    {
        var sum = 0m;
        foreach (var step in Steps)
        {
            if (step.State == StepState.Terminal)
                sum = checked(sum + step.Notional);
        }

        return sum;
    }

    public StepRecord? StepAt(int step) => Steps.Find(s => s.Step == step);
}
