using Alchemiser.Core.Indicators;
using BenchmarkDotNet.Attributes;

namespace Alchemiser.Benchmarks.Indicators;

/// <summary>
/// <see cref="IndicatorKernels.Compute"/> over 100 series of 2,520 closes (10 years of sessions): synthetic geometric
/// random walks from a fixed seed. Each benchmark computes one indicator over all 100 series into preallocated
/// buffers and returns the sum of the last values. Target: RSI(14) under 4 ms for all 100 series.
/// </summary>
public class IndicatorKernelBenchmarks
{
    private const int SeriesCount = 100;
    private const int Bars = 2_520;
    private const int Seed = 20_260_101;

    private static readonly IndicatorSpec Rsi14 = IndicatorSpec.Rsi(14);
    private static readonly IndicatorSpec Sma200 = IndicatorSpec.MovingAveragePrice(200);
    private static readonly IndicatorSpec Ema50 = IndicatorSpec.ExponentialMovingAveragePrice(50);
    private static readonly IndicatorSpec StdevReturn20 = IndicatorSpec.StdevReturn(20);
    private static readonly IndicatorSpec MaxDrawdown60 = IndicatorSpec.MaxDrawdown(60);
    private static readonly IndicatorSpec CumulativeReturn20 = IndicatorSpec.CumulativeReturn(20);

    private double[][] _closes = [];
    private double[][] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        _closes = new double[SeriesCount][];
        _values = new double[SeriesCount][];
        for (var s = 0; s < SeriesCount; s++)
        {
            var closes = new double[Bars];
            var price = 20 + (180 * random.NextDouble());
            for (var i = 0; i < Bars; i++)
            {
                // Daily log return ~ N(0.0003, 0.015), by Box-Muller.
                var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                price *= Math.Exp(0.0003 + (0.015 * normal));
                closes[i] = price;
            }

            _closes[s] = closes;
            _values[s] = new double[Bars];
        }
    }

    [Benchmark(Description = "RSI(14)")]
    public double Rsi_14() => ComputeAll(Rsi14);

    [Benchmark(Description = "SMA(200)")]
    public double MovingAveragePrice_200() => ComputeAll(Sma200);

    [Benchmark(Description = "EMA(50)")]
    public double ExponentialMovingAverage_50() => ComputeAll(Ema50);

    [Benchmark(Description = "stdev-return(20)")]
    public double StdevReturn_20() => ComputeAll(StdevReturn20);

    [Benchmark(Description = "max-drawdown(60)")]
    public double MaxDrawdown_60() => ComputeAll(MaxDrawdown60);

    [Benchmark(Description = "cumulative-return(20)")]
    public double CumulativeReturn_20() => ComputeAll(CumulativeReturn20);

    private double ComputeAll(IndicatorSpec spec)
    {
        var checksum = 0.0;
        for (var s = 0; s < _closes.Length; s++)
        {
            var values = _values[s];
            IndicatorKernels.Compute(spec, _closes[s], values);
            checksum += values[^1];
        }

        return checksum;
    }
}
