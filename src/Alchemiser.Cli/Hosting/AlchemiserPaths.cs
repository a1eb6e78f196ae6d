namespace Alchemiser.Cli.Hosting;

/// <summary>Where local state and strategies live.</summary>
/// <param name="Home">All local state (bars, later the ledger and run history): <c>$ALCHEMISER_HOME</c>, default
/// <c>.alchemiser/</c> under the current directory.</param>
/// <param name="Strategies">The strategies folder: <c>--strategies</c>, then <c>$ALCHEMISER_STRATEGIES</c>, then
/// <c>./strategies</c> when it holds a portfolio.json, then the copy shipped beside the program.</param>
internal sealed record AlchemiserPaths(string Home, string Strategies)
{
    public const string HomeVariable = "ALCHEMISER_HOME";
    public const string StrategiesVariable = "ALCHEMISER_STRATEGIES";

    public static AlchemiserPaths Resolve(string? strategiesOption)
    {
        var home = Environment.GetEnvironmentVariable(HomeVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.CurrentDirectory, ".alchemiser");
        return new AlchemiserPaths(Path.GetFullPath(home), ResolveStrategies(strategiesOption));
    }

    private static string ResolveStrategies(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return Path.GetFullPath(option);
        if (Environment.GetEnvironmentVariable(StrategiesVariable) is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        var local = Path.Combine(Environment.CurrentDirectory, "strategies");
        if (File.Exists(Path.Combine(local, "portfolio.json")))
            return local;
        return Path.Combine(AppContext.BaseDirectory, "strategies");
    }
}
