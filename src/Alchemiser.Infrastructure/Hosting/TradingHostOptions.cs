using Alchemiser.Workflow.Brokers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Infrastructure.Hosting;

/// <summary>What a host (the command line, the Functions app) tells <see cref="TradingServices"/>. Immutable.</summary>
public sealed record TradingHostOptions
{
    /// <summary>The local state folder: bars, broker account, queue, ledger, runs, outbox, reports.</summary>
    public required string Home { get; init; }

    /// <summary>The strategies folder holding <c>portfolio.json</c>.</summary>
    public required string StrategiesFolder { get; init; }

    /// <summary>Where settings come from.</summary>
    /// <value>Default the process environment.</value>
    public HostSettings Settings { get; init; } = HostSettings.Environment;

    /// <summary>The clock.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Loggers for the adapters and the runner.</summary>
    /// <value>Default none.</value>
    public ILoggerFactory Loggers { get; init; } = NullLoggerFactory.Instance;

    /// <summary>The user asked for live trading (<c>--live</c>); without it a live Alpaca account is refused.</summary>
    public bool AllowLive { get; init; }

    /// <summary>The simulated broker's session (the command line's <c>--date</c>); null for the day after the newest bar.</summary>
    public DateOnly? SimulatedSession { get; init; }

    /// <summary>Wraps the broker the settings chose, for every use of it (a host's cross-cutting hook, such as the
    /// command line's test-only pause hook); it must pass results through unchanged. The inner broker is still the one
    /// disposed.</summary>
    /// <value>Default none.</value>
    public Func<IBroker, IBroker>? BrokerDecorator { get; init; }
}
