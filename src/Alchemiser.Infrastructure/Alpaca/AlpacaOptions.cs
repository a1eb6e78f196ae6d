using System.Globalization;
using System.Text;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// Settings of the Alpaca REST clients: keys, which account (paper or live), base URLs, data feed, timeout and
/// retries. Read them from configuration with <see cref="FromEnvironment(Func{string, string?})"/>.
/// </summary>
/// <remarks>
/// Immutable. <see cref="ToString"/> never prints <see cref="ApiKey"/> or <see cref="SecretKey"/>, only whether they
/// are set, so an options value may be logged safely.
/// </remarks>
public sealed record AlpacaOptions
{
    /// <summary>Configuration key of <see cref="ApiKey"/>.</summary>
    public const string ApiKeySetting = "ALPACA_API_KEY";

    /// <summary>Configuration key of <see cref="SecretKey"/>.</summary>
    public const string SecretKeySetting = "ALPACA_SECRET_KEY";

    /// <summary>Configuration key of <see cref="Environment"/>: <c>paper</c> (default) or <c>live</c>.</summary>
    public const string EnvironmentSetting = "ALPACA_ENVIRONMENT";

    /// <summary>Configuration key of an explicit <see cref="TradingBaseUrl"/> (wins over <see cref="Environment"/>).</summary>
    public const string TradingBaseUrlSetting = "ALPACA_TRADING_BASE_URL";

    /// <summary>Configuration key of <see cref="DataBaseUrl"/>.</summary>
    public const string DataBaseUrlSetting = "ALPACA_DATA_BASE_URL";

    /// <summary>Configuration key of <see cref="Feed"/>: <c>iex</c> (default) or <c>sip</c>.</summary>
    public const string FeedSetting = "ALPACA_FEED";

    /// <summary>Configuration key of <see cref="RequestTimeout"/>, in seconds.</summary>
    public const string TimeoutSetting = "ALPACA_TIMEOUT_SECONDS";

    /// <summary>Configuration key of <see cref="MaxRetries"/>.</summary>
    public const string MaxRetriesSetting = "ALPACA_MAX_RETRIES";

    private readonly Uri? _tradingBaseUrl;

    /// <summary>The paper trading API, <c>https://paper-api.alpaca.markets</c>.</summary>
    public static Uri PaperTradingBaseUrl { get; } = new("https://paper-api.alpaca.markets");

    /// <summary>The live trading API, <c>https://api.alpaca.markets</c>.</summary>
    public static Uri LiveTradingBaseUrl { get; } = new("https://api.alpaca.markets");

    /// <summary>The market data API, <c>https://data.alpaca.markets</c>.</summary>
    public static Uri DefaultDataBaseUrl { get; } = new("https://data.alpaca.markets");

    /// <summary>The API key id, sent as the <c>APCA-API-KEY-ID</c> header and nowhere else.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The API secret, sent as the <c>APCA-API-SECRET-KEY</c> header and nowhere else.</summary>
    public required string SecretKey { get; init; }

    /// <summary>Which account the keys belong to.</summary>
    /// <value>Default <see cref="AlpacaEnvironment.Paper"/>.</value>
    public AlpacaEnvironment Environment { get; init; } = AlpacaEnvironment.Paper;

    /// <summary>Base URL of the trading API (account, orders, calendar).</summary>
    /// <value>When not set explicitly, <see cref="PaperTradingBaseUrl"/> or <see cref="LiveTradingBaseUrl"/> by
    /// <see cref="Environment"/>. An explicit value wins over <see cref="Environment"/> (used by tests).</value>
    public Uri TradingBaseUrl
    {
        get => _tradingBaseUrl ?? (Environment == AlpacaEnvironment.Live ? LiveTradingBaseUrl : PaperTradingBaseUrl);
        init => _tradingBaseUrl = value;
    }

    /// <summary>Base URL of the market data API.</summary>
    /// <value>Default <see cref="DefaultDataBaseUrl"/>.</value>
    public Uri DataBaseUrl { get; init; } = DefaultDataBaseUrl;

    /// <summary>Feed the bars come from.</summary>
    /// <value>Default <see cref="AlpacaDataFeed.Iex"/>, which the free plan allows.</value>
    public AlpacaDataFeed Feed { get; init; } = AlpacaDataFeed.Iex;

    /// <summary>Time allowed for one attempt of one request, response body included.</summary>
    /// <value>Default 30 s; between 1 ms and 10 minutes.</value>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on 429, 5xx, timeouts and network errors; 0 disables retrying.</summary>
    /// <value>Default 5; between 0 and 10. 401, 403, 422 and other 4xx are never retried.</value>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Base of the exponential backoff (with jitter) between retries without a <c>Retry-After</c>.</summary>
    /// <value>Default 1 s.</value>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before a retry, whether computed by backoff or asked for by <c>Retry-After</c>.</summary>
    /// <value>Default 60 s (Alpaca's rate limit window is one minute).</value>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads and validates the settings from a dictionary of configuration values; see
    /// <see cref="FromEnvironment(Func{string, string?})"/>.</summary>
    /// <exception cref="AlpacaConfigurationException">A setting is missing or invalid.</exception>
    public static AlpacaOptions FromEnvironment(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return FromEnvironment(name => settings.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>
    /// Reads and validates the settings through <paramref name="lookup"/> (e.g. <see cref="System.Environment.GetEnvironmentVariable(string)"/>):
    /// <see cref="ApiKeySetting"/> and <see cref="SecretKeySetting"/> are required; <see cref="EnvironmentSetting"/>,
    /// <see cref="TradingBaseUrlSetting"/>, <see cref="DataBaseUrlSetting"/>, <see cref="FeedSetting"/>,
    /// <see cref="TimeoutSetting"/> and <see cref="MaxRetriesSetting"/> are optional. Blank values count as unset.
    /// </summary>
    /// <exception cref="AlpacaConfigurationException">A setting is missing or invalid; every problem is listed.</exception>
    public static AlpacaOptions FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var problems = new List<string>();
        string? Read(string name) => lookup(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var options = new AlpacaOptions { ApiKey = Read(ApiKeySetting) ?? "", SecretKey = Read(SecretKeySetting) ?? "" };

        if (Read(EnvironmentSetting) is { } environment)
        {
            options = environment.ToUpperInvariant() switch
            {
                "PAPER" => options with { Environment = AlpacaEnvironment.Paper },
                "LIVE" => options with { Environment = AlpacaEnvironment.Live },
                _ => Invalid(options, $"{EnvironmentSetting} must be 'paper' or 'live', not '{environment}'"),
            };
        }

        if (Read(FeedSetting) is { } feed)
        {
            options = feed.ToUpperInvariant() switch
            {
                "IEX" => options with { Feed = AlpacaDataFeed.Iex },
                "SIP" => options with { Feed = AlpacaDataFeed.Sip },
                _ => Invalid(options, $"{FeedSetting} must be 'iex' or 'sip', not '{feed}'"),
            };
        }

        if (Read(TradingBaseUrlSetting) is { } tradingUrl)
            options = ParseUrl(tradingUrl, TradingBaseUrlSetting) is { } url ? options with { TradingBaseUrl = url } : options;

        if (Read(DataBaseUrlSetting) is { } dataUrl)
            options = ParseUrl(dataUrl, DataBaseUrlSetting) is { } url ? options with { DataBaseUrl = url } : options;

        if (Read(TimeoutSetting) is { } timeout)
        {
            options = double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && double.IsFinite(seconds) && seconds > 0 && seconds <= 600
                ? options with { RequestTimeout = TimeSpan.FromSeconds(seconds) }
                : Invalid(options, $"{TimeoutSetting} must be a number of seconds in (0, 600], not '{timeout}'");
        }

        if (Read(MaxRetriesSetting) is { } retries)
        {
            options = int.TryParse(retries, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? options with { MaxRetries = count }
                : Invalid(options, $"{MaxRetriesSetting} must be a whole number from 0 to 10, not '{retries}'");
        }

        problems.AddRange(options.Validate());
        if (problems.Count > 0)
            throw new AlpacaConfigurationException(problems);
        return options;

        AlpacaOptions Invalid(AlpacaOptions current, string problem)
        {
            problems.Add(problem);
            return current;
        }

        Uri? ParseUrl(string text, string setting)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                return url;
            problems.Add($"{setting} must be an absolute http(s) URL, not '{text}'");
            return null;
        }
    }

    /// <summary>Lists what is wrong with these settings, each problem naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
            problems.Add($"{ApiKeySetting} is not set (the Alpaca API key id)");
        if (string.IsNullOrWhiteSpace(SecretKey))
            problems.Add($"{SecretKeySetting} is not set (the Alpaca API secret key)");
        if (!IsHttpUrl(TradingBaseUrl))
            problems.Add($"{TradingBaseUrlSetting} must be an absolute http(s) URL");
        if (!IsHttpUrl(DataBaseUrl))
            problems.Add($"{DataBaseUrlSetting} must be an absolute http(s) URL");
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(10))
            problems.Add($"{TimeoutSetting} must be more than 0 and at most 600 seconds");
        if (MaxRetries is < 0 or > 10)
            problems.Add($"{MaxRetriesSetting} must be from 0 to 10, not {MaxRetries}");
        if (RetryBaseDelay < TimeSpan.Zero)
            problems.Add("the retry base delay must not be negative");
        if (MaxRetryDelay < RetryBaseDelay)
            problems.Add("the maximum retry delay must not be shorter than the retry base delay");
        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="AlpacaConfigurationException">A setting is missing or invalid.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
            throw new AlpacaConfigurationException(problems);
    }

    private static bool IsHttpUrl(Uri? url) => url is { IsAbsoluteUri: true, Scheme: "http" or "https" };

    // Records print every property; this override keeps the key and the secret out of ToString() and so out of logs.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ApiKey = ").Append(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)");
        builder.Append(", SecretKey = ").Append(string.IsNullOrEmpty(SecretKey) ? "(not set)" : "(set)");
        builder.Append(", Environment = ").Append(Environment);
        builder.Append(", TradingBaseUrl = ").Append(TradingBaseUrl);
        builder.Append(", DataBaseUrl = ").Append(DataBaseUrl);
        builder.Append(", Feed = ").Append(Feed);
        builder.Append(", RequestTimeout = ").Append(RequestTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", MaxRetries = ").Append(MaxRetries.ToString(CultureInfo.InvariantCulture));
        builder.Append(", RetryBaseDelay = ").Append(RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", MaxRetryDelay = ").Append(MaxRetryDelay.ToString("c", CultureInfo.InvariantCulture));
        return true;
    }
}
