using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Deployment.Tests;

/// <summary>What the settings catalog (<see cref="SettingNames.All"/>) means for the Functions host's files.</summary>
internal static class AzureSettings
{
    /// <summary>Settings of scope Azure or Both that the cloud deliberately leaves unset, each with the reason. Every
    /// other Azure/Both setting must be an app setting of the function app.</summary>
    public static IReadOnlyDictionary<string, string> NotInAzure { get; } = new Dictionary<string, string>
    {
        // Storage in Azure is identity-based (the *_ACCOUNT_URL settings with AZURE_CLIENT_ID): the account has shared
        // key access disabled, so a connection string could not even authenticate. Connection strings are for Azurite.
        [SettingNames.StorageConnectionString] = "identity-based storage in Azure; connection strings are for Azurite",
        [SettingNames.BlobConnectionString] = "identity-based storage in Azure; connection strings are for Azurite",

        // The trading URL follows ALPACA_ENVIRONMENT (paper or live); an explicit URL would win over it, and exists for
        // tests against a stub. The data URL's default is Alpaca's market data API; its override is for stubs too.
        [AlpacaOptions.TradingBaseUrlSetting] = "derived from ALPACA_ENVIRONMENT; an override is for stubs",
        [AlpacaOptions.DataBaseUrlSetting] = "Alpaca's default market data API; an override is for stubs",

        // The deployment package carries strategies/ beside the program, which is where the hosts look by default; the
        // folder the package is unpacked to on Flex Consumption is not something to pin in Bicep.
        [SettingNames.Strategies] = "the strategies shipped beside the program are the default",
    };

    /// <summary>Secrets the function app reads from Key Vault references, by the name of their Key Vault secret.</summary>
    public static IReadOnlyDictionary<string, string> KeyVaultSecrets { get; } = new Dictionary<string, string>
    {
        [AlpacaOptions.ApiKeySetting] = "alpaca-key-id",
        [AlpacaOptions.SecretKeySetting] = "alpaca-secret-key",
        [SettingNames.SmtpPassword] = "smtp-password",
    };

    /// <summary>Every setting of the catalog that the Functions host reads (scope Azure or Both).</summary>
    public static IEnumerable<SettingInfo> ReadByFunctionsHost =>
        SettingNames.All.Where(s => s.Scope is SettingScope.Azure or SettingScope.Both);

    /// <summary>The settings the function app must have in Azure.</summary>
    public static IEnumerable<SettingInfo> RequiredInAzure => ReadByFunctionsHost.Where(s => !NotInAzure.ContainsKey(s.Name));
}
