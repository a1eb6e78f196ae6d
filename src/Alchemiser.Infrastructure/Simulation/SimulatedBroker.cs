using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The embedded default's broker: a cash account (no margin, no shorting) whose cash, positions and orders persist as
/// one JSON document in the local state folder, trading against deterministic quotes around the last stored close of
/// each symbol, on a simulated market clock.
/// </summary>
/// <remarks>
/// <para><b>State.</b> The account lives in <see cref="SimulatedBrokerOptions.AccountFilePath"/>. It is read on first
/// use and rewritten atomically (temporary file, flush, rename) after every change, before the change is
/// acknowledged, so a killed process loses nothing and a new instance over the same folder continues where the last
/// one stopped. <see cref="SimulatedBrokerOptions.StartingCash"/> applies only when no file exists. A file that cannot
/// be read raises <see cref="InvalidDataException"/>; it is never replaced silently.</para>
/// <para><b>Quotes.</b> A symbol is known when the bar store has a close dated before the simulated session; its
/// quote is centered on that close rounded to cents, with bid and ask the same whole number of cents either side
/// (the configured spread in basis points, rounded up, at least one cent), timestamped with the
/// <see cref="TimeProvider"/>'s now. A symbol without such a close has no quote and no asset.</para>
/// <para><b>Clock.</b> The simulated session is <see cref="SimulatedBrokerOptions.SimulatedSessionDate"/> or, by
/// default, the trading day after the newest stored bar of any symbol (re-derived at most once a minute); the
/// clock stands at <see cref="SimulatedBrokerOptions.TimeBeforeClose"/> before that session's close (PIPELINE.md
/// §2.2). Orders fill only while the clock says open. With no bars and no configured date there is no session:
/// the clock throws and nothing is quotable.</para>
/// <para><b>Orders</b> are checked in this order, as Alpaca does: an existing order with the same client order id,
/// whatever its state, raises <see cref="DuplicateClientOrderIdException"/>; then the request is validated (see
/// <see cref="SubmitOrderAsync"/>) and a refusal raises <see cref="OrderRejectedException"/> without storing an
/// order. An accepted order fills completely at once by the rule of <see cref="SimulatedFills"/>, or keeps working
/// until canceled or until the simulated session moves on, when it expires (a DAY order). Order ids are
/// <c>sim-</c> followed by a ten-digit sequence number; submission and fill times are the
/// <see cref="TimeProvider"/>'s now.</para>
/// <para><b>Thread safety.</b> Every member is safe to call concurrently within one process: one lock guards the
/// account and its file. Two instances, or two processes, over the same folder at the same time are not
/// coordinated: use one instance per folder.</para>
/// </remarks>
public sealed partial class SimulatedBroker : IBroker
{
    private readonly SimulatedBrokerOptions _options;
    private readonly IBarStore _bars;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private SimulatedAccount? _account;

    /// <summary>Creates a broker over the account in <paramref name="options"/>' state folder.</summary>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="bars">Where the last closes (and the simulated session) come from.</param>
    /// <param name="timeProvider">The time of quotes, submissions and fills; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Logs orders, fills, rejections and cancels; default none.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public SimulatedBroker(
        SimulatedBrokerOptions options,
        IBarStore bars,
        TimeProvider? timeProvider = null,
        ILogger<SimulatedBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bars);
        options.Validate();
        _options = options;
        _bars = bars;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <value>Always <see cref="BrokerMode.Simulated"/>.</value>
    public BrokerMode Mode => BrokerMode.Simulated;

    /// <inheritdoc />
    /// <remarks>Equity is cash plus each position at the mid of its quote (at its average price when it has no
    /// quote); buying power is cash less what working BUY orders reserve; trading is never blocked.</remarks>
    public async Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        var session = await GetSessionDateAsync(cancellationToken);
        decimal cash, buyingPower;
        SimulatedPosition[] positions;
        lock (_gate)
        {
            var account = Current(session);
            cash = account.Cash;
            buyingPower = account.BuyingPower;
            positions = [.. account.Positions];
        }

        var equity = cash;
        foreach (var position in await ValuePositionsAsync(positions, session, cancellationToken))
            equity += position.MarketValue ?? SimulatedAccount.Notional(position.Quantity, position.AverageEntryPrice!.Value);
        return new BrokerAccount(equity, cash, buyingPower);
    }

    /// <inheritdoc />
    /// <remarks>Ordered by symbol. The market value is the quantity at the quote's mid, in cents; null when the
    /// symbol has no quote.</remarks>
    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var session = await GetSessionDateAsync(cancellationToken);
        SimulatedPosition[] positions;
        lock (_gate)
            positions = [.. Current(session).Positions];
        return await ValuePositionsAsync(positions, session, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Every symbol with a quote is tradable; it is fractionable unless it is in
    /// <see cref="SimulatedBrokerOptions.NonFractionableSymbols"/>.</remarks>
    public async Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        var session = await GetSessionDateAsync(cancellationToken);
        return await GetQuoteAsync(symbol, session, cancellationToken) is null ? null : AssetOf(symbol);
    }

    /// <inheritdoc />
    /// <remarks>Symbols without a quote are left out of the answer.</remarks>
    public async Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var session = await GetSessionDateAsync(cancellationToken);
        var distinct = symbols.Distinct().ToArray();
        var quotes = await Task.WhenAll(distinct.Select(s => GetQuoteAsync(s, session, cancellationToken)));
        var result = new Dictionary<Symbol, Quote>();
        for (var i = 0; i < distinct.Length; i++)
        {
            if (quotes[i] is { } quote)
                result[distinct[i]] = quote;
        }

        return result;
    }

    private BrokerAsset AssetOf(Symbol symbol) =>
        new(symbol, IsTradable: true, IsFractionable: !_options.NonFractionableSymbols.Contains(symbol));

    /// <summary>The quote of <paramref name="symbol"/> around its last close before <paramref name="session"/>.</summary>
    private async Task<Quote?> GetQuoteAsync(Symbol symbol, DateOnly? session, CancellationToken cancellationToken)
    {
        if (session is not { } date || await _bars.ReadAsync(symbol, cancellationToken) is not { } bars)
            return null;
        var index = Array.BinarySearch(bars.Dates, date);
        var last = (index >= 0 ? index : ~index) - 1;
        return last < 0 ? null : SimulatedQuotes.Around(bars.Close[last], _options.SpreadBpsOf(symbol), _time.GetUtcNow());
    }

    private async Task<IReadOnlyList<BrokerPosition>> ValuePositionsAsync(
        SimulatedPosition[] positions, DateOnly? session, CancellationToken cancellationToken)
    {
        var quotes = await Task.WhenAll(positions.Select(p => GetQuoteAsync(p.Symbol, session, cancellationToken)));
        return [.. positions
            .Select((p, i) => new BrokerPosition(
                p.Symbol,
                p.Quantity,
                quotes[i] is { } quote ? SimulatedAccount.Notional(p.Quantity, quote.Mid) : null,
                p.AveragePrice))
            .OrderBy(p => p.Symbol)];
    }

    /// <summary>The account, loaded on first use, with the orders of earlier sessions expired. Call under the lock.</summary>
    private SimulatedAccount Current(DateOnly? session)
    {
        var account = _account ??= SimulatedAccountFile.Load(_options.AccountFilePath, _options.StartingCash);
        if (session is { } date && account.ExpireBefore(date) is var expired and > 0)
        {
            Save(account);
            SimulatedBrokerLog.Expired(_logger, expired, date);
        }

        return account;
    }

    /// <summary>Writes the account; when that fails, forgets it so the next call reloads what the file holds. Call
    /// under the lock.</summary>
    private void Save(SimulatedAccount account)
    {
        try
        {
            SimulatedAccountFile.Save(_options.AccountFilePath, account);
        }
        catch
        {
            _account = null;
            throw;
        }
    }
}
