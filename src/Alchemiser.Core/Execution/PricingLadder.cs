namespace Alchemiser.Core.Execution;

/// <summary>
/// Limit prices of the walk-the-book ladder (PIPELINE.md §6.5). Pure; every price is in dollars per share and whole
/// cents.
/// </summary>
public static class PricingLadder
{
    /// <summary>The number of limit steps before the final step.</summary>
    public const int LimitSteps = 3;

    /// <summary>The final, marketable step.</summary>
    public const int FinalStep = 3;

    private const decimal MinimumCross = 0.01m;
    private const decimal CrossFraction = 0.001m;

    /// <summary>
    /// The limit of step 0, 1 or 2 from the arrival quote: BUY bid₀ + r × (ask₀ − bid₀) rounded down to whole cents,
    /// SELL ask₀ − r × (ask₀ − bid₀) rounded up, with r from <see cref="PricingSettings.StepRatios"/>.
    /// </summary>
    /// <remarks>With whole-cent quotes the limit lies in [bid₀, ask₀] and moves toward the far side step by step. With
    /// a sub-penny quote and no whole cent inside the spread a BUY limit can sit below the bid (never worse than
    /// computed, §6.3).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not 0–2.</exception>
    /// <exception cref="ArgumentException">The arrival quote is not valid (bid, ask &gt; 0, bid ≤ ask).</exception>
    public static decimal LimitFor(Quote arrival, OrderSide side, int step, PricingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, LimitSteps);
        if (!QuotePolicy.IsValid(arrival))
            throw new ArgumentException("the arrival quote must have 0 < bid ≤ ask", nameof(arrival));
        settings ??= PricingSettings.Default;
        var crossed = checked(settings.StepRatios[step] * (arrival.Ask - arrival.Bid));
        return side switch
        {
            OrderSide.Buy => Cents.Floor(checked(arrival.Bid + crossed)),
            OrderSide.Sell => Cents.Ceiling(checked(arrival.Ask - crossed)),
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
        };
    }

    /// <summary>
    /// The price cap of the final step: mid₀ × (1 + cap) for a BUY, mid₀ × (1 − cap) for a SELL, unrounded, with
    /// cap = <see cref="PricingSettings.MaxSlippageBps"/> / 10⁴.
    /// </summary>
    public static decimal CapPrice(decimal arrivalMid, OrderSide side, PricingSettings? settings = null)
    {
        settings ??= PricingSettings.Default;
        var cap = settings.MaxSlippageBps / 10_000m;
        return side switch
        {
            OrderSide.Buy => checked(arrivalMid * (1 + cap)),
            OrderSide.Sell => checked(arrivalMid * (1 - cap)),
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
        };
    }

    /// <summary>
    /// Whether the final step may trade against the fresh quote: <see cref="ExecutionReason.NoQuote"/> when the quote
    /// is not valid or older than the maximum age (the spread is not checked here: the cap bounds the price),
    /// <see cref="ExecutionReason.PriceCap"/> when the far side (ask₁ for a BUY, bid₁ for a SELL) is beyond the cap
    /// price, else <see cref="ExecutionReason.None"/>. Used as is for <c>finalOrder = market</c>.
    /// </summary>
    public static ExecutionReason CheckFinal(decimal arrivalMid, Quote fresh, OrderSide side, DateTimeOffset now, PricingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        settings ??= PricingSettings.Default;
        if (!QuotePolicy.IsValid(fresh) || now - fresh.Time > settings.QuoteMaxAge)
            return ExecutionReason.NoQuote;
        var cap = CapPrice(arrivalMid, side, settings);
        var beyond = side == OrderSide.Buy ? fresh.Ask > cap : fresh.Bid < cap;
        return beyond ? ExecutionReason.PriceCap : ExecutionReason.None;
    }

    /// <summary>
    /// The marketable limit of the final step (step 3): BUY min(ask₁ + max($0.01, 0.1 % × ask₁), cap price), SELL
    /// max(bid₁ − max($0.01, 0.1 % × bid₁), cap price), rounded to whole cents toward marketability (BUY up, SELL
    /// down) but never beyond the cap (the cap side rounds inward).
    /// </summary>
    /// <returns>The limit, or a refusal: see <see cref="CheckFinal"/>; also <see cref="ExecutionReason.PriceCap"/>
    /// when no whole-cent price within the cap reaches the far side (sub-penny quotes).</returns>
    public static FinalStepPrice FinalLimitFor(decimal arrivalMid, Quote fresh, OrderSide side, DateTimeOffset now, PricingSettings? settings = null)
    {
        var refusal = CheckFinal(arrivalMid, fresh, side, now, settings);
        if (refusal != ExecutionReason.None)
            return new FinalStepPrice(0, refusal);
        var cap = CapPrice(arrivalMid, side, settings);
        if (side == OrderSide.Buy)
        {
            var cross = Math.Max(MinimumCross, checked(CrossFraction * fresh.Ask));
            var limit = Math.Min(Cents.Ceiling(checked(fresh.Ask + cross)), Cents.Floor(cap));
            return limit >= fresh.Ask ? new FinalStepPrice(limit, ExecutionReason.None) : new FinalStepPrice(0, ExecutionReason.PriceCap);
        }
        else
        {
            var cross = Math.Max(MinimumCross, checked(CrossFraction * fresh.Bid));
            var limit = Math.Max(Math.Max(Cents.Floor(checked(fresh.Bid - cross)), Cents.Ceiling(cap)), Cents.One);
            return limit <= fresh.Bid ? new FinalStepPrice(limit, ExecutionReason.None) : new FinalStepPrice(0, ExecutionReason.PriceCap);
        }
    }
}
