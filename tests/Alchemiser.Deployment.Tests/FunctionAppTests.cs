using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;

namespace Alchemiser.Deployment.Tests;

/// <summary>The Flex Consumption plan and site of the compiled template (AZURE.md §10).</summary>
public sealed class FunctionAppTests
{
    [Fact]
    public void Plan_IsFlexConsumptionOnLinux()
    {
        var plan = CompiledInfrastructure.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan.Json["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Json["sku"]?["tier"]);
        Assert.True((bool?)plan.Properties["reserved"]);
    }

    [Fact]
    public void Site_RunsDotnet10IsolatedAsTheUserAssignedIdentity()
    {
        var site = CompiledInfrastructure.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", (string?)site.Json["kind"]);
        Assert.Equal("UserAssigned", (string?)site.Json["identity"]?["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)site.Properties["keyVaultReferenceIdentity"]);
        Assert.True((bool?)site.Properties["httpsOnly"]);

        var config = site.Properties["functionAppConfig"];
        Assert.Equal("dotnet-isolated", (string?)config?["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)config?["runtime"]?["version"]);
        Assert.Equal(2048, (int?)config?["scaleAndConcurrency"]?["instanceMemoryMB"]);
        Assert.Equal(40, (int?)config?["scaleAndConcurrency"]?["maximumInstanceCount"]);
    }

    [Fact]
    public void Site_DeploymentPackage_IsTheAppPackageContainer_ReadWithTheIdentity()
    {
        var site = CompiledInfrastructure.Single("Microsoft.Web/sites");
        var storage = site.Properties["functionAppConfig"]?["deployment"]?["storage"];
        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("[format('{0}{1}', parameters('blobEndpoint'), parameters('deploymentContainerName'))]", (string?)storage?["value"]);
        Assert.Equal("[reference('storage').outputs.blobEndpoint.value]", Parameter(site, "blobEndpoint"));
        Assert.Equal("app-package", Parameter(site, "deploymentContainerName"));
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)storage?["authentication"]?["userAssignedIdentityResourceId"]);
        Assert.Equal("[reference('identity').outputs.id.value]", Parameter(site, "identityId"));
    }

    private static string? Parameter(ArmResource resource, string name) =>
        resource.Scope.ResolveText(JsonValue.Create($"[parameters('{name}')]"));
}
