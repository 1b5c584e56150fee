using System.Runtime.CompilerServices;
using Corpus.Entities;

namespace Corpus.Syntax;

/// <summary>
/// How the tagger's and the parser's features become weight-table keys: the template number and
/// its value mixed into 32 bits, never 0 (the table's empty mark). Part of the model format.
/// </summary>
internal static class FeatureKey
{
    /// <summary>Writes the key of (<paramref name="template"/>, <paramref name="value"/>) at f[c] and advances c.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(Span<uint> f, ref int c, int template, ulong value)
    {
        uint h = (uint)TextHash.Mix(((ulong)template << 56) ^ value);
        f[c++] = h == 0 ? 1 : h;
    }
}
