namespace Alchemiser.Infrastructure.Email;

/// <summary>The SMTP settings are missing or invalid; <see cref="Problems"/> names each offending setting.</summary>
/// <remarks>The message never contains the password, only the names of the settings.</remarks>
public sealed class SmtpConfigurationException : Exception
{
    /// <summary>Creates the exception from one or more problems, each naming its setting.</summary>
    public SmtpConfigurationException(IReadOnlyList<string> problems)
        : base("Email (SMTP) configuration is invalid: " + string.Join("; ", problems)) =>
        Problems = problems;

    /// <summary>One entry per problem, e.g. <c>Email:Host is not set</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
