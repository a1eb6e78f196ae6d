using Alchemiser.Core.Market;

namespace Alchemiser.Core.Tests.Market;

public sealed class EasterTests
{
    [Theory]
    [InlineData(1990, 4, 15)]
    [InlineData(1993, 4, 11)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)] // latest possible date
    [InlineData(2100, 3, 28)]
    [InlineData(2285, 3, 22)] // earliest possible date
    public void Sunday_KnownYears_ReturnsWesternEaster(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));
}
