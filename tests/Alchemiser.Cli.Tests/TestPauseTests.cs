using Alchemiser.Cli.Hosting;
using Alchemiser.Infrastructure.Hosting;

namespace Alchemiser.Cli.Tests;

/// <summary>The test-only pause hook is off unless its variable is set, and refuses a value it does not know.</summary>
public sealed class TestPauseTests
{
    [Fact]
    public void FromSettings_VariableUnset_IsOff() =>
        Assert.Null(TestPause.FromSettings(new HostSettings(_ => null)));

    [Theory]
    [InlineData("after:Gate")]
    [InlineData("before:EvaluateStrategy#3")]
    [InlineData("submit:2")]
    [InlineData("complete")]
    public void FromSettings_AKnownPoint_IsOn(string point) =>
        Assert.NotNull(TestPause.FromSettings(Settings(point)));

    [Theory]
    [InlineData("Gate")]
    [InlineData("after:")]
    [InlineData("before:Notify#0")]
    [InlineData("submit:0")]
    [InlineData("submit:x")]
    [InlineData("complete:1")]
    public void FromSettings_AnUnknownPoint_IsAConfigurationError(string point)
    {
        var error = Assert.Throws<HostConfigurationException>(() => TestPause.FromSettings(Settings(point)));
        Assert.Contains(TestPause.Variable, error.Message, StringComparison.Ordinal);
    }

    private static HostSettings Settings(string point) => new(name => name == TestPause.Variable ? point : null);
}
