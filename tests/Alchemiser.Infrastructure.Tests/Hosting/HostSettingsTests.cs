using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Hosting;

namespace Alchemiser.Infrastructure.Tests.Hosting;

public sealed class HostSettingsTests
{
    private static HostSettings With(params (string Name, string? Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return new HostSettings(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Get_TrimsAndTreatsBlankAsUnset()
    {
        var settings = With(("A", "  value "), ("B", "   "), ("C", ""));

        Assert.Equal("value", settings.Get("A"));
        Assert.Null(settings.Get("B"));
        Assert.Null(settings.Get("C"));
        Assert.Null(settings.Get("D"));
        Assert.Equal("fallback", settings.Get("B", "fallback"));
        Assert.Equal("value", settings.Lookup("A"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" false ", false)]
    public void Flag_ReadsTrueOrFalse(string? text, bool expected) => Assert.Equal(expected, With(("F", text)).Flag("F"));

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void Flag_Other_ThrowsNamingTheSetting(string text)
    {
        var error = Assert.Throws<HostConfigurationException>(() => With(("ALCHEMISER_LIVE_TRADING", text)).Flag("ALCHEMISER_LIVE_TRADING"));

        Assert.Equal($"ALCHEMISER_LIVE_TRADING='{text}' is not true or false", error.Message);
    }

    [Theory]
    [InlineData(null, 7)]
    [InlineData("90", 90)]
    [InlineData(" 1 ", 1)]
    public void PositiveInt_ParsesOrFallsBack(string? text, int expected) => Assert.Equal(expected, With(("N", text)).PositiveInt("N", 7));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public void PositiveInt_Other_ThrowsNamingTheSetting(string text)
    {
        var error = Assert.Throws<HostConfigurationException>(() => With(("N", text)).PositiveInt("N", 7));

        Assert.Equal($"N='{text}' is not a positive whole number", error.Message);
    }

    [Fact]
    public void Url_AbsoluteOrNull_ElseThrows()
    {
        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), With(("U", "https://acct.blob.core.windows.net")).Url("U"));
        Assert.Null(With().Url("U"));
        Assert.Contains("U='acct.blob' is not an absolute URL", Assert.Throws<HostConfigurationException>(() => With(("U", "acct.blob")).Url("U")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageConnection_TheSpecificSettingWinsOverTheShared()
    {
        var both = With((SettingNames.StorageConnectionString, "shared"), (SettingNames.BlobConnectionString, "blob"));
        var shared = With((SettingNames.StorageConnectionString, "shared"));

        Assert.Equal("blob", both.StorageConnection(SettingNames.BlobConnectionString));
        Assert.Equal("shared", both.StorageConnection());
        Assert.Equal("shared", shared.StorageConnection(SettingNames.BlobConnectionString));
        Assert.Null(With().StorageConnection(SettingNames.BlobConnectionString));
    }
}
