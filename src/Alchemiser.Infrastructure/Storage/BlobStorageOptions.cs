namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// Where <see cref="BlobObjectStore"/> keeps its objects: an Azure Blob container reached with a connection string
/// (Azurite, or a key-based account) or with an account URL and <c>DefaultAzureCredential</c> (managed identity).
/// </summary>
/// <remarks>Exactly one of <see cref="ConnectionString"/> and <see cref="AccountUrl"/> is set. The connection string is
/// a secret: <see cref="ToString"/> never shows it.</remarks>
public sealed record BlobStorageOptions
{
    /// <summary>The default <see cref="Container"/>.</summary>
    public const string DefaultContainer = "bars";

    /// <summary>A storage connection string, e.g. <c>UseDevelopmentStorage=true</c> or Azurite's full form.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The account's blob endpoint, e.g. <c>https://myaccount.blob.core.windows.net</c>, used with
    /// <c>DefaultAzureCredential</c>.</summary>
    public Uri? AccountUrl { get; init; }

    /// <summary>The container name: 3-63 lowercase letters, digits and single hyphens, starting with a letter or digit.</summary>
    public string Container { get; init; } = DefaultContainer;

    /// <summary>Every problem with these options, in words a user can act on; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (AccountUrl is not null))
        {
            errors.Add(hasConnectionString
                ? "Blob storage: set either a connection string or an account URL, not both"
                : "Blob storage: set a connection string or an account URL (https://<account>.blob.core.windows.net)");
        }

        if (AccountUrl is not null &&
            (!AccountUrl.IsAbsoluteUri || (AccountUrl.Scheme != Uri.UriSchemeHttps && AccountUrl.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add($"Blob storage: the account URL '{AccountUrl}' must be an absolute http(s) URL");
        }

        if (!IsValidContainerName(Container))
        {
            errors.Add(
                $"Blob storage: the container name '{Container}' is invalid (3-63 characters: lowercase letters, digits " +
                "and single hyphens, starting and ending with a letter or digit)");
        }

        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem when the options are not valid.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
            throw new ArgumentException(string.Join(Environment.NewLine, errors));
    }

    /// <summary>The options without the connection string's secrets.</summary>
    public override string ToString() =>
        $"BlobStorageOptions {{ ConnectionString = {(ConnectionString is null ? "null" : "***")}, AccountUrl = {AccountUrl}, Container = {Container} }}";

    private static bool IsValidContainerName(string? name)
    {
        if (name is null || name.Length is < 3 or > 63)
            return false;
        if (name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
            return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                return false;
        }

        return true;
    }
}
