namespace Alchemiser.Core.Execution;

/// <summary>The side of a broker order.</summary>
public enum OrderSide
{
    /// <summary>Buy: client order id letter <c>B</c>.</summary>
    Buy,

    /// <summary>Sell: client order id letter <c>S</c>.</summary>
    Sell,
}
