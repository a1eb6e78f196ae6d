namespace Alchemiser.Core.Portfolio;

/// <summary>What the run does when a strategy fails (PIPELINE.md §3).</summary>
public enum StrategyFailureMode
{
    /// <summary><c>abort</c> (default): any failed strategy fails the run closed: no plan, no orders, alert.</summary>
    Abort,

    /// <summary><c>hold-previous</c>: a failed strategy's slice reuses its allocation from the previous trading day's run.</summary>
    HoldPrevious,
}
