namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014) with Box-Muller normals: a tiny generator whose output is fixed by this code,
/// never by a runtime's <c>System.Random</c>.
/// </summary>
/// <remarks>A mutable struct: pass it by <see langword="ref"/>. Not thread safe.</remarks>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;
    private const ulong DayGamma = 0xD1B54A32D192ED03;

    private ulong _state;
    private double _spare;
    private bool _hasSpare;

    public SplitMix64(ulong seed)
    {
        _state = seed;
        _spare = 0;
        _hasSpare = false;
    }

    /// <summary>
    /// The generator of one stream on one day. Every (stream, day) pair gets its own, so a day's draws never depend on
    /// which other days are generated.
    /// </summary>
    public static SplitMix64 ForDay(ulong stream, DateOnly day) =>
        new(Mix(stream ^ ((ulong)(uint)day.DayNumber * DayGamma)));

    /// <summary>The seed of a named stream: the 64-bit FNV-1a hash of <paramref name="key"/>, mixed with the seed.</summary>
    public static ulong StreamSeed(ulong seed, string key)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }

        return Mix(seed ^ Mix(hash));
    }

    /// <summary>The SplitMix64 finalizer: a bijective 64-bit mix.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>Uniform in (0, 1]: never 0, so its logarithm is finite.</summary>
    public double NextDouble() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by the Box-Muller transform; the second value of each pair is kept for the next call.</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        var radius = Math.Sqrt(-2.0 * Math.Log(NextDouble()));
        var angle = 2.0 * Math.PI * NextDouble();
        _spare = radius * Math.Sin(angle);
        _hasSpare = true;
        return radius * Math.Cos(angle);
    }
}
