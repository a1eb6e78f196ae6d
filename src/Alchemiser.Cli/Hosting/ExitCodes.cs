namespace Alchemiser.Cli.Hosting;

/// <summary>The documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The work ran but found errors: a strategy failed, a file has errors, data is bad.</summary>
    public const int Failed = 1;

    /// <summary>The command line or configuration cannot be used.</summary>
    public const int Usage = 2;
}
