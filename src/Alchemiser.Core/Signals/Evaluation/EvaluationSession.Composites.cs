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

    /// <summary>An indicator over a composite's NAV, per day, restarting with each new series.</summary>
    private sealed class IndicatorTrack(IndicatorSpec spec, int days)
    {
        private readonly double[] _values = new double[days];
        private IndicatorSeries? _current;
        private int _currentStart = -1;
        private int _through = -1;

        public double ValueAt(int t, double[] nav, int[] seriesStart)
        {
            for (var d = _through + 1; d <= t; d++)
            {
                var start = seriesStart[d];
                if (start < 0)
                {
                    _values[d] = double.NaN;
                    _current = null;
                    _currentStart = -1;
                    continue;
                }
                if (start != _currentStart)
                {
                    _current = new IndicatorSeries(spec);
                    _currentStart = start;
                }
                _current!.Append(nav[d]);
                _values[d] = _current.Last;
            }
            _through = Math.Max(_through, t);
            return _values[t];
        }
    }
}
