using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Signals;
using Alchemiser.Infrastructure.Simulation;
using BenchmarkDotNet.Attributes;

namespace Alchemiser.Benchmarks.Signals;

/// <summary>
/// <see cref="StrategyEvaluator"/> over data in memory: synthetic bars (<see cref="SyntheticMarket"/>, default seed)
/// for every symbol the strategies need, on the NYSE sessions 2016-01-04 .. 2025-12-31. Strategies are loaded once at
/// setup; every measured operation builds a new <see cref="PriceBook"/> and new evaluators (the book caches ticker
/// indicator series and an evaluator keeps NAV series and a memo), so each operation is a cold evaluation.
/// The strategies are evaluated one after the other on one thread; production (<c>SignalCalculator</c>) evaluates
/// them in parallel on a shared book.
/// </summary>
public class PortfolioBenchmarks
{
    private StrategyDefinition[] _portfolio = [];
    private StrategyDefinition? _large;
    private IReadOnlyList<BarSeries> _bars = [];
    private DateOnly[] _sessions = [];
    private DateOnly _lastSession;

    [GlobalSetup]
    public void Setup()
    {
        var strategies = BenchmarkInputs.StrategiesFolder;
        var portfolioPath = Path.Combine(strategies, "portfolio.json");
        var portfolio = PortfolioParser.Parse(portfolioPath, File.ReadAllText(portfolioPath), out var errors)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        _portfolio = portfolio.Strategies.Select(entry => Load(Path.Combine(strategies, entry.File))).ToArray();
        _large = Load(Path.Combine(strategies, "stress", "large.clj"));

        _sessions = NyseCalendar.TradingDays(BenchmarkInputs.TenYearsFrom, BenchmarkInputs.TenYearsTo).ToArray();
        _lastSession = _sessions[^1];
        var symbols = _portfolio.Append(_large).SelectMany(s => s.Symbols).Distinct().Order().ToArray();
        _bars = new SyntheticMarket().Generate(symbols, _sessions);
        Console.WriteLine(
            $"// inputs: {_portfolio.Length} portfolio strategies ({_portfolio.Sum(s => s.NodeCount)} nodes), " +
            $"large.clj {_large.NodeCount} nodes, {symbols.Length} symbols x {_sessions.Length} sessions " +
            $"({_sessions[0]:yyyy-MM-dd} .. {_lastSession:yyyy-MM-dd})");
    }

    /// <summary>(a) Every portfolio strategy as of the last session, with traces (as <c>signals</c> does).</summary>
    [Benchmark(Description = "portfolio, one date, cold")]
    public StrategyResult[] PortfolioOneDate()
    {
        var book = PriceBook.Create(_bars, _sessions);
        var results = new StrategyResult[_portfolio.Length];
        for (var i = 0; i < results.Length; i++)
            results[i] = new StrategyEvaluator(_portfolio[i], book).Evaluate(_lastSession);
        return results;
    }

    /// <summary>(b) Every portfolio strategy for every session of the 10 years (EvaluateRange, no traces).</summary>
    [Benchmark(Description = "portfolio, 10 years, cold")]
    public IReadOnlyList<StrategyResult>[] PortfolioTenYears()
    {
        var book = PriceBook.Create(_bars, _sessions);
        var results = new IReadOnlyList<StrategyResult>[_portfolio.Length];
        for (var i = 0; i < results.Length; i++)
            results[i] = new StrategyEvaluator(_portfolio[i], book).EvaluateRange(_sessions[0], _lastSession);
        return results;
    }

    /// <summary>(c) <c>strategies/stress/large.clj</c> for every session of the 10 years (EvaluateRange, no traces).</summary>
    [Benchmark(Description = "large.clj, 10 years, cold")]
    public IReadOnlyList<StrategyResult> LargeTenYears()
    {
        var book = PriceBook.Create(_bars, _sessions);
        return new StrategyEvaluator(_large!, book).EvaluateRange(_sessions[0], _lastSession);
    }

    private static StrategyDefinition Load(string path)
    {
        var result = StrategyLoader.Load(path, File.ReadAllBytes(path));
        return result.Strategy
            ?? throw new InvalidOperationException($"{path} does not load: {string.Join("; ", result.Errors)}");
    }
}
