using System.Security.Cryptography;
using System.Text;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>Name-based GUIDs: SHA-256 of (instance id, counter), marked as RFC 9562 version 8 (custom).</summary>
internal static class DeterministicGuid
{
    public static Guid Create(string instanceId, int counter)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{instanceId}\u001f{counter}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
