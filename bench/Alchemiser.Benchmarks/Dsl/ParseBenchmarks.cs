using Alchemiser.Core.Dsl.Loading;
using BenchmarkDotNet.Attributes;

namespace Alchemiser.Benchmarks.Dsl;

/// <summary>
/// <see cref="StrategyLoader.Load(string, ReadOnlySpan{byte})"/> from UTF-8 bytes already in memory (no file I/O is
/// measured): the stress symphony <c>strategies/stress/large.clj</c>, a ~2 MB symphony generated at setup by
/// <c>scripts/GenerateLargeSymphony.cs --target-bytes 2000000</c> (seed 42; target under 200 ms), and every
/// <c>.clj</c> of the library (stress folder included), one after the other.
/// </summary>
public class ParseBenchmarks
{
    private const long GeneratedBytes = 2_000_000;

    private (string Path, byte[] Utf8) _large;
    private (string Path, byte[] Utf8) _generated;
    private (string Path, byte[] Utf8)[] _library = [];

    [GlobalSetup]
    public void Setup()
    {
        var strategies = BenchmarkInputs.StrategiesFolder;
        _large = Read(Path.Combine(strategies, "stress", "large.clj"));
        _generated = Read(BenchmarkInputs.GenerateSymphony(GeneratedBytes));
        _library = Directory.EnumerateFiles(strategies, "*.clj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();

        foreach (var (path, utf8) in _library.Append(_generated))
        {
            var result = StrategyLoader.Load(path, utf8);
            if (!result.Succeeded)
                throw new InvalidOperationException($"{path} does not load: {string.Join("; ", result.Errors)}");
        }

        Console.WriteLine(
            $"// inputs: large.clj {_large.Utf8.Length:N0} bytes, generated {_generated.Utf8.Length:N0} bytes, " +
            $"library {_library.Length} files {_library.Sum(f => f.Utf8.Length):N0} bytes");
    }

    [Benchmark(Description = "stress/large.clj")]
    public LoadResult LoadLarge() => StrategyLoader.Load(_large.Path, _large.Utf8);

    [Benchmark(Description = "generated ~2 MB")]
    public LoadResult LoadGenerated2Mb() => StrategyLoader.Load(_generated.Path, _generated.Utf8);

    [Benchmark(Description = "whole library")]
    public LoadResult[] LoadLibrary()
    {
        var results = new LoadResult[_library.Length];
        for (var i = 0; i < results.Length; i++)
            results[i] = StrategyLoader.Load(_library[i].Path, _library[i].Utf8);
        return results;
    }

    private static (string Path, byte[] Utf8) Read(string path) => (path, File.ReadAllBytes(path));
}
