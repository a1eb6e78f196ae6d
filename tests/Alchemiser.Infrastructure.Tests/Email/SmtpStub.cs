using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Alchemiser.Infrastructure.Tests.Email;

/// <summary>
/// A scripted SMTP server on 127.0.0.1 for failures maildev cannot produce: each connection gets the next behaviour
/// of the script (the last one repeats). It counts connections and message contents received.
/// </summary>
internal sealed class SmtpStub : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<SmtpStubBehaviour> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;
    private int _messages;

    public SmtpStub(params SmtpStubBehaviour[] script)
    {
        _script = script;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Message contents received up to the final dot.</summary>
    public int Messages => Volatile.Read(ref _messages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var index = Interlocked.Increment(ref _connections) - 1;
            _ = ServeAsync(client, _script[Math.Min(index, _script.Count - 1)]);
        }
    }

    private async Task ServeAsync(TcpClient client, SmtpStubBehaviour behaviour)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (behaviour == SmtpStubBehaviour.BusyGreeting)
            {
                await writer.WriteLineAsync("421 stub.local Service not available, try later");
                return;
            }

            await writer.WriteLineAsync("220 stub.local ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250 stub.local");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync(_stop.Token) is { } content && content != ".")
                        {
                        }

                        Interlocked.Increment(ref _messages);
                        if (behaviour == SmtpStubBehaviour.DropAfterData)
                            return; // closes the connection without the final reply
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away.
        }
    }
}

internal enum SmtpStubBehaviour
{
    /// <summary>A normal server that accepts the message.</summary>
    Accept,

    /// <summary>Greets with 421 and closes (a transient refusal).</summary>
    BusyGreeting,

    /// <summary>Takes the whole message content after 354, then closes without the final reply.</summary>
    DropAfterData,
}
