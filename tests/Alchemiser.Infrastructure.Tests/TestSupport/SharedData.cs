namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>Finds the real daily closes in <c>../shared/data/daily</c> next to the repository, when present.</summary>
internal static class SharedData
{
    public static string? FindDailyFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alchemiser.sln")))
            {
                var daily = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "daily"));
                return Directory.Exists(daily) ? daily : null;
            }
        }

        return null;
    }
}
