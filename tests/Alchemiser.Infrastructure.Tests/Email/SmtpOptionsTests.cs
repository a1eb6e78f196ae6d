using Alchemiser.Infrastructure.Email;

namespace Alchemiser.Infrastructure.Tests.Email;

public sealed class SmtpOptionsTests
{
    private static readonly SmtpOptions Azure = new()
    {
        Host = "smtp.azurecomm.net",
        Port = 587,
        Security = SmtpSecurity.StartTls,
        Username = "acs-resource|app-id|tenant-id",
        Password = "s3cr3t-client-secret",
        From = "DoNotReply@example.azurecomm.net",
        To = ["ops@example.com"],
    };

    [Fact]
    public void Validate_AzureSettings_IsEmpty() => Assert.Empty(Azure.Validate());

    [Fact]
    public void Validate_Defaults_NameEveryMissingSetting()
    {
        var problems = new SmtpOptions().Validate();

        Assert.Equal(
            ["Email:Host is not set (the SMTP server, e.g. smtp.azurecomm.net)", "Email:From is not set (the sender address)",
             "Email:To is empty (at least one recipient)"],
            problems);
    }

    [Fact]
    public void Validate_BadValues_ListsEachProblem()
    {
        var options = Azure with
        {
            Port = 0,
            Password = null,
            From = "not an address",
            To = ["ok@example.com", "nope"],
            ConnectTimeout = TimeSpan.Zero,
            MaxRetries = 11,
        };

        Assert.Equal(
            ["Email:Port must be from 1 to 65535, not 0", "Email:Password is not set, but Email:Username is",
             "Email:From 'not an address' is not an email address", "Email:To:1 'nope' is not an email address",
             "Email:ConnectTimeout must be more than 0 and at most 5 minutes", "Email:MaxRetries must be from 0 to 10, not 11"],
            options.Validate());
    }

    [Fact]
    public void Validate_CredentialsWithoutTlsToARemoteHost_IsRefused()
    {
        var problems = (Azure with { Security = SmtpSecurity.None }).Validate();

        Assert.Equal(
            ["Email:Security must be StartTls or SslOnConnect when credentials are sent to smtp.azurecomm.net (they would travel unencrypted)"],
            problems);
        Assert.Empty((Azure with { Security = SmtpSecurity.None, Host = "127.0.0.1" }).Validate());
    }

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var text = Azure.ToString();

        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.Contains("Password = (set)", text, StringComparison.Ordinal);
        Assert.Contains("Host = smtp.azurecomm.net, Port = 587, Security = StartTls", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpNotifier_InvalidOptions_ThrowsWithEveryProblemAndNoSecret()
    {
        var error = Assert.Throws<SmtpConfigurationException>(() => new SmtpNotifier(Azure with { Host = "", To = [] }));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("Email (SMTP) configuration is invalid: Email:Host is not set", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }
}
