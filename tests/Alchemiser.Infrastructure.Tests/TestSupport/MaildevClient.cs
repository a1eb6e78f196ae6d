using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alchemiser.Infrastructure.Tests.TestSupport;

/// <summary>A running maildev: its SMTP endpoint and its REST API (<c>/api/email</c>, maildev 3).</summary>
public sealed class MaildevClient(string smtpHost, int smtpPort, Uri web) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = web, Timeout = TimeSpan.FromSeconds(10) };

    public string SmtpHost { get; } = smtpHost;

    public int SmtpPort { get; } = smtpPort;

    public async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("api/healthz", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Every email maildev holds.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> ListAsync() =>
        await _http.GetFromJsonAsync<List<MaildevEmail>>(new Uri("api/email", UriKind.Relative), Json) ?? [];

    /// <summary>The emails with this subject, waiting up to <paramref name="timeout"/> for at least one.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> WaitForSubjectAsync(string subject, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var found = (await ListAsync()).Where(e => e.Subject == subject).ToList();
            if (found.Count > 0 || deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(5)))
                return found;
            await Task.Delay(50);
        }
    }

    /// <summary>The bytes of one attachment of one email, by the name maildev generated for it.</summary>
    public async Task<byte[]> GetAttachmentAsync(string id, string generatedFileName) =>
        await _http.GetByteArrayAsync(new Uri($"api/email/{Uri.EscapeDataString(id)}/attachment/{Uri.EscapeDataString(generatedFileName)}", UriKind.Relative));

    public void Dispose() => _http.Dispose();
}

/// <summary>The fields of maildev's email JSON the tests read.</summary>
public sealed record MaildevEmail(
    string Id,
    string Subject,
    string? Html,
    string? Text,
    IReadOnlyList<MaildevAddress> To,
    IReadOnlyList<MaildevAttachment> Attachments);

public sealed record MaildevAddress(string Address, string? Name);

public sealed record MaildevAttachment(string FileName, string GeneratedFileName, string ContentType, long? Size);
