using System.Globalization;
using Alchemiser.Workflow.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Polly;
using Polly.Retry;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// Sends notifications over SMTP with MailKit: connect (with <see cref="SmtpOptions.ConnectTimeout"/>), authenticate
/// when a user name is configured, send, disconnect. Azure Communication Services in Azure, maildev locally.
/// </summary>
/// <remarks>
/// <para>Transient failures (see <see cref="SmtpOptions.MaxRetries"/>) are retried on a new connection with
/// exponential backoff, but never once the server took the DATA: a failure after that point may hide a delivered
/// message, so it is reported with <see cref="NotificationDeliveryException.MayHaveBeenDelivered"/> set instead of
/// risking a second copy. A failure to disconnect after the server accepted the message is ignored.</para>
/// <para>Thread-safe: every send uses its own connection. Logs and exceptions name the server, never the
/// credentials.</para>
/// </remarks>
public sealed class SmtpNotifier : INotifier
{
    /// <summary>The <see cref="NotificationReceipt.Channel"/> of this adapter.</summary>
    public const string Channel = "smtp";

    private static readonly ResiliencePropertyKey<SmtpSendAttempt> AttemptKey = new("Alchemiser.Email.SmtpAttempt");

    private readonly SmtpOptions _options;
    private readonly MailboxAddress _from;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly string _server;

    /// <summary>Creates the notifier; the options are validated here.</summary>
    /// <exception cref="SmtpConfigurationException">A setting is missing or invalid.</exception>
    public SmtpNotifier(SmtpOptions options, TimeProvider? timeProvider = null, ILogger<SmtpNotifier>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _options = options;
        _from = NotificationMessageBuilder.ParseMailbox(options.From, "sender");
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SmtpNotifier>.Instance;
        _server = string.Create(CultureInfo.InvariantCulture, $"{options.Host.Trim()}:{options.Port}");
        _pipeline = CreatePipeline();
    }

    /// <inheritdoc />
    /// <exception cref="NotificationDeliveryException">Not sent: no recipient, a permanent error, transient errors on
    /// every attempt, or a failure after the server took the DATA (then not retried).</exception>
    public async Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = NotificationMessageBuilder.Build(notification, _from, _options.To, _timeProvider.GetUtcNow());
        var key = notification.Key.ToString();
        if (message.To.Count == 0)
            throw new NotificationDeliveryException($"SMTP {_server}: {key} has no recipient", mayHaveBeenDelivered: false);

        var attempt = new SmtpSendAttempt();
        var context = ResilienceContextPool.Shared.Get(key, cancellationToken);
        context.Properties.Set(AttemptKey, attempt);
        try
        {
            await _pipeline.ExecuteAsync(
                static (ctx, state) => state.Notifier.AttemptAsync(state.Message, state.Key, state.Attempt, ctx.CancellationToken),
                context,
                (Notifier: this, Message: message, Key: key, Attempt: attempt));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EmailLog.Failed(_logger, ex, _server, key, attempt.Count, attempt.DataStarted);
            var detail = attempt.DataStarted
                ? "the connection failed after the server took the message content, so it was not sent again and may have been delivered"
                : string.Create(CultureInfo.InvariantCulture, $"{attempt.Count} attempt(s)");
            throw new NotificationDeliveryException(
                $"SMTP {_server} did not accept {key} ({detail}): {SmtpTransientErrors.Describe(ex)}", attempt.DataStarted, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        return new NotificationReceipt(message.MessageId ?? "", Channel, _server, _timeProvider.GetUtcNow());
    }

    private async ValueTask AttemptAsync(MimeMessage message, string key, SmtpSendAttempt attempt, CancellationToken cancellationToken)
    {
        attempt.Count++;
        EmailLog.Sending(_logger, _server, key, message.To.Count, attempt.Count);
        using var client = new SmtpClient { Timeout = (int)_options.CommandTimeout.TotalMilliseconds };
        await ConnectAsync(client, cancellationToken);
        if (!string.IsNullOrEmpty(_options.Username))
            await client.AuthenticateAsync(_options.Username, _options.Password ?? "", cancellationToken);
        var response = await client.SendAsync(message, cancellationToken, attempt);
        EmailLog.Accepted(_logger, _server, key, message.MessageId ?? "", response);
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message is accepted; the goodbye does not matter.
            EmailLog.DisconnectFailed(_logger, _server, key, SmtpTransientErrors.Describe(ex));
        }
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await client.ConnectAsync(_options.Host.Trim(), _options.Port, SocketOptions(_options.Security), linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture, $"no connection to {_server} within {_options.ConnectTimeout.TotalSeconds:0.###} s"));
        }
    }

    private ResiliencePipeline CreatePipeline()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _timeProvider };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex
                    && SmtpTransientErrors.IsTransient(ex)
                    && !args.Context.Properties.GetValue(AttemptKey, null!).DataStarted),
                OnRetry = args =>
                {
                    EmailLog.Retrying(
                        _logger, _server, args.Context.OperationKey ?? "", SmtpTransientErrors.Describe(args.Outcome.Exception!),
                        args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.Auto => SecureSocketOptions.Auto,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "unknown SMTP security"),
    };
}
