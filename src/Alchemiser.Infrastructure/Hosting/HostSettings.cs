using System.Globalization;
using Alchemiser.Infrastructure.Configuration;

namespace Alchemiser.Infrastructure.Hosting;

/// <summary>Reads settings by name (environment variables, app settings) with the errors a user can act on.</summary>
/// <param name="read">Looks a setting up; null or blank means unset.</param>
public sealed class HostSettings(Func<string, string?> read)
{
    /// <summary>The process environment.</summary>
    public static HostSettings Environment { get; } = new(System.Environment.GetEnvironmentVariable);

    /// <summary>The looked-up function, for adapters that read their own settings.</summary>
    public Func<string, string?> Lookup => Get;

    /// <summary>The trimmed value, or null when unset or blank.</summary>
    public string? Get(string name) => read(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The value, or <paramref name="fallback"/> when unset.</summary>
    public string Get(string name, string fallback) => Get(name) ?? fallback;

    /// <summary>Whether the setting is <c>true</c> (case-insensitive); false when unset.</summary>
    /// <exception cref="HostConfigurationException">It is set to something other than true or false.</exception>
    public bool Flag(string name) => Get(name) switch
    {
        null => false,
        var text when bool.TryParse(text, out var flag) => flag,
        var text => throw new HostConfigurationException($"{name}='{text}' is not true or false"),
    };

    /// <summary>A positive whole number, or <paramref name="fallback"/> when unset.</summary>
    /// <exception cref="HostConfigurationException">It is set to something else.</exception>
    public int PositiveInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new HostConfigurationException($"{name}='{text}' is not a positive whole number");
    }

    /// <summary>An absolute URI, or null when unset.</summary>
    /// <exception cref="HostConfigurationException">It is set to something else.</exception>
    public Uri? Url(string name)
    {
        var text = Get(name);
        if (text is null)
            return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new HostConfigurationException($"{name}='{text}' is not an absolute URL");
    }

    /// <summary>The connection string for <paramref name="specific"/>, else the shared <see cref="SettingNames.StorageConnectionString"/>.</summary>
    public string? StorageConnection(string? specific = null) =>
        (specific is null ? null : Get(specific)) ?? Get(SettingNames.StorageConnectionString);
}

/// <summary>The settings cannot be used; the message names the setting and what is wrong.</summary>
public sealed class HostConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HostConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public HostConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HostConfigurationException()
    {
    }
}
