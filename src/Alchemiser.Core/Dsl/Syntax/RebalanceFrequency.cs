namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>The <c>:rebalance-frequency</c> metadata; kept and reported (the pipeline runs daily).</summary>
public enum RebalanceFrequency
{
    /// <summary><c>:none</c></summary>
    None,
    /// <summary><c>:daily</c></summary>
    Daily,
    /// <summary><c>:weekly</c></summary>
    Weekly,
    /// <summary><c>:monthly</c></summary>
    Monthly,
    /// <summary><c>:quarterly</c></summary>
    Quarterly,
    /// <summary><c>:yearly</c></summary>
    Yearly,
}
