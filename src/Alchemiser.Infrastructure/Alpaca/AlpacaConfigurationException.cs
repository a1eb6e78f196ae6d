namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>The Alpaca settings are missing or invalid; <see cref="Problems"/> names each offending setting.</summary>
/// <remarks>The message never contains a key or secret, only the names of the settings.</remarks>
public sealed class AlpacaConfigurationException : Exception
{
    /// <summary>Creates the exception from one or more problems, each naming its setting.</summary>
    public AlpacaConfigurationException(IReadOnlyList<string> problems)
        : base("Alpaca configuration is invalid: " + string.Join("; ", problems)) =>
        Problems = problems;

    /// <summary>One entry per problem, e.g. <c>ALPACA_API_KEY is not set</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
