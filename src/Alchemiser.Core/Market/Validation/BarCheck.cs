namespace Alchemiser.Core.Market.Validation;

/// <summary>The checks a bar series must pass before strategies may use it (issue: data lake, validation).</summary>
public enum BarCheck
{
    /// <summary>A close (or other price) that is zero, negative or not a finite number.</summary>
    NonPositivePrice,

    /// <summary>A bar whose close is absent.</summary>
    MissingPrice,

    /// <summary>Two bars on the same date.</summary>
    DuplicateDate,

    /// <summary>A bar dated before the one above it.</summary>
    UnsortedDate,

    /// <summary>An exchange session inside the symbol's span with no bar.</summary>
    Gap,

    /// <summary>The last bar is older than the last completed session.</summary>
    Stale,

    /// <summary>A daily move over the threshold that the symbol's siblings and its own history do not explain.</summary>
    SuspiciousJump,
}
