using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Alchemiser.Benchmarks;

/// <summary>
/// The configuration every benchmark runs with: allocations are always reported (<see cref="MemoryDiagnoser"/>), and
/// the default job is a short one (1 launch, 3 warm-ups, 10 iterations) so that the whole suite fits in minutes on a
/// 2-core machine. Pass <c>--job default</c> (or any other) on the command line for a longer run.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithId("Short10")
                .AsDefault());
}
