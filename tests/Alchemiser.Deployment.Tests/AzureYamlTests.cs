using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Alchemiser.Deployment.Tests;

/// <summary><c>azure.yaml</c> has the fields of AZURE.md §9 (azd itself is not run in CI).</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void AzureYaml_NamesTheProject()
    {
        Assert.Equal("alchemiser", Scalar(Root(), "name"));
    }

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProjectAsAFunctionApp()
    {
        var services = Mapping(Root(), "services");
        Assert.Equal(["functions"], services.Children.Keys.Select(k => ((YamlScalarNode)k).Value));

        var functions = Mapping(services, "functions");
        Assert.Equal("./src/Alchemiser.Functions", Scalar(functions, "project"));
        Assert.Equal("dotnet", Scalar(functions, "language"));
        Assert.Equal("function", Scalar(functions, "host"));
    }

    [Fact]
    public void AzureYaml_ProvisionsInfraMainBicep()
    {
        var infra = Mapping(Root(), "infra");
        Assert.Equal("bicep", Scalar(infra, "provider"));
        Assert.Equal("infra", Scalar(infra, "path"));
        Assert.Equal("main", Scalar(infra, "module"));
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra/main.bicep")));
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra/main.parameters.json")));
    }

    [Fact]
    public void AzureYaml_ServiceName_IsTheFunctionAppsAzdServiceTag()
    {
        // azd finds the app to deploy to by the tag azd-service-name: <service>.
        var service = Assert.Single(Mapping(Root(), "services").Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var site = CompiledInfrastructure.Single("Microsoft.Web/sites");
        var tags = site.Scope.Resolve(site.Json["tags"]);
        if (tags is JsonObject literal)
            Assert.Equal(service, (string?)literal["azd-service-name"]);
        else
            Assert.Contains($"'azd-service-name', '{service}'", (string?)tags, StringComparison.Ordinal);
    }

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(RepositoryFiles.ReadText("azure.yaml")))
            stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static YamlMappingNode Mapping(YamlMappingNode parent, string key)
    {
        Assert.True(parent.Children.TryGetValue(new YamlScalarNode(key), out var node), $"azure.yaml has no '{key}'");
        return Assert.IsType<YamlMappingNode>(node);
    }

    private static string? Scalar(YamlMappingNode parent, string key)
    {
        Assert.True(parent.Children.TryGetValue(new YamlScalarNode(key), out var node), $"azure.yaml has no '{key}'");
        return Assert.IsType<YamlScalarNode>(node).Value;
    }
}
