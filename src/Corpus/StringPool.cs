using System.Diagnostics.CodeAnalysis;

namespace Corpus;

/// <summary>
/// Keeps one instance of each distinct string. Corpus-level state holds millions of names, roles
/// and sentences that repeat across articles; pooling them as records arrive keeps that state, and
/// the result built from it, proportional to the distinct values. Not thread-safe.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="value"/> (added when new); null for null.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public string? Intern(string? value)
    {
        if (value is null) return null;
        if (_strings.TryGetValue(value, out var pooled)) return pooled;
        _strings.Add(value);
        return value;
    }

    /// <summary>Forgets every string (instances already handed out are unaffected).</summary>
    public void Clear()
    {
        _strings.Clear();
        _strings.TrimExcess();
    }
}
