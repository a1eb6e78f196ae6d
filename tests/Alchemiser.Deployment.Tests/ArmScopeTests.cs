using System.Text.Json.Nodes;
using Alchemiser.Deployment.Tests.TestSupport;

namespace Alchemiser.Deployment.Tests;

/// <summary>The small ARM reader the template tests rely on, on a hand-written two-level template.</summary>
public sealed class ArmScopeTests
{
    private const string Template = """
        {
          "parameters": { "mode": { "type": "string", "defaultValue": "paper" }, "region": { "type": "string" } },
          "variables": { "queue": "execution", "alias": "[variables('queue')]" },
          "resources": {
            "child": {
              "type": "Microsoft.Resources/deployments",
              "name": "child",
              "properties": {
                "parameters": {
                  "names": { "value": [ "[variables('alias')]", "poison" ] },
                  "mode": { "value": "[parameters('mode')]" },
                  "where": { "value": "[parameters('region')]" }
                },
                "template": {
                  "parameters": { "names": { "type": "array" }, "mode": { "type": "string" }, "where": { "type": "string" }, "unused": { "type": "string", "defaultValue": "x" } },
                  "resources": [
                    {
                      "copy": { "name": "queues", "count": "[length(parameters('names'))]" },
                      "type": "Microsoft.Storage/storageAccounts/queueServices/queues",
                      "name": "[format('{0}/{1}/{2}', 'account', 'default', parameters('names')[copyIndex()])]",
                      "properties": { "mode": "[parameters('mode')]", "where": "[parameters('where')]", "other": "[parameters('unused')]", "live": "[if(equals(parameters('mode'), 'live'), 'true', 'false')]" }
                    },
                    { "type": "Microsoft.Web/sites/config", "name": "[format('{0}/{1}', parameters('mode'), 'appsettings')]" }
                  ]
                }
              }
            }
          }
        }
        """;

    private static ArmScope Main => new(Assert.IsType<JsonObject>(JsonNode.Parse(Template)));

    [Fact]
    public void Resources_IncludeTheNestedDeploymentsResources()
    {
        Assert.Equal(
            ["Microsoft.Resources/deployments", "Microsoft.Storage/storageAccounts/queueServices/queues", "Microsoft.Web/sites/config"],
            Main.Resources().Select(r => r.Type));
    }

    [Fact]
    public void Resolve_FollowsParametersToTheParentAndVariablesToTheirValues()
    {
        var queues = Main.Resources().Single(r => r.Type.EndsWith("/queues", StringComparison.Ordinal));
        Assert.Equal("paper", queues.Scope.ResolveText(queues.Properties["mode"]));
        Assert.Equal("x", queues.Scope.ResolveText(queues.Properties["other"]));
        Assert.Equal("[parameters('region')]", queues.Scope.ResolveText(queues.Properties["where"]));
        Assert.Equal("[if(equals(parameters('mode'), 'live'), 'true', 'false')]", queues.Scope.ResolveText(queues.Properties["live"]));
    }

    [Fact]
    public void LeafNames_ExpandCopyLoops_AndReadLiteralAndReferencedSegments()
    {
        var resources = Main.Resources().ToList();
        Assert.Equal(["execution", "poison"], resources[1].LeafNames());
        Assert.Equal(["appsettings"], resources[2].LeafNames());
        Assert.Equal(["child"], resources[0].LeafNames());
    }
}
