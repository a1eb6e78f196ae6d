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
}
