using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed class AlpacaOptionsTests
{
    private const string Key = "PKLIVEKEY9876543210";
    private const string Secret = "very-secret-value-0123456789";

    private static readonly Dictionary<string, string?> Minimal = new()
    {
        ["ALPACA_API_KEY"] = Key,
        ["ALPACA_SECRET_KEY"] = Secret,
    };

    [Fact]
    public void FromEnvironment_OnlyKeys_UsesDocumentedDefaults()
    {
        var options = AlpacaOptions.FromEnvironment(Minimal);

        Assert.Equal(Key, options.ApiKey);
        Assert.Equal(Secret, options.SecretKey);
        Assert.Equal(AlpacaEnvironment.Paper, options.Environment);
        Assert.Equal(new Uri("https://paper-api.alpaca.markets"), options.TradingBaseUrl);
        Assert.Equal(new Uri("https://data.alpaca.markets"), options.DataBaseUrl);
        Assert.Equal(AlpacaDataFeed.Iex, options.Feed);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(5, options.MaxRetries);
    }

    [Fact]
    public void FromEnvironment_EverySetting_IsRead()
    {
        var options = AlpacaOptions.FromEnvironment(name => name switch
        {
            "ALPACA_API_KEY" => Key,
            "ALPACA_SECRET_KEY" => Secret,
            "ALPACA_ENVIRONMENT" => " Live ",
            "ALPACA_FEED" => "sip",
            "ALPACA_DATA_BASE_URL" => "http://127.0.0.1:9000/",
            "ALPACA_TIMEOUT_SECONDS" => "12.5",
            "ALPACA_MAX_RETRIES" => "2",
            _ => null,
        });

        Assert.Equal(AlpacaEnvironment.Live, options.Environment);
        Assert.Equal(new Uri("https://api.alpaca.markets"), options.TradingBaseUrl);
        Assert.Equal(AlpacaDataFeed.Sip, options.Feed);
        Assert.Equal(new Uri("http://127.0.0.1:9000/"), options.DataBaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(12.5), options.RequestTimeout);
        Assert.Equal(2, options.MaxRetries);
    }

    [Fact]
    public void FromEnvironment_ExplicitTradingUrl_WinsOverEnvironment()
    {
        var options = AlpacaOptions.FromEnvironment(new Dictionary<string, string?>(Minimal)
        {
            ["ALPACA_ENVIRONMENT"] = "live",
            ["ALPACA_TRADING_BASE_URL"] = "http://localhost:8080",
        });

        Assert.Equal(new Uri("http://localhost:8080"), options.TradingBaseUrl);
    }

    [Fact]
    public void FromEnvironment_NoKeys_NamesBothSettings()
    {
        var error = Assert.Throws<AlpacaConfigurationException>(
            () => AlpacaOptions.FromEnvironment(new Dictionary<string, string?> { ["ALPACA_SECRET_KEY"] = "  " }));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("ALPACA_API_KEY is not set", error.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("ALPACA_SECRET_KEY is not set", error.Problems[1], StringComparison.Ordinal);
        Assert.Contains("ALPACA_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("ALPACA_SECRET_KEY", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ALPACA_ENVIRONMENT", "sandbox")]
    [InlineData("ALPACA_FEED", "otc")]
    [InlineData("ALPACA_TIMEOUT_SECONDS", "-1")]
    [InlineData("ALPACA_TIMEOUT_SECONDS", "thirty")]
    [InlineData("ALPACA_MAX_RETRIES", "11")]
    [InlineData("ALPACA_MAX_RETRIES", "-1")]
    [InlineData("ALPACA_DATA_BASE_URL", "data.alpaca.markets")]
    [InlineData("ALPACA_TRADING_BASE_URL", "ftp://example.org")]
    public void FromEnvironment_InvalidValue_NamesTheSetting(string setting, string value)
    {
        var error = Assert.Throws<AlpacaConfigurationException>(
            () => AlpacaOptions.FromEnvironment(new Dictionary<string, string?>(Minimal) { [setting] = value }));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith(setting, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_Invalid_NeverQuotesTheSecrets()
    {
        var error = Assert.Throws<AlpacaConfigurationException>(
            () => AlpacaOptions.FromEnvironment(new Dictionary<string, string?>(Minimal) { ["ALPACA_FEED"] = "x" }));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithKeys_ShowsSettingsButNeverTheSecrets()
    {
        var text = AlpacaOptions.FromEnvironment(Minimal).ToString();

        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = (set)", text, StringComparison.Ordinal);
        Assert.Contains("SecretKey = (set)", text, StringComparison.Ordinal);
        Assert.Contains("https://paper-api.alpaca.markets", text, StringComparison.Ordinal);
        Assert.Contains("Feed = Iex", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShortMaxDelay_IsReported()
    {
        var options = new AlpacaOptions
        {
            ApiKey = Key,
            SecretKey = Secret,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(1),
        };

        Assert.Single(options.Validate());
        Assert.Throws<AlpacaConfigurationException>(() => new AlpacaMarketDataClient(options));
    }
}
