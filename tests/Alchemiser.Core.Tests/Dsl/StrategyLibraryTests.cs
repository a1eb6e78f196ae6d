using Alchemiser.Core.Dsl.Loading;

namespace Alchemiser.Core.Tests.Dsl;

/// <summary>Every symphony shipped in <c>strategies/</c> loads without errors.</summary>
public class StrategyLibraryTests
{
    public static TheoryData<string> StrategyFiles()
    {
        var data = new TheoryData<string>();
        if (SharedData.RepositoryRoot is { } root)
        {
            var folder = Path.Combine(root, "strategies");
            foreach (var file in Directory.EnumerateFiles(folder, "*.clj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(root, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StrategyFiles))]
    public void Load_ShippedStrategy_HasNoDiagnostics(string relativePath)
    {
        var path = Path.Combine(SharedData.RepositoryRoot!, relativePath);
        var result = StrategyLoader.Load(relativePath, File.ReadAllBytes(path));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
