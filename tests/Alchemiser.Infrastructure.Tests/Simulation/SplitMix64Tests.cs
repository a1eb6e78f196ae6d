using Alchemiser.Infrastructure.Simulation;

namespace Alchemiser.Infrastructure.Tests.Simulation;

public sealed class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_Seed1234567_MatchesReferenceSequence()
    {
        // Reference output of Vigna's splitmix64.c for x = 1234567.
        var rng = new SplitMix64(1234567);

        Assert.Equal(6457827717110365317UL, rng.NextUInt64());
        Assert.Equal(3203168211198807973UL, rng.NextUInt64());
        Assert.Equal(9817491932198370423UL, rng.NextUInt64());
    }

    [Fact]
    public void NextGaussian_ManyDraws_StandardNormalMoments()
    {
        var rng = new SplitMix64(42);
        const int n = 200_000;
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < n; i++)
        {
            var x = rng.NextGaussian();
            sum += x;
            sumSquares += x * x;
        }

        Assert.InRange(sum / n, -0.01, 0.01);
        Assert.InRange(sumSquares / n, 0.98, 1.02);
    }

    [Fact]
    public void StreamSeed_DependsOnSeedAndKey()
    {
        Assert.Equal(SplitMix64.StreamSeed(1, "SPY"), SplitMix64.StreamSeed(1, "SPY"));
        Assert.NotEqual(SplitMix64.StreamSeed(1, "SPY"), SplitMix64.StreamSeed(2, "SPY"));
        Assert.NotEqual(SplitMix64.StreamSeed(1, "SPY"), SplitMix64.StreamSeed(1, "SPX"));
    }
}
