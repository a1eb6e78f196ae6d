namespace Alchemiser.Workflow.Data;

/// <summary>
/// The rules of <see cref="IObjectStore"/> keys, the same for every adapter so that a key valid on one is valid on all:
/// segments separated by <c>/</c>, each made of ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, not starting
/// with <c>.</c> (adapters keep their temporary objects there), at most 1024 characters in all.
/// </summary>
public static class ObjectKey
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 1024;

    /// <summary>Whether <paramref name="key"/> is a valid key; <paramref name="reason"/> says why not.</summary>
    public static bool IsValid(string? key, out string reason)
    {
        if (string.IsNullOrEmpty(key))
        {
            reason = "a key must not be empty";
            return false;
        }

        if (key.Length > MaxLength)
        {
            reason = $"a key holds at most {MaxLength} characters";
            return false;
        }

        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0)
            {
                reason = "a key has no empty segment (no leading, trailing or doubled '/')";
                return false;
            }

            if (segment[0] == '.')
            {
                reason = $"segment '{segment}' starts with '.'";
                return false;
            }

            foreach (var c in segment)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
                {
                    reason = $"character '{c}' is not allowed (letters, digits, '-', '_', '.' and '/' only)";
                    return false;
                }
            }
        }

        reason = "";
        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the key when it is not valid.</summary>
    public static void ThrowIfInvalid(string? key, string parameterName = "key")
    {
        if (!IsValid(key, out var reason))
            throw new ArgumentException($"invalid object key '{key}': {reason}", parameterName);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="prefix"/> is empty or a valid key followed by <c>/</c>.</summary>
    public static void ThrowIfInvalidPrefix(string? prefix, string parameterName = "prefix")
    {
        ArgumentNullException.ThrowIfNull(prefix, parameterName);
        if (prefix.Length == 0)
            return;
        if (!prefix.EndsWith('/'))
            throw new ArgumentException($"invalid object key prefix '{prefix}': a prefix is empty or ends with '/'", parameterName);
        if (!IsValid(prefix[..^1], out var reason))
            throw new ArgumentException($"invalid object key prefix '{prefix}': {reason}", parameterName);
    }

    /// <summary>
    /// The key of the object named <paramref name="id"/> in folder <paramref name="folder"/>, e.g. <c>plans/2026-11-24.json</c>.
    /// An id with characters a key should not hold (such as <c>#</c>) is made safe and suffixed with a hash of the id, so
    /// two ids never share a key.
    /// </summary>
    /// <param name="folder">The folder, without a trailing <c>/</c>.</param>
    /// <param name="id">The object's id, e.g. an instance id.</param>
    /// <param name="extension">The extension with its dot, e.g. <c>.json</c>.</param>
    public static string ForId(string folder, string id, string extension)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(extension);
        var safe = new System.Text.StringBuilder(id.Length);
        foreach (var c in id)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        if (safe[0] == '.')
            safe[0] = '_';
        var text = safe.ToString();
        if (text != id)
            text += "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..10];
        var key = folder + "/" + text + extension;
        ThrowIfInvalid(key, nameof(id));
        return key;
    }
}
