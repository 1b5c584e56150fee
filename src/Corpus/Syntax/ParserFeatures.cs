using System.Runtime.CompilerServices;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// Hashed features of a parser configuration, after Zhang and Nivre (2011) adapted to arc-hybrid:
/// words and tags of the top three stack items and first three buffer words, their pairs and triples,
/// leftmost and rightmost children with their labels, distance, valency, and the punctuation between
/// the stack top and the buffer front (quotes and commas are how news marks attribution). Part of the
/// model format: the trainer and the runtime both call it.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxFeatures = 108;
    private const ulong NullWord = 0x9E37_79B9_7F4A_7C15UL, RootWord = 0xC2B2_AE3D_27D4_EB4FUL;
    private const ulong NullTag = 0xFF, RootTag = 0xFE, NullLabel = 0xFF;

    /// <param name="state">The configuration.</param>
    /// <param name="words">Word hashes (lowercase, digits folded), one per word.</param>
    /// <param name="tags">Tag classes, one per word.</param>
    /// <param name="punct">Per word: 1 comma, 2 quote mark, 4 other punctuation, 0 none.</param>
    /// <param name="clusters">Per word: coarse &lt;&lt; 16 | fine word class (<see cref="WordClusters"/>).</param>
    /// <param name="upos">Per word: the universal tag of its tag class, for templates that generalize over Penn tags.</param>
    /// <param name="f">Receives the features.</param>
    /// <returns>How many were written.</returns>
    public static int Extract(ArcHybrid state, ReadOnlySpan<ulong> words, ReadOnlySpan<byte> tags, ReadOnlySpan<byte> punct, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> upos, Span<uint> f)
    {
        int c = 0;
        int root = state.Root;
        int s0 = state.S(0), s1 = state.S(1), s2 = state.S(2);
        int b0 = state.B(0), b1 = state.B(1), b2 = state.B(2);
        ulong s0w = W(s0, root, words), s1w = W(s1, root, words), b0w = W(b0, root, words), b1w = W(b1, root, words), b2w = W(b2, root, words);
        ulong s0t = T(s0, root, tags), s1t = T(s1, root, tags), s2t = T(s2, root, tags), b0t = T(b0, root, tags), b1t = T(b1, root, tags), b2t = T(b2, root, tags);
        ulong s0wt = Pair(s0w, s0t), s1wt = Pair(s1w, s1t), b0wt = Pair(b0w, b0t);

        int s0l1 = state.LeftChild(s0, 0), s0l2 = state.LeftChild(s0, 1), s0r1 = state.RightChild(s0, 0), s0r2 = state.RightChild(s0, 1);
        int s1l1 = state.LeftChild(s1, 0), s1r1 = state.RightChild(s1, 0), s1r2 = state.RightChild(s1, 1);
        int b0l1 = state.LeftChild(b0, 0), b0l2 = state.LeftChild(b0, 1);

        FeatureKey.Add(f, ref c, 1, s0w); FeatureKey.Add(f, ref c, 2, s0t); FeatureKey.Add(f, ref c, 3, s0wt);
        FeatureKey.Add(f, ref c, 4, s1w); FeatureKey.Add(f, ref c, 5, s1t); FeatureKey.Add(f, ref c, 6, s1wt);
        FeatureKey.Add(f, ref c, 7, b0w); FeatureKey.Add(f, ref c, 8, b0t); FeatureKey.Add(f, ref c, 9, b0wt);
        FeatureKey.Add(f, ref c, 10, b1w); FeatureKey.Add(f, ref c, 11, b1t); FeatureKey.Add(f, ref c, 12, Pair(b1w, b1t));
        FeatureKey.Add(f, ref c, 13, b2w); FeatureKey.Add(f, ref c, 14, b2t); FeatureKey.Add(f, ref c, 15, Pair(b2w, b2t));
        FeatureKey.Add(f, ref c, 16, s2t);

        FeatureKey.Add(f, ref c, 17, Pair(s0wt, s1wt)); FeatureKey.Add(f, ref c, 18, Pair(s0wt, s1w)); FeatureKey.Add(f, ref c, 19, Pair(s0w, s1wt));
        FeatureKey.Add(f, ref c, 20, Pair(s0wt, s1t)); FeatureKey.Add(f, ref c, 21, Pair(s0t, s1wt)); FeatureKey.Add(f, ref c, 22, Pair(s0w, s1w)); FeatureKey.Add(f, ref c, 23, s0t << 8 | s1t);
        FeatureKey.Add(f, ref c, 24, Pair(s0wt, b0wt)); FeatureKey.Add(f, ref c, 25, Pair(s0wt, b0w)); FeatureKey.Add(f, ref c, 26, Pair(s0w, b0wt));
        FeatureKey.Add(f, ref c, 27, Pair(s0wt, b0t)); FeatureKey.Add(f, ref c, 28, Pair(s0t, b0wt)); FeatureKey.Add(f, ref c, 29, Pair(s0w, b0w)); FeatureKey.Add(f, ref c, 30, s0t << 8 | b0t);

        FeatureKey.Add(f, ref c, 31, b0t << 8 | b1t); FeatureKey.Add(f, ref c, 32, b0t << 16 | b1t << 8 | b2t); FeatureKey.Add(f, ref c, 33, s0t << 16 | b0t << 8 | b1t);
        FeatureKey.Add(f, ref c, 34, s1t << 16 | s0t << 8 | b0t); FeatureKey.Add(f, ref c, 35, s2t << 16 | s1t << 8 | s0t); FeatureKey.Add(f, ref c, 36, s1t << 16 | s0t << 8 | b1t);
        FeatureKey.Add(f, ref c, 37, s0t << 16 | T(s0l1, root, tags) << 8 | b0t); FeatureKey.Add(f, ref c, 38, s0t << 16 | T(s0r1, root, tags) << 8 | b0t);
        FeatureKey.Add(f, ref c, 39, s0t << 16 | b0t << 8 | T(b0l1, root, tags)); FeatureKey.Add(f, ref c, 40, s1t << 16 | s0t << 8 | T(s0l1, root, tags));
        FeatureKey.Add(f, ref c, 41, s1t << 16 | s0t << 8 | T(s0r1, root, tags)); FeatureKey.Add(f, ref c, 42, s1t << 16 | T(s1r1, root, tags) << 8 | s0t);
        FeatureKey.Add(f, ref c, 43, s1t << 16 | T(s1l1, root, tags) << 8 | s0t); FeatureKey.Add(f, ref c, 44, Pair(s0w, s1t << 8 | b0t));
        FeatureKey.Add(f, ref c, 45, Pair(b0w, s0t << 8 | b1t));

        ulong d = s0 >= 0 && s0 != root && b0 >= 0 ? (ulong)Math.Min(b0 - s0, 6) : 0;
        ulong d1 = s0 >= 0 && s1 >= 0 && s1 != root && s0 != root ? (ulong)Math.Min(s0 - s1, 6) : 0;
        FeatureKey.Add(f, ref c, 46, Pair(s0w, d)); FeatureKey.Add(f, ref c, 47, s0t << 8 | d); FeatureKey.Add(f, ref c, 48, Pair(b0w, d)); FeatureKey.Add(f, ref c, 49, b0t << 8 | d);
        FeatureKey.Add(f, ref c, 50, Pair(Pair(s0w, b0w), d)); FeatureKey.Add(f, ref c, 51, s0t << 16 | b0t << 8 | d);
        FeatureKey.Add(f, ref c, 52, s1t << 16 | s0t << 8 | d1); FeatureKey.Add(f, ref c, 53, Pair(Pair(s1w, s0w), d1));

        ulong vl0 = (ulong)Math.Min(state.LeftCount(s0), 4), vr0 = (ulong)Math.Min(state.RightCount(s0), 4);
        ulong vlb = (ulong)Math.Min(state.LeftCount(b0), 4), vr1 = (ulong)Math.Min(state.RightCount(s1), 4);
        FeatureKey.Add(f, ref c, 54, Pair(s0w, vl0)); FeatureKey.Add(f, ref c, 55, s0t << 8 | vl0); FeatureKey.Add(f, ref c, 56, Pair(s0w, vr0)); FeatureKey.Add(f, ref c, 57, s0t << 8 | vr0);
        FeatureKey.Add(f, ref c, 58, Pair(b0w, vlb)); FeatureKey.Add(f, ref c, 59, b0t << 8 | vlb); FeatureKey.Add(f, ref c, 60, Pair(s1w, vr1)); FeatureKey.Add(f, ref c, 61, s1t << 8 | vr1);

        FeatureKey.Add(f, ref c, 62, W(s0l1, root, words)); FeatureKey.Add(f, ref c, 63, T(s0l1, root, tags)); FeatureKey.Add(f, ref c, 64, L(s0l1, state));
        FeatureKey.Add(f, ref c, 65, W(s0r1, root, words)); FeatureKey.Add(f, ref c, 66, T(s0r1, root, tags)); FeatureKey.Add(f, ref c, 67, L(s0r1, state));
        FeatureKey.Add(f, ref c, 68, W(b0l1, root, words)); FeatureKey.Add(f, ref c, 69, T(b0l1, root, tags)); FeatureKey.Add(f, ref c, 70, L(b0l1, state));
        FeatureKey.Add(f, ref c, 71, W(s1r1, root, words)); FeatureKey.Add(f, ref c, 72, T(s1r1, root, tags)); FeatureKey.Add(f, ref c, 73, L(s1r1, state));
        FeatureKey.Add(f, ref c, 74, W(s0l2, root, words)); FeatureKey.Add(f, ref c, 75, T(s0l2, root, tags)); FeatureKey.Add(f, ref c, 76, L(s0l2, state));
        FeatureKey.Add(f, ref c, 77, W(s0r2, root, words)); FeatureKey.Add(f, ref c, 78, T(s0r2, root, tags)); FeatureKey.Add(f, ref c, 79, L(s0r2, state));
        FeatureKey.Add(f, ref c, 80, W(b0l2, root, words)); FeatureKey.Add(f, ref c, 81, T(b0l2, root, tags)); FeatureKey.Add(f, ref c, 82, L(b0l2, state));
        FeatureKey.Add(f, ref c, 83, s0t << 16 | L(s0l1, state) << 8 | L(s0l2, state)); FeatureKey.Add(f, ref c, 84, s0t << 16 | L(s0r1, state) << 8 | L(s0r2, state));
        FeatureKey.Add(f, ref c, 85, b0t << 16 | L(b0l1, state) << 8 | L(b0l2, state)); FeatureKey.Add(f, ref c, 86, s1t << 16 | L(s1r1, state) << 8 | L(s1r2, state));
        FeatureKey.Add(f, ref c, 87, s1t << 16 | L(s1l1, state) << 8 | s0t);

        // Punctuation between the stack top and the buffer front, and between s1 and s0.
        ulong between = 0, between1 = 0;
        if (s0 >= 0 && s0 != root && b0 >= 0)
        {
            for (int k = s0 + 1; k < b0; k++) between |= punct[k];
        }

        if (s1 >= 0 && s1 != root && s0 >= 0 && s0 != root)
        {
            for (int k = s1 + 1; k < s0; k++) between1 |= punct[k];
        }

        FeatureKey.Add(f, ref c, 88, s0t << 16 | b0t << 8 | between);
        FeatureKey.Add(f, ref c, 89, s1t << 16 | s0t << 8 | between1);
        FeatureKey.Add(f, ref c, 90, Pair(s0w, between << 8 | b0t));
        FeatureKey.Add(f, ref c, 91, Pair(b0w, between << 8 | s0t));

        // Word classes: generalize the word features to words seen rarely or never in the treebanks.
        ulong s0c = C(s0, root, clusters), s1c = C(s1, root, clusters), b0c = C(b0, root, clusters), b1c = C(b1, root, clusters);
        FeatureKey.Add(f, ref c, 92, s0c & 0xFFFF); FeatureKey.Add(f, ref c, 93, b0c & 0xFFFF); FeatureKey.Add(f, ref c, 94, s1c & 0xFFFF); FeatureKey.Add(f, ref c, 95, b1c & 0xFFFF);
        FeatureKey.Add(f, ref c, 96, (s0c >> 16) << 16 | (b0c >> 16)); FeatureKey.Add(f, ref c, 97, (s0c & 0xFFFF) << 8 | b0t);
        FeatureKey.Add(f, ref c, 98, s0t << 16 | (b0c & 0xFFFF)); FeatureKey.Add(f, ref c, 99, (s1c >> 16) << 16 | (s0c >> 16));

        // Universal tags: the same configurations across Penn tags (VBD and VBZ, NN and NNS).
        ulong s0u = T(s0, root, upos), s1u = T(s1, root, upos), b0u = T(b0, root, upos), b1u = T(b1, root, upos);
        FeatureKey.Add(f, ref c, 100, s0u << 8 | b0u); FeatureKey.Add(f, ref c, 101, s1u << 8 | s0u);
        FeatureKey.Add(f, ref c, 102, s0u << 16 | b0u << 8 | b1u); FeatureKey.Add(f, ref c, 103, s1u << 16 | s0u << 8 | b0u);
        return c;

    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(int i, int root, ReadOnlySpan<ulong> words) => i < 0 ? NullWord : i == root ? RootWord : words[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C(int i, int root, ReadOnlySpan<uint> clusters) => i < 0 ? 0xFFFE_FFFEUL : i == root ? 0xFFFD_FFFDUL : clusters[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(int i, int root, ReadOnlySpan<byte> tags) => i < 0 ? NullTag : i == root ? RootTag : tags[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(int i, ArcHybrid state) => i < 0 || i == state.Root || state.Label(i) < 0 ? NullLabel : (ulong)state.Label(i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pair(ulong a, ulong b) => TextHash.Combine(a, b);

}
