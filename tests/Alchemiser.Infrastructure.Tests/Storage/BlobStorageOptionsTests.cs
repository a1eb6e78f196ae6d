using Alchemiser.Infrastructure.Storage;

namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed class BlobStorageOptionsTests
{
    [Fact]
    public void Validate_ConnectionString_Valid()
    {
        var options = new BlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true" };

        Assert.Empty(options.Validate());
        Assert.Equal("bars", options.Container);
    }

    [Fact]
    public void Validate_AccountUrl_Valid()
    {
        Assert.Empty(new BlobStorageOptions { AccountUrl = new Uri("https://acct.blob.core.windows.net") }.Validate());
    }

    [Fact]
    public void Validate_Neither_AsksForOne()
    {
        var error = Assert.Single(new BlobStorageOptions().Validate());

        Assert.Contains("set a connection string or an account URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Both_SaysNotBoth()
    {
        var options = new BlobStorageOptions
        {
            ConnectionString = "UseDevelopmentStorage=true",
            AccountUrl = new Uri("https://acct.blob.core.windows.net"),
        };

        Assert.Contains("not both", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeOrFtpUrl_Rejected()
    {
        Assert.Contains("absolute http(s) URL", Assert.Single(new BlobStorageOptions { AccountUrl = new Uri("ftp://acct") }.Validate()), StringComparison.Ordinal);
        Assert.Contains("absolute http(s) URL", Assert.Single(new BlobStorageOptions { AccountUrl = new Uri("acct", UriKind.Relative) }.Validate()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Bars")]
    [InlineData("-bars")]
    [InlineData("bars-")]
    [InlineData("ba--rs")]
    [InlineData("bars_daily")]
    [InlineData("")]
    public void Validate_BadContainerName_NamesIt(string container)
    {
        var options = new BlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true", Container = container };

        Assert.Contains($"the container name '{container}' is invalid", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new BlobStorageOptions { Container = "X" }.ThrowIfInvalid());

        Assert.Contains("connection string or an account URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("container name 'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_HidesTheConnectionString()
    {
        var options = new BlobStorageOptions { ConnectionString = "AccountName=a;AccountKey=secret" };

        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }
}
