using System.Diagnostics.CodeAnalysis;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The planner's result: exactly one of a plan or a failure.</summary>
public sealed record RebalanceOutcome
{
    private RebalanceOutcome(RebalancePlan? plan, RebalanceFailure? failure)
    {
        Plan = plan;
        Failure = failure;
    }

    /// <summary>The plan; <see langword="null"/> on failure.</summary>
    public RebalancePlan? Plan { get; }

    /// <summary>The failure; <see langword="null"/> on success.</summary>
    public RebalanceFailure? Failure { get; }

    /// <summary>Whether a plan was made.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Plan is not null;

    /// <summary>A successful outcome.</summary>
    public static RebalanceOutcome Success(RebalancePlan plan) => new(plan ?? throw new ArgumentNullException(nameof(plan)), null);

    /// <summary>A failed outcome.</summary>
    public static RebalanceOutcome Fail(RebalanceFailure failure) => new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
