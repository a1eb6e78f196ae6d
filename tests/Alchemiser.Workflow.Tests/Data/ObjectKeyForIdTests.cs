using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Data;

public sealed class ObjectKeyForIdTests
{
    [Fact]
    public void SafeId_IsUsedAsIs() => Assert.Equal("reports/2026-11-24.json", ObjectKey.ForId("reports", "2026-11-24", ".json"));

    [Theory]
    [InlineData("2026-11-24#2")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    public void UnsafeId_IsMadeSafeAndSuffixedWithAHash(string id)
    {
        var key = ObjectKey.ForId("reports", id, ".json");

        Assert.True(ObjectKey.IsValid(key, out var reason), reason);
        Assert.Matches("^reports/[A-Za-z0-9_.-]+-[0-9a-f]{10}\\.json$", key);
    }

    [Fact]
    public void IdsThatLookAlikeWhenMadeSafe_GetDifferentKeys()
    {
        Assert.NotEqual(ObjectKey.ForId("plans", "2026-11-24#2", ".json"), ObjectKey.ForId("plans", "2026-11-24_2", ".json"));
        Assert.NotEqual(ObjectKey.ForId("plans", "a#b", ".json"), ObjectKey.ForId("plans", "a b", ".json"));
    }
}
