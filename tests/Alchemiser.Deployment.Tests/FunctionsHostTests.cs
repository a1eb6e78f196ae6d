using System.Text.RegularExpressions;
using Alchemiser.Deployment.Tests.TestSupport;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Deployment.Tests;

/// <summary>
/// The Functions host (not built here) agrees with the infrastructure and the workflow: its queue triggers listen on the
/// queues the Bicep creates, its timer reads the schedule setting, and every activity of the daily run has a function.
/// </summary>
public sealed partial class FunctionsHostTests
{
    private static string Source => string.Join('\n',
        Directory.GetFiles(RepositoryFiles.PathOf("src/Alchemiser.Functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

    [Fact]
    public void QueueTriggers_ListenOnTheQueuesTheTemplateCreates()
    {
        var triggers = QueueTrigger().Matches(Source).Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal).ToList();
        var setting = $"%{SettingNames.ExecutionQueue}%"; // the host resolves it from the app setting the producer reads too

        Assert.Equal([setting, setting + "-poison"], triggers);
        var queue = CompiledInfrastructure.Output("EXECUTION_QUEUE_NAME");
        var resolved = triggers.Select(t => t.Replace(setting, queue, StringComparison.Ordinal)).ToList();
        Assert.Equal([queue!, CompiledInfrastructure.Output("EXECUTION_POISON_QUEUE_NAME")!], resolved);
    }

    [Fact]
    public void DailyTimer_ReadsTheScheduleSetting()
    {
        Assert.Contains($"[TimerTrigger(\"%{SettingNames.DailySchedule}%\")]", Source, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryActivityAndTheOrchestrator_HaveAFunctionByTheirRegisteredName()
    {
        var functions = FunctionName().Matches(Source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var activities = typeof(DailyRunActivities).GetProperties().Select(p => p.PropertyType.Name);

        Assert.Contains("DailyRun.Name", functions);
        Assert.Equal(nameof(DailyRun), DailyRun.Name);
        foreach (var activity in activities)
            Assert.Contains($"{activity}.Name", functions);
    }

    [GeneratedRegex("""\[QueueTrigger\("(?<name>[^"]+)"\)\]""")]
    private static partial Regex QueueTrigger();

    [GeneratedRegex("""\[Function\((?<name>[^)]+)\)\]""")]
    private static partial Regex FunctionName();
}
