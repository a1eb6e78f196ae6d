using System.Diagnostics;

namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>Stops a service process a fixture started (Azurite, maildev).</summary>
internal static class ChildProcess
{
    public static async Task StopAsync(Process? process)
    {
        if (process is null)
            return;
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        process.Dispose();
    }
}
