using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Alchemiser.Infrastructure.Email;

/// <summary>Which SMTP failures are worth another attempt: the network (refused, reset, timed out) and 4xx replies
/// (421 service not available, 450/451/452 try later). Authentication, TLS, 5xx replies and programming errors are
/// permanent.</summary>
internal static class SmtpTransientErrors
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        AuthenticationException or SslHandshakeException or ServiceNotAuthenticatedException => false,
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A one-line reason for logs and exception messages.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message.Trim()}",
        SocketException socket => $"{socket.SocketErrorCode}: {socket.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
