using Alchemiser.Core.Market;

namespace Alchemiser.Core.Signals;

/// <summary>Sums children's weights scaled by their shares, keeping first-appearance order. Reused per session.</summary>
internal sealed class WeightsBuilder
{
    private readonly List<PriceSeries> _series = [];
    private readonly List<double> _values = [];

    private Weights? _single;
    private int _adds;

    public void Add(Weights child, double share)
    {
        _adds++;
        _single = share == 1.0 ? child : null;
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

    private void Reset()
    {
        _series.Clear();
        _values.Clear();
        _single = null;
        _adds = 0;
    }

    /// <summary>
    /// The sum. A single child added with share 1 is returned as is, and a sum bit-identical to
    /// <paramref name="previous"/> (usually the node's result on the day before) returns that object: most nodes hold
    /// the same weights day after day, so a range evaluation allocates little.
    /// </summary>
    public Weights Build(Weights? previous)
    {
        var built = _single is { } single && _adds == 1 ? single
            : previous is not null && SameAs(previous) ? previous
            : new Weights([.. _series], [.. _values]);
        Reset();
        return built;
    }

    private bool SameAs(Weights previous)
    {
        if (previous.Count != _series.Count)
            return false;
        for (var i = 0; i < _series.Count; i++)
        {
            if (!ReferenceEquals(previous.Series[i], _series[i]) || previous.Values[i] != _values[i])
                return false;
        }
        return true;
    }
}
