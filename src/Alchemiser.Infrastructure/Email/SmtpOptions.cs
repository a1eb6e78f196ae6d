using System.Globalization;
using System.Net;
using System.Text;
using MimeKit;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// Settings of <see cref="SmtpNotifier"/>, bound from the <c>Email</c> configuration section (<c>Email__Host</c>,
/// <c>Email__Port</c>, ...). Azure: <c>smtp.azurecomm.net</c>, 587, <see cref="SmtpSecurity.StartTls"/>, the
/// Communication Services user name and the Entra client secret; locally: maildev on <c>127.0.0.1</c>, 1025,
/// <see cref="SmtpSecurity.None"/>, no credentials.
/// </summary>
/// <remarks>Immutable. <see cref="ToString"/> never prints <see cref="Password"/>, only whether it is set, so an
/// options value may be logged safely.</remarks>
public sealed record SmtpOptions
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string SectionName = "Email";

    /// <summary>The SMTP server's host name or IP address.</summary>
    public string Host { get; init; } = "";

    /// <summary>The SMTP server's port.</summary>
    /// <value>Default 587 (submission with STARTTLS); from 1 to 65535.</value>
    public int Port { get; init; } = 587;

    /// <summary>How the connection is secured.</summary>
    /// <value>Default <see cref="SmtpSecurity.StartTls"/>.</value>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    /// <summary>The user name to authenticate with; none means no authentication.</summary>
    public string? Username { get; init; }

    /// <summary>The password (in Azure, the Entra application's client secret); required with <see cref="Username"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The sender, <c>a@b.c</c> or <c>Name &lt;a@b.c&gt;</c> (in Azure, <c>DoNotReply@&lt;managed domain&gt;</c>).</summary>
    public string From { get; init; } = "";

    /// <summary>Recipients of messages that name none; at least one is required.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>Time allowed to open the connection, TLS handshake included.</summary>
    /// <value>Default 30 s; more than 0 and at most 5 minutes.</value>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for each network read or write after connecting.</summary>
    /// <value>Default 60 s; more than 0 and at most 10 minutes.</value>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt on transient errors (connection refused or lost, timeouts, 4xx replies)
    /// that happen before the server took the message content; 0 disables retrying.</summary>
    /// <value>Default 3; from 0 to 10. Authentication, TLS and 5xx errors are never retried.</value>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Base of the exponential backoff (with jitter) between retries.</summary>
    /// <value>Default 2 s; not negative.</value>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts.</summary>
    /// <value>Default 30 s; not shorter than <see cref="RetryBaseDelay"/>.</value>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Lists what is wrong with these settings, each problem naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Host))
            problems.Add($"{SectionName}:Host is not set (the SMTP server, e.g. smtp.azurecomm.net)");
        else if (Uri.CheckHostName(Host.Trim()) == UriHostNameType.Unknown)
            problems.Add($"{SectionName}:Host '{Host}' is not a host name or IP address");
        if (Port is < 1 or > 65535)
            problems.Add($"{SectionName}:Port must be from 1 to 65535, not {Port}");
        if (!Enum.IsDefined(Security))
            problems.Add($"{SectionName}:Security must be Auto, StartTls, SslOnConnect or None, not {Security}");
        var hasUser = !string.IsNullOrEmpty(Username);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser && !hasPassword)
            problems.Add($"{SectionName}:Password is not set, but {SectionName}:Username is");
        if (hasPassword && !hasUser)
            problems.Add($"{SectionName}:Username is not set, but {SectionName}:Password is");
        if (hasUser && Security is SmtpSecurity.None or SmtpSecurity.Auto && !IsLoopback(Host))
            problems.Add($"{SectionName}:Security must be StartTls or SslOnConnect when credentials are sent to {Host} (they would travel unencrypted)");
        if (string.IsNullOrWhiteSpace(From))
            problems.Add($"{SectionName}:From is not set (the sender address)");
        else if (!IsMailbox(From))
            problems.Add($"{SectionName}:From '{From}' is not an email address");
        if (To is null || To.Count == 0)
            problems.Add($"{SectionName}:To is empty (at least one recipient)");
        else
        {
            for (var i = 0; i < To.Count; i++)
            {
                if (!IsMailbox(To[i]))
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:To:{i} '{To[i]}' is not an email address"));
            }
        }

        if (ConnectTimeout <= TimeSpan.Zero || ConnectTimeout > TimeSpan.FromMinutes(5))
            problems.Add($"{SectionName}:ConnectTimeout must be more than 0 and at most 5 minutes");
        if (CommandTimeout <= TimeSpan.Zero || CommandTimeout > TimeSpan.FromMinutes(10))
            problems.Add($"{SectionName}:CommandTimeout must be more than 0 and at most 10 minutes");
        if (MaxRetries is < 0 or > 10)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:MaxRetries must be from 0 to 10, not {MaxRetries}"));
        if (RetryBaseDelay < TimeSpan.Zero)
            problems.Add($"{SectionName}:RetryBaseDelay must not be negative");
        if (MaxRetryDelay < RetryBaseDelay)
            problems.Add($"{SectionName}:MaxRetryDelay must not be shorter than {SectionName}:RetryBaseDelay");
        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="SmtpConfigurationException">A setting is missing or invalid; every problem is listed.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
            throw new SmtpConfigurationException(problems);
    }

    private static bool IsMailbox(string? text) =>
        !string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal);

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    // Records print every property; this override keeps the password out of ToString() and so out of logs.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Host = ").Append(Host);
        builder.Append(", Port = ").Append(Port.ToString(CultureInfo.InvariantCulture));
        builder.Append(", Security = ").Append(Security);
        builder.Append(", Username = ").Append(string.IsNullOrEmpty(Username) ? "(not set)" : Username);
        builder.Append(", Password = ").Append(string.IsNullOrEmpty(Password) ? "(not set)" : "(set)");
        builder.Append(", From = ").Append(From);
        builder.Append(", To = [").AppendJoin(", ", To ?? []).Append(']');
        builder.Append(", ConnectTimeout = ").Append(ConnectTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", CommandTimeout = ").Append(CommandTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", MaxRetries = ").Append(MaxRetries.ToString(CultureInfo.InvariantCulture));
        builder.Append(", RetryBaseDelay = ").Append(RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", MaxRetryDelay = ").Append(MaxRetryDelay.ToString("c", CultureInfo.InvariantCulture));
        return true;
    }
}
