namespace Alchemiser.Infrastructure.Email;

/// <summary>Settings of the outbox, the embedded default notifier that writes each email as an <c>.eml</c> file.</summary>
/// <remarks>Immutable.</remarks>
public sealed record OutboxOptions
{
    /// <summary>The sender written into every message.</summary>
    public const string DefaultFrom = "Alchemiser <alchemiser@localhost>";

    /// <summary>The folder the <c>.eml</c> files go to, created when missing: <c>&lt;home&gt;/outbox</c>.</summary>
    public required string Folder { get; init; }

    /// <summary>The <c>From</c> address of the messages.</summary>
    /// <value>Default <see cref="DefaultFrom"/>.</value>
    public string From { get; init; } = DefaultFrom;

    /// <summary>Recipients written into messages that name none.</summary>
    /// <value>Default none (the file has no <c>To</c> header).</value>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>The outbox of a state folder: <c>&lt;home&gt;/outbox</c>.</summary>
    public static OutboxOptions InHome(string home)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        return new OutboxOptions { Folder = Path.Combine(home, "outbox") };
    }
}
