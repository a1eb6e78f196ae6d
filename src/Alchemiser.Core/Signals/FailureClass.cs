namespace Alchemiser.Core.Signals;

/// <summary>The class of an evaluation failure, which decides the context that handles it (DSL.md §3.3).</summary>
public enum FailureClass
{
    /// <summary>A series has fewer points than a computation needs as of the date.</summary>
    History,

    /// <summary>The stored data cannot be right: unknown symbol, missing or non-positive close.</summary>
    Data,

    /// <summary>The strategy asks for something undefined: zero volatility, a top-level Empty.</summary>
    Model,
}
