using System.Text.Json.Nodes;

namespace Alchemiser.Deployment.Tests.TestSupport;

/// <summary>The repository's deployment files, read from the working tree the tests were built from.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding <c>Alchemiser.sln</c>.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The absolute path of a file given relative to the repository root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string ReadText(string relativePath)
    {
        var path = PathOf(relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing at the repository root ({Root})");
        return File.ReadAllText(path);
    }

    /// <summary>Parses a JSON file; fails the test with the file name when it does not parse to an object.</summary>
    public static JsonObject ReadJsonObject(string relativePath)
    {
        var node = JsonNode.Parse(ReadText(relativePath));
        return Assert.IsType<JsonObject>(node);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No Alchemiser.sln above {AppContext.BaseDirectory}");
    }
}
