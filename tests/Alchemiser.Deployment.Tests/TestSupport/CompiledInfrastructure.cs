using System.Text.Json.Nodes;

namespace Alchemiser.Deployment.Tests.TestSupport;

/// <summary>
/// The ARM template compiled from <c>infra/main.bicep</c> by <c>scripts/validate-infra.sh</c> (which
/// <c>scripts/test.sh</c> runs first). A missing or stale template fails the tests that need it: it is never a skip.
/// </summary>
internal static class CompiledInfrastructure
{
    public const string TemplatePath = ".tools/infra/main.json";

    private static readonly Lazy<ArmScope> MainScope = new(Load);

    /// <summary>The main (subscription-scope) template.</summary>
    public static ArmScope Main => MainScope.Value;

    /// <summary>Every resource of the main template and of its modules.</summary>
    public static IReadOnlyList<ArmResource> Resources => [.. Main.Resources()];

    /// <summary>The resources of one type; fails when there are none.</summary>
    public static IReadOnlyList<ArmResource> OfType(string type)
    {
        var resources = Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(resources.Count > 0, $"The compiled template has no {type}");
        return resources;
    }

    /// <summary>The one resource of a type.</summary>
    public static ArmResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>The value of a main-template output, resolved where it is a plain variable or parameter.</summary>
    public static string? Output(string name)
    {
        var outputs = Assert.IsType<JsonObject>(Main.Template["outputs"]);
        Assert.True(outputs.ContainsKey(name), $"infra/main.bicep has no output {name}");
        return Main.ResolveText(outputs[name]?["value"]);
    }

    private static ArmScope Load()
    {
        var path = RepositoryFiles.PathOf(TemplatePath);
        if (!File.Exists(path))
            Assert.Fail($"{TemplatePath} is missing: run `bash scripts/validate-infra.sh` (scripts/test.sh does) to compile infra/main.bicep");

        var built = File.GetLastWriteTimeUtc(path);
        var newer = Directory.GetFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
            .Where(file => File.GetLastWriteTimeUtc(file) > built)
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file))
            .ToList();
        if (newer.Count > 0)
            Assert.Fail($"{TemplatePath} is older than {string.Join(", ", newer)}: run `bash scripts/validate-infra.sh` again");

        return new ArmScope(Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(path))));
    }
}
