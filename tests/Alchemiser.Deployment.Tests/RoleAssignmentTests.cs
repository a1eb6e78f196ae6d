using Alchemiser.Deployment.Tests.TestSupport;

namespace Alchemiser.Deployment.Tests;

/// <summary>The role assignments of AZURE.md §10 in the compiled template.</summary>
public sealed class RoleAssignmentTests
{
    private const string Identity = "[reference('identity').outputs.principalId.value]";

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")] // Monitoring Metrics Publisher
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    public void Identity_HasTheRole_OnTheResource(string roleId, string scopeType)
    {
        var assignment = Assert.Single(Assignments(roleId));
        Assert.Equal(Identity, assignment.Scope.ResolveText(assignment.Properties["principalId"]));
        Assert.Equal("ServicePrincipal", (string?)assignment.Properties["principalType"]);
        Assert.Null(assignment.Json["condition"]);
        Assert.StartsWith($"[resourceId('{scopeType}', ", (string?)assignment.Json["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void Deployer_IsKeyVaultSecretsOfficer()
    {
        var assignment = Assert.Single(Assignments("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"));
        Assert.Equal("User", (string?)assignment.Properties["principalType"]);
        Assert.Equal("[parameters('deployerPrincipalId')]", (string?)assignment.Properties["principalId"]);
        Assert.StartsWith("[resourceId('Microsoft.KeyVault/vaults', ", (string?)assignment.Json["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpApplication_IsCommunicationAndEmailServiceOwner()
    {
        var assignment = Assert.Single(Assignments("09976791-48a7-449e-bb21-39d1a415f350"));
        Assert.Equal("ServicePrincipal", (string?)assignment.Properties["principalType"]);
        Assert.StartsWith("[resourceId('Microsoft.Communication/communicationServices', ", (string?)assignment.Json["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAssignment_HasAStableNameFromScopePrincipalAndRole()
    {
        Assert.All(CompiledInfrastructure.OfType("Microsoft.Authorization/roleAssignments"), assignment =>
        {
            var name = (string?)assignment.Json["name"] ?? "";
            Assert.StartsWith("[guid(", name, StringComparison.Ordinal);
            Assert.Contains(RoleId(assignment), name, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<ArmResource> Assignments(string roleId) =>
        CompiledInfrastructure.OfType("Microsoft.Authorization/roleAssignments").Where(a => RoleId(a) == roleId);

    private static string RoleId(ArmResource assignment)
    {
        const string Prefix = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '";
        var definition = (string?)assignment.Properties["roleDefinitionId"] ?? "";
        Assert.StartsWith(Prefix, definition, StringComparison.Ordinal);
        return definition[Prefix.Length..].TrimEnd(']', ')', '\'');
    }
}
