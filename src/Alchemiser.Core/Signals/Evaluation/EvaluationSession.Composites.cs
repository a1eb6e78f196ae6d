using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Signals.Evaluation;

internal sealed partial class EvaluationSession
{
    private CompositeSeries CompositeFor(Node node) =>
        _composites[node.Id] ??= new CompositeSeries(this, node, _subtreeStart[node.Id] == int.MaxValue ? 0 : _subtreeStart[node.Id]);

    /// <summary>
    /// A composite node's synthetic daily NAV (DSL.md §7), extended oldest first, one day at a time, on demand.
    /// NAV(d) = NAV(d−1) × (1 + Σ A(d−1)[s] × (close_s(d)/close_s(d−1) − 1)); a history failure of A ends the current
    /// series and the next successful day starts a new one at 1; a data or model failure fails every later day.
    /// </summary>
    private sealed class CompositeSeries
    {
        private readonly EvaluationSession _session;
        private readonly Node _node;
        private readonly double[] _nav;
        private readonly int[] _seriesStart;
        private readonly Dictionary<IndicatorSpec, IndicatorTrack> _indicators = [];
        private int _lastDay;
        private Weights? _previous;
        private EvaluationFailure? _failure;
        private int _failsFrom = int.MaxValue;

        public CompositeSeries(EvaluationSession session, Node node, int start)
        {
            _session = session;
            _node = node;
            var days = session.SessionCount;
            _nav = new double[days];
            _seriesStart = new int[days];
            Array.Fill(_nav, double.NaN);
            Array.Fill(_seriesStart, -1);
            _lastDay = start - 1;
        }

        /// <summary>Extends the series through day <paramref name="t"/>; the failure if NAV(t) cannot exist.</summary>
        public EvaluationFailure? ExtendTo(int t)
        {
            while (_lastDay < t && _failure is null)
                Step(_lastDay + 1);
            return t >= _failsFrom ? _failure : null;
        }

        /// <summary>Number of points of the series containing day t (0 when there is none). Extended through t.</summary>
        public int PointsAt(int t) => t <= _lastDay && _seriesStart[t] >= 0 && t < _failsFrom ? t - _seriesStart[t] + 1 : 0;

        public int SeriesStartAt(int t) => _seriesStart[t];

        public double NavAt(int t) => _nav[t];

        public double IndicatorAt(IndicatorSpec spec, int t)
        {
            if (!_indicators.TryGetValue(spec, out var track))
                _indicators[spec] = track = new IndicatorTrack(spec, _nav.Length);
            return track.ValueAt(t, _nav, _seriesStart);
        }

        private void Step(int d)
        {
            if (_previous is { } previous)
            {
                var r = 0.0;
                for (var i = 0; i < previous.Count; i++)
                {
                    var series = previous.Series[i];
                    var before = series.Closes[d - 1];
                    var after = series.Closes[d];
                    if (double.IsNaN(after) || double.IsNaN(before))
                    {
                        var missing = double.IsNaN(after) ? d : d - 1;
                        _failure = new EvaluationFailure(FailureClass.Data, DiagnosticCodes.Data, _node, _node.Span, _session.DateOf(d),
                            $"{Label(_node)} holds {series.Symbol}, which has no usable close on {Format(_session.DateOf(missing))} ({series.ProblemAt(missing)}): its NAV cannot be computed",
                            "missing close");
                        _failsFrom = d;
                        return;
                    }
                    r += previous.Values[i] * (after / before - 1);
                }
                _nav[d] = _nav[d - 1] * (1 + r);
                _seriesStart[d] = _seriesStart[d - 1];
            }

            var today = _session.Evaluate(_node, d, null);
            _lastDay = d;
            if (today.Failure is { } failure)
            {
                _previous = null;
                if (failure.Class != FailureClass.History)
                {
                    _failure = failure;
                    _failsFrom = d + 1;
                }
                return;
            }
            if (_seriesStart[d] < 0)
            {
                _nav[d] = 1;
                _seriesStart[d] = d;
            }
            _previous = today.Weights ?? Weights.Empty;
        }
    }

    /// <summary>
    /// An indicator over a composite's NAV, restarting with each new series: one <see cref="IndicatorSeries"/> per
    /// series, sized for the days left so that it never regrows, and kept so that earlier days stay readable.
    /// </summary>
    private sealed class IndicatorTrack(IndicatorSpec spec, int days)
    {
        private readonly List<(int Start, IndicatorSeries Values)> _segments = [];
        private int _through = -1;

        public double ValueAt(int t, double[] nav, int[] seriesStart)
        {
            for (var d = _through + 1; d <= t; d++)
            {
                var start = seriesStart[d];
                if (start < 0)
                    continue;
                if (_segments.Count == 0 || _segments[^1].Start != start)
                    _segments.Add((start, new IndicatorSeries(spec, days - start)));
                _segments[^1].Values.Append(nav[d]);
            }
            _through = Math.Max(_through, t);
            var at = seriesStart[t];
            if (at < 0)
                return double.NaN;
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                if (_segments[i].Start == at)
                    return _segments[i].Values[t - at];
            }
            return double.NaN;
        }
    }
}
