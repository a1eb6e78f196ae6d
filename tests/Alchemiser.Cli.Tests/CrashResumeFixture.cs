using Alchemiser.Core.Execution;

namespace Alchemiser.Cli.Tests;

/// <summary>
/// Built once for <see cref="CrashResumeTests"/>: a template home where synthetic bars end on Friday 2026-11-20 and the
/// first day (Monday 2026-11-23) was traded by an uninterrupted <c>alchemiser run</c>, so the next run trades
/// 2026-11-24 from held positions (sells, then buys); and the result of that next run, uninterrupted, in a copy.
/// </summary>
public sealed class CrashResumeFixture : IAsyncLifetime
{
    /// <summary>The day the crash tests trade.</summary>
    public static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    private readonly List<string> _folders = [];

    /// <summary>The home every test starts from (copied, never changed).</summary>
    public string Template { get; private set; } = "";

    /// <summary>What an uninterrupted run of <see cref="Day"/> leaves.</summary>
    internal DayResult Reference { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Template = NewFolder();
        await ChildCli.RunToSuccessAsync(Template, ct, "data", "synth", "--to", "2026-11-20");
        await ChildCli.RunToSuccessAsync(Template, ct, "run");
        var reference = CopyTemplate();
        await ChildCli.RunToSuccessAsync(reference, ct, "run");
        Reference = await DayResult.ReadAsync(reference, Day, ct);
        Assert.Equal(21, Reference.Orders.Count(o => o.FilledQuantity > 0));
        Assert.Equal(13, Reference.Orders.Count(o => o.Side == OrderSide.Sell));
    }

    /// <summary>A new home folder holding a copy of <see cref="Template"/>; deleted with the fixture.</summary>
    public string CopyTemplate()
    {
        var home = NewFolder();
        foreach (var file in Directory.EnumerateFiles(Template, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(home, Path.GetRelativePath(Template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return home;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A folder a killed child still held: left to the temp cleaner.
            }
        }
        return ValueTask.CompletedTask;
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("alchemiser-crash-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
