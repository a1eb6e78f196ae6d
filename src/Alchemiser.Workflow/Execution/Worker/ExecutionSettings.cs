using Alchemiser.Core.Execution;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// Settings of the execution worker (PIPELINE.md §6 and §12). Immutable; <see cref="Validate"/> runs at the start of
/// every <see cref="ExecutionWorker.ExecuteAsync"/>.
/// </summary>
public sealed record ExecutionSettings
{
    /// <summary>The defaults of PIPELINE.md §12.</summary>
    public static ExecutionSettings Default { get; } = new();

    /// <summary>r of the limit steps 0, 1 and 2: the share of the arrival spread crossed.</summary>
    /// <value>Default 0.50, 0.75, 0.95; exactly three, each in [0, 1], non-decreasing.</value>
    public IReadOnlyList<decimal> StepRatios { get; init; } = [0.50m, 0.75m, 0.95m];

    /// <summary>How long a limit step (0–2) waits for a fill before it is canceled.</summary>
    /// <value>Default 10 s; positive.</value>
    public TimeSpan StepWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a cancel is waited for before the grace period starts.</summary>
    /// <value>Default 10 s; positive.</value>
    public TimeSpan CancelWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The extra wait after <see cref="CancelWait"/>; a cancel still unconfirmed then stops the item
    /// (<see cref="ExecutionReason.CancelUnconfirmed"/>).</summary>
    /// <value>Default 30 s; not negative.</value>
    public TimeSpan CancelGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What step 3 sends.</summary>
    /// <value>Default <see cref="FinalOrderKind.MarketableLimit"/>.</value>
    public FinalOrderKind FinalOrder { get; init; } = FinalOrderKind.MarketableLimit;

    /// <summary>How long step 3 waits for a fill before its remainder is canceled.</summary>
    /// <value>Default 30 s; positive.</value>
    public TimeSpan FinalWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap of step 3's price from the arrival mid, in basis points.</summary>
    /// <value>Default 100; not negative.</value>
    public decimal MaxSlippageBps { get; init; } = 100m;

    /// <summary>The oldest usable quote (quote time versus the worker's clock).</summary>
    /// <value>Default 10 s; positive.</value>
    public TimeSpan QuoteMaxAge { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The widest usable arrival spread, in percent of the mid.</summary>
    /// <value>Default 5; positive.</value>
    public decimal MaxSpreadPercent { get; init; } = 5m;

    /// <summary>How many times an unusable quote is fetched again before the item fails with
    /// <see cref="ExecutionReason.NoQuote"/>.</summary>
    /// <value>Default 3; not negative.</value>
    public int QuoteRefetches { get; init; } = 3;

    /// <summary>The pause between quote fetches.</summary>
    /// <value>Default 1 s; not negative.</value>
    public TimeSpan QuoteRefetchDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed sell notional (planned − filled dollars over the sells) above which no buy is placed.</summary>
    /// <value>Default $500; not negative.</value>
    public decimal SellFailureBlockUsd { get; init; } = 500m;

    /// <summary>The circuit breaker's allowance over the planned buys, in percent.</summary>
    /// <value>Default 5; not negative.</value>
    public decimal BuyOverrunPercent { get; init; } = 5m;

    /// <summary>How many items of one phase walk the book at the same time.</summary>
    /// <value>Default 8; at least 1.</value>
    public int Concurrency { get; init; } = 8;

    /// <summary>No order is placed later than this before the broker's close.</summary>
    /// <value>Default 2 minutes; not negative.</value>
    public TimeSpan LatestOrderBeforeClose { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often working orders are polled; one listing of open orders serves every waiting item.</summary>
    /// <value>Default 1 s; positive.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The Core pricing settings these settings imply.</summary>
    /// <exception cref="ArgumentException">A pricing setting is out of range.</exception>
    public PricingSettings Pricing => new(StepRatios, MaxSlippageBps, QuoteMaxAge, MaxSpreadPercent);

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        _ = Pricing;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StepWait, TimeSpan.Zero, nameof(StepWait));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CancelWait, TimeSpan.Zero, nameof(CancelWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(CancelGrace, TimeSpan.Zero, nameof(CancelGrace));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FinalWait, TimeSpan.Zero, nameof(FinalWait));
        ArgumentOutOfRangeException.ThrowIfNegative(QuoteRefetches, nameof(QuoteRefetches));
        ArgumentOutOfRangeException.ThrowIfLessThan(QuoteRefetchDelay, TimeSpan.Zero, nameof(QuoteRefetchDelay));
        ArgumentOutOfRangeException.ThrowIfNegative(SellFailureBlockUsd, nameof(SellFailureBlockUsd));
        ArgumentOutOfRangeException.ThrowIfNegative(BuyOverrunPercent, nameof(BuyOverrunPercent));
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(LatestOrderBeforeClose, TimeSpan.Zero, nameof(LatestOrderBeforeClose));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
        if (!Enum.IsDefined(FinalOrder))
            throw new ArgumentException("not a defined final order kind", nameof(FinalOrder));
    }
}
