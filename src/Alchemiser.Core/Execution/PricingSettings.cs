namespace Alchemiser.Core.Execution;

/// <summary>The pricing settings of the walk (PIPELINE.md §6.4–§6.5, §12). Immutable; validated on construction.</summary>
public sealed record PricingSettings
{
    /// <summary>Creates settings.</summary>
    /// <param name="stepRatios">r per limit step, the share of the spread crossed; default 0.50, 0.75, 0.95. Each in
    /// [0, 1] and non-decreasing.</param>
    /// <param name="maxSlippageBps">Cap of the final step from the arrival mid, in basis points; default 100. ≥ 0.</param>
    /// <param name="quoteMaxAge">Oldest usable quote; default 10 s. Positive.</param>
    /// <param name="maxSpreadPercent">Widest usable spread in percent of the mid; default 5. Positive.</param>
    /// <exception cref="ArgumentException">A value out of range.</exception>
    public PricingSettings(IReadOnlyList<decimal> stepRatios, decimal maxSlippageBps, TimeSpan quoteMaxAge, decimal maxSpreadPercent)
    {
        ArgumentNullException.ThrowIfNull(stepRatios);
        if (stepRatios.Count != 3)
            throw new ArgumentException("exactly three limit steps (0, 1, 2) are used", nameof(stepRatios));
        for (var i = 0; i < stepRatios.Count; i++)
        {
            if (stepRatios[i] is < 0 or > 1 || (i > 0 && stepRatios[i] < stepRatios[i - 1]))
                throw new ArgumentException("step ratios must be in [0, 1] and non-decreasing", nameof(stepRatios));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(maxSlippageBps);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quoteMaxAge, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxSpreadPercent, 0);
        StepRatios = [.. stepRatios];
        MaxSlippageBps = maxSlippageBps;
        QuoteMaxAge = quoteMaxAge;
        MaxSpreadPercent = maxSpreadPercent;
    }

    /// <summary>The defaults of PIPELINE.md §12.</summary>
    public static PricingSettings Default { get; } = new([0.50m, 0.75m, 0.95m], 100m, TimeSpan.FromSeconds(10), 5m);

    /// <summary>r for steps 0, 1 and 2.</summary>
    public IReadOnlyList<decimal> StepRatios { get; }

    /// <summary>Cap of the final step from the arrival mid, in basis points.</summary>
    public decimal MaxSlippageBps { get; }

    /// <summary>Oldest usable quote (quote time versus now).</summary>
    public TimeSpan QuoteMaxAge { get; }

    /// <summary>Widest usable spread, in percent of the mid.</summary>
    public decimal MaxSpreadPercent { get; }
}
