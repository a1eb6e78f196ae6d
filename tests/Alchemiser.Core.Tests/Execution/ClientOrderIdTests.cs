using System.Security.Cryptography;
using System.Text;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using CsCheck;

namespace Alchemiser.Core.Tests.Execution;

public sealed class ClientOrderIdTests
{
    [Theory]
    [InlineData("2026-11-24", "TQQQ", OrderSide.Sell, 0, "20261124-S-TQQQ-0")]
    [InlineData("2026-11-24#2", "BRK/B", OrderSide.Buy, 3, "20261124r2-B-BRK.B-3")]
    [InlineData("2026-11-24#2", "BRK.B", OrderSide.Buy, 3, "20261124r2-B-BRK.B-3")]
    [InlineData("2026-01-05#12", "SPY", OrderSide.Sell, 2, "20260105r12-S-SPY-2")]
    [InlineData("2026-01-05", "SPY", OrderSide.Buy, 1, "20260105-B-SPY-1")]
    public void For_SpecExamples_MatchesText(string instance, string symbol, OrderSide side, int step, string expected) =>
        Assert.Equal(expected, ClientOrderId.For(InstanceId.Parse(instance), Symbol.Parse(symbol), side, step).Value);

    [Fact]
    public void For_OtherInstanceId_UsesXAndTenHexOfSha256()
    {
        // SHA-256("manual-test") = eb28422309..., computed with sha256sum outside the code under test.
        var id = ClientOrderId.For(InstanceId.Parse("manual-test"), Symbol.Parse("SPY"), OrderSide.Buy, 0).Value;

        Assert.Equal("x" + "eb28422309" + "-B-SPY-0", id);
    }

    [Fact]
    public void For_TooLong_ReplacesSymbolWithEightHexOfSha256()
    {
        var symbol = Symbol.Parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/ABCDEF");
        var id = ClientOrderId.For(InstanceId.Parse("2026-11-24"), symbol, OrderSide.Sell, 1).Value;

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.ABCDEF")))[..8];
        Assert.Equal($"20261124-S-{hash}-1", id);
    }

    [Fact]
    public void For_ExactlyFortyEightCharacters_KeepsTheSymbol()
    {
        // 8 + 3 + 35 + 2 = 48.
        var symbol = Symbol.Parse(new string('A', 35));
        Assert.Equal($"20261124-B-{symbol.Value}-0", ClientOrderId.For(InstanceId.Parse("2026-11-24"), symbol, OrderSide.Buy, 0).Value);
        var longer = Symbol.Parse(new string('A', 36));
        Assert.DoesNotContain(longer.Value, ClientOrderId.For(InstanceId.Parse("2026-11-24"), longer, OrderSide.Buy, 0).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void For_StepOutOfRange_Throws(int step) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientOrderId.For(InstanceId.Parse("2026-11-24"), Symbol.Parse("SPY"), OrderSide.Buy, step));

    [Fact]
    public void BelongsTo_SameDayOtherRun_IsFalse()
    {
        var first = InstanceId.Parse("2026-11-24");
        var rerun = InstanceId.Parse("2026-11-24#2");
        var cid = ClientOrderId.For(rerun, Symbol.Parse("SPY"), OrderSide.Buy, 0).Value;

        Assert.True(ClientOrderId.BelongsTo(cid, rerun));
        Assert.False(ClientOrderId.BelongsTo(cid, first));
        Assert.False(ClientOrderId.BelongsTo(ClientOrderId.For(first, Symbol.Parse("SPY"), OrderSide.Buy, 0).Value, rerun));
        Assert.False(ClientOrderId.BelongsTo("0b7c6b1e-uuid-from-the-broker", first));
        Assert.False(ClientOrderId.BelongsTo(null, first));
    }

    private static readonly Gen<InstanceId> GenInstance = Gen.OneOf(
        Gen.Date[new DateTime(2000, 1, 1), new DateTime(2099, 12, 31)].Select(Gen.Int[1, 1_000_000_000])
            .Select(t => InstanceId.ForRun(DateOnly.FromDateTime(t.Item1), t.Item2)),
        Gen.String[Gen.Char["abcXYZ019-_#:"], 1, InstanceId.MaxLength].Select(s => InstanceId.Parse(s)));

    private static readonly Gen<Symbol> GenSymbol =
        Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 1, 60].Select(Gen.Bool, Gen.String[Gen.Char["ABZ9"], 1, 10])
            .Select(t => Symbol.Parse(t.Item2 ? $"{t.Item1}/{t.Item3}" : t.Item1));

    private static readonly Gen<OrderSide> GenSide = Gen.Enum<OrderSide>();

    [Fact]
    public void For_Property_AtMost48CharactersAndStable() =>
        Gen.Select(GenInstance, GenSymbol, GenSide, Gen.Int[0, 3]).Sample((instance, symbol, side, step) =>
        {
            var id = ClientOrderId.For(instance, symbol, side, step);
            return id.Value.Length <= ClientOrderId.MaxLength
                && id == ClientOrderId.For(InstanceId.Parse(instance.Value), Symbol.Parse(symbol.Value), side, step)
                && ClientOrderId.BelongsTo(id.Value, instance);
        });

    [Fact]
    public void For_Property_UniquePerKey() =>
        Gen.Select(GenInstance, GenSymbol).Array[1, 8].Sample(pairs =>
        {
            var keys = new HashSet<(string, string, OrderSide, int)>();
            var ids = new Dictionary<string, (string, string, OrderSide, int)>();
            foreach (var (instance, symbol) in pairs)
            {
                foreach (var side in new[] { OrderSide.Buy, OrderSide.Sell })
                {
                    for (var step = 0; step <= ClientOrderId.MaxStep; step++)
                    {
                        var key = (instance.Value, symbol.Value, side, step);
                        if (!keys.Add(key))
                            continue;
                        var id = ClientOrderId.For(instance, symbol, side, step).Value;
                        if (ids.TryGetValue(id, out var other) && other != key)
                            return false;
                        ids[id] = key;
                    }
                }
            }
            return true;
        });
}
