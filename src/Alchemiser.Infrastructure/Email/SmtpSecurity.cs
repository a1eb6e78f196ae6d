namespace Alchemiser.Infrastructure.Email;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise (may stay unencrypted).</summary>
    Auto,

    /// <summary>Connect in clear, then require STARTTLS before anything else (port 587; Azure Communication Services).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption (a local server such as maildev).</summary>
    None,
}
