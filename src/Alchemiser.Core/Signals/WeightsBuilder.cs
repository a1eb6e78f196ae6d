using Alchemiser.Core.Market;

namespace Alchemiser.Core.Signals;

/// <summary>Sums children's weights scaled by their shares, keeping first-appearance order. Reused per session.</summary>
internal sealed class WeightsBuilder
{
    private readonly List<PriceSeries> _series = [];
    private readonly List<double> _values = [];

    public void Add(Weights child, double share)
    {
        for (var i = 0; i < child.Count; i++)
        {
            var index = _series.IndexOf(child.Series[i]);
            if (index < 0)
            {
                _series.Add(child.Series[i]);
                _values.Add(child.Values[i] * share);
            }
            else
            {
                _values[index] += child.Values[i] * share;
            }
        }
    }

    public Weights Build()
    {
        var built = new Weights([.. _series], [.. _values]);
        _series.Clear();
        _values.Clear();
        return built;
    }
}
