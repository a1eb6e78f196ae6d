namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Which Alpaca trading account the keys belong to; it selects the trading API's base URL.</summary>
public enum AlpacaEnvironment
{
    /// <summary>The paper (simulated) account at <c>https://paper-api.alpaca.markets</c>.</summary>
    Paper,

    /// <summary>The live (real money) account at <c>https://api.alpaca.markets</c>.</summary>
    Live,
}
