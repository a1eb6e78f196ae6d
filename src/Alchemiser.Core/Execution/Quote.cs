namespace Alchemiser.Core.Execution;

/// <summary>A top-of-book quote: best bid, best ask and the broker's quote time.</summary>
/// <param name="Bid">Best bid in dollars per share.</param>
/// <param name="Ask">Best ask in dollars per share.</param>
/// <param name="Time">The quote's timestamp as the broker reports it.</param>
public sealed record Quote(decimal Bid, decimal Ask, DateTimeOffset Time)
{
    /// <summary>(bid + ask) / 2, unrounded.</summary>
    public decimal Mid => checked((Bid + Ask) / 2);

    /// <summary>(ask − bid) / mid × 10⁴, unrounded; 0 when the mid is not positive.</summary>
    public decimal SpreadBps => Mid > 0 ? checked((Ask - Bid) / Mid * 10_000m) : 0;
}
