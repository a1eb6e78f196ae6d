using MailKit;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// The state of one message's delivery across attempts. It is also the <see cref="ITransferProgress"/> given to
/// MailKit: MailKit reports progress only while it streams the message content, which it does only after the server
/// answered <c>354</c> to <c>DATA</c> (or accepted a <c>BDAT</c> chunk), so the first report means "the server took
/// the DATA" and from then on the message is never sent again.
/// </summary>
internal sealed class SmtpSendAttempt : ITransferProgress
{
    private int _dataStarted;

    /// <summary>Attempts started so far.</summary>
    public int Count { get; set; }

    /// <summary>True once the message content started to flow to the server.</summary>
    public bool DataStarted => Volatile.Read(ref _dataStarted) == 1;

    public void Report(long bytesTransferred, long totalSize) => Report(bytesTransferred);

    public void Report(long bytesTransferred) => Volatile.Write(ref _dataStarted, 1);
}
