using System.Text.RegularExpressions;

namespace Alchemiser.Workflow.Tests.Orchestration;

/// <summary>Enforces AZURE.md §3.1 on every orchestrator source file (durabletask's analyzers look for their own context type).</summary>
public sealed partial class OrchestratorSourceTests
{
    private static readonly (string Name, Regex Pattern)[] Banned =
    [
        ("DateTime.Now/UtcNow/Today", DateTimeNow()),
        ("DateTimeOffset.Now/UtcNow", DateTimeOffsetNow()),
        ("Guid.NewGuid", new Regex(@"\bGuid\s*\.\s*NewGuid\b")),
        ("Random", new Regex(@"\bRandom\b")),
        ("Task.Delay", new Regex(@"\bTask\s*\.\s*Delay\b")),
        ("Task.Run", new Regex(@"\bTask\s*\.\s*Run\b")),
        ("Thread.Sleep", new Regex(@"\bThread\s*\.\s*Sleep\b")),
        ("Stopwatch", new Regex(@"\bStopwatch\b")),
        ("Environment.", new Regex(@"\bEnvironment\s*\.")),
        ("File.", new Regex(@"\bFile\s*\.")),
        ("TimeProvider.System", new Regex(@"\bTimeProvider\s*\.\s*System\b")),
        ("ConfigureAwait(false)", new Regex(@"\.ConfigureAwait\s*\(\s*false\s*\)")),
    ];

    [Fact]
    public void Orchestrators_UseNoNondeterministicApis()
    {
        var root = RepositoryRoot();
        var folders = Directory.GetDirectories(Path.Combine(root, "src", "Alchemiser.Workflow"), "Orchestrators", SearchOption.AllDirectories);
        Assert.NotEmpty(folders);

        var violations = folders
            .SelectMany(f => Directory.GetFiles(f, "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => FindViolations(File.ReadAllText(file)).Select(v => $"{Path.GetRelativePath(root, file)}:{v}"))
            .ToList();

        Assert.True(violations.Count == 0, "Orchestrators must be deterministic (AZURE.md §3.1):\n" + string.Join('\n', violations));
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;", "DateTime.Now/UtcNow/Today")]
    [InlineData("var id = Guid.NewGuid();", "Guid.NewGuid")]
    [InlineData("await Task.Delay(100);", "Task.Delay")]
    [InlineData("var r = new Random(1);", "Random")]
    [InlineData("var k = Environment.GetEnvironmentVariable(\"KEY\");", "Environment.")]
    [InlineData("var s = File.ReadAllText(path);", "File.")]
    [InlineData("var t = TimeProvider.System.GetUtcNow();", "TimeProvider.System")]
    [InlineData("await x.ConfigureAwait(false);", "ConfigureAwait(false)")]
    [InlineData("Thread.Sleep(5);", "Thread.Sleep")]
    [InlineData("var at = DateTimeOffset.Now;", "DateTimeOffset.Now/UtcNow")]
    public void FindViolations_BannedCall_IsReported(string line, string expected) =>
        Assert.Contains(FindViolations($"class C {{\n    void M() {{ {line} }}\n}}"), v => v.EndsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void FindViolations_ContextCallsAndComments_AreAllowed()
    {
        const string source = """
            // Never DateTime.UtcNow here: use the context.
            var now = context.CurrentUtcDateTime;
            var id = context.NewGuid();
            await context.CreateTimer(now.AddMinutes(1), CancellationToken.None);
            """;

        Assert.Empty(FindViolations(source));
    }

    private static IEnumerable<string> FindViolations(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i];
            var comment = code.IndexOf("//", StringComparison.Ordinal);
            if (comment >= 0)
                code = code[..comment];
            foreach (var (name, pattern) in Banned)
            {
                if (pattern.IsMatch(code))
                    yield return $"{i + 1}: {name}";
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Alchemiser.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bDateTime\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex DateTimeNow();

    [GeneratedRegex(@"\bDateTimeOffset\s*\.\s*(Now|UtcNow)\b")]
    private static partial Regex DateTimeOffsetNow();
}
