namespace Alchemiser.Core.Execution;

/// <summary>The outcome of pricing the final marketable step: a limit, or a typed refusal.</summary>
/// <param name="Limit">The whole-cent limit; meaningful only when <see cref="Refusal"/> is <see cref="ExecutionReason.None"/>.</param>
/// <param name="Refusal"><see cref="ExecutionReason.None"/>, <see cref="ExecutionReason.PriceCap"/> or
/// <see cref="ExecutionReason.NoQuote"/>.</param>
public sealed record FinalStepPrice(decimal Limit, ExecutionReason Refusal)
{
    /// <summary>Whether the order may be placed.</summary>
    public bool CanPlace => Refusal == ExecutionReason.None;
}
