using System.Runtime.CompilerServices;

namespace Corpus.Entities;

/// <summary>
/// Stable 64-bit hashes of normalized token text, computed without allocating. The trainer and the
/// runtime share them, so the values are part of the model format: never change them without retraining.
/// </summary>
internal static class TextHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Lowercase, straight quotes and apostrophes, digits folded to 0 (when <paramref name="foldDigits"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, bool foldDigits)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A') return (char)(c | 0x20);
            if (foldDigits && (uint)(c - '0') <= 9) return '0';
            return c;
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u201B' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
            '\u2013' or '\u2014' or '\u2012' or '\u2015' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static ulong Of(ReadOnlySpan<char> s, bool foldDigits = true)
    {
        ulong h = Offset;
        foreach (char c in s)
        {
            h ^= Fold(c, foldDigits);
            h *= Prime;
        }

        return h;
    }

    public static ulong OfSuffix(ReadOnlySpan<char> s, int n) => s.Length <= n ? Of(s) ^ 0x5DEECE66DUL : Of(s[^n..]) ^ ((ulong)n * 0x9E3779B97F4A7C15UL);

    public static ulong OfPrefix(ReadOnlySpan<char> s, int n) => s.Length <= n ? Of(s) ^ 0xB5AD4ECEDA1CE2A9UL : Of(s[..n]) ^ ((ulong)n * 0xC2B2AE3D27D4EB4FUL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b);

    /// <summary>A 32-bit finalizer for open-addressing tables keyed by hashes (lowbias32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix32(uint x)
    {
        x ^= x >> 16;
        x *= 0x7FEB352D;
        x ^= x >> 15;
        x *= 0x846CA68B;
        x ^= x >> 16;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
