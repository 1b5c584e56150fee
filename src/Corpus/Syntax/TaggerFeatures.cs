using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// Hashed features of the part-of-speech tagger: the word, its affixes and shape, two words either
/// side, the two tags before it and, in the second pass, the first pass's two tags after it. The
/// trainer and the runtime both call this, so it is part of the model format. One instance per thread.
/// </summary>
internal sealed class TaggerFeatures
{
    public const int MaxPerWord = 48;
    private const ulong Start = 0x1234_5678_9ABC_DEF1UL, End = 0x3456_789A_BCDE_F123UL;
    private const ulong NoTag = 0xFF;

    private ulong[] _word = new ulong[64];
    private ulong[] _suffix3 = new ulong[64];
    private ulong[] _shape = new ulong[64];
    private byte[] _flags = new byte[64];
    private uint[] _cluster = new uint[64];
    private int _n;

    private const byte Cap = 1, AllCaps = 2, HasDigit = 4, HasHyphen = 8, NoLetter = 16;

    /// <summary>Reads the words of one sentence; call before <see cref="Extract"/>.</summary>
    public void Prepare(string text, ReadOnlySpan<TextSpan> words)
    {
        int n = words.Length;
        if (_word.Length < n)
        {
            int size = Math.Max(n, _word.Length * 2);
            _word = new ulong[size];
            _suffix3 = new ulong[size];
            _shape = new ulong[size];
            _flags = new byte[size];
            _cluster = new uint[size];
        }

        for (int i = 0; i < n; i++)
        {
            var s = text.AsSpan(words[i].Start, words[i].Length);
            _word[i] = TextHash.Of(s);
            _suffix3[i] = TextHash.OfSuffix(s, 3);
            _shape[i] = Shape(s);
            _flags[i] = Flags(s);
            var (coarse, fine) = WordClusters.Default.Of(_word[i]);
            _cluster[i] = (uint)coarse << 16 | fine;
        }

        _n = n;
    }

    /// <summary>Packed word classes of word <paramref name="i"/> (coarse &lt;&lt; 16 | fine).</summary>
    public uint Cluster(int i) => _cluster[i];

    /// <summary>Word hash of word <paramref name="i"/> (lowercase, digits folded), as the tag dictionary keys it.</summary>
    public ulong WordHash(int i) => _word[i];

    /// <summary>
    /// Writes the features of word <paramref name="i"/> into <paramref name="f"/> and returns how many.
    /// <paramref name="tags"/> holds the tags decided so far (left of i) and, when
    /// <paramref name="secondPass"/>, the first pass's tags right of i.
    /// </summary>
    public int Extract(string text, ReadOnlySpan<TextSpan> words, int i, ReadOnlySpan<byte> tags, bool secondPass, Span<uint> f)
    {
        int c = 0;
        int n = _n;
        var s = text.AsSpan(words[i].Start, words[i].Length);
        ulong w0 = _word[i];
        ulong wm1 = i > 0 ? _word[i - 1] : Start, wm2 = i > 1 ? _word[i - 2] : Start;
        ulong wp1 = i + 1 < n ? _word[i + 1] : End, wp2 = i + 2 < n ? _word[i + 2] : End;
        ulong tm1 = i > 0 ? tags[i - 1] : NoTag, tm2 = i > 1 ? tags[i - 2] : NoTag;
        byte fl = _flags[i];
        FeatureKey.Add(f, ref c, 1, 0);
        FeatureKey.Add(f, ref c, 2, w0);
        FeatureKey.Add(f, ref c, 3, TextHash.OfSuffix(s, 1));
        FeatureKey.Add(f, ref c, 4, TextHash.OfSuffix(s, 2));
        FeatureKey.Add(f, ref c, 5, _suffix3[i]);
        FeatureKey.Add(f, ref c, 6, TextHash.OfSuffix(s, 4));
        FeatureKey.Add(f, ref c, 7, TextHash.OfPrefix(s, 1));
        FeatureKey.Add(f, ref c, 8, TextHash.OfPrefix(s, 2));
        FeatureKey.Add(f, ref c, 9, TextHash.OfPrefix(s, 3));
        FeatureKey.Add(f, ref c, 10, _shape[i]);
        FeatureKey.Add(f, ref c, 11, wm1);
        FeatureKey.Add(f, ref c, 12, wm2);
        FeatureKey.Add(f, ref c, 13, wp1);
        FeatureKey.Add(f, ref c, 14, wp2);
        FeatureKey.Add(f, ref c, 15, tm1);
        FeatureKey.Add(f, ref c, 16, tm1 << 8 | tm2);
        FeatureKey.Add(f, ref c, 17, TextHash.Combine(tm1, w0));
        FeatureKey.Add(f, ref c, 18, i > 0 ? _suffix3[i - 1] : Start);
        FeatureKey.Add(f, ref c, 19, i + 1 < n ? _suffix3[i + 1] : End);
        FeatureKey.Add(f, ref c, 20, TextHash.Combine(wm1, w0));
        FeatureKey.Add(f, ref c, 21, TextHash.Combine(w0, wp1));
        FeatureKey.Add(f, ref c, 22, (ulong)fl | (i == 0 ? 0x100UL : 0));
        FeatureKey.Add(f, ref c, 23, TextHash.Combine((ulong)fl, tm1));
        FeatureKey.Add(f, ref c, 24, i + 1 < n ? _shape[i + 1] : End);
        FeatureKey.Add(f, ref c, 25, i > 0 ? _shape[i - 1] : Start);
        FeatureKey.Add(f, ref c, 26, TextHash.Combine(wm1, wp1));
        FeatureKey.Add(f, ref c, 27, TextHash.Combine(tm1, wp1));
        if ((fl & HasHyphen) != 0)
        {
            int dash = s.LastIndexOf('-');
            if (dash >= 0 && dash + 1 < s.Length) FeatureKey.Add(f, ref c, 28, TextHash.Of(s[(dash + 1)..]));
        }

        FeatureKey.Add(f, ref c, 34, ExactHash(s) ^ (i == 0 ? 0x9E37UL : 0));

        // Word classes from unlabelled text: what an unseen word behaves like.
        uint cl0 = _cluster[i], clm1 = i > 0 ? _cluster[i - 1] : 0xFFFE_FFFEu, clp1 = i + 1 < n ? _cluster[i + 1] : 0xFFFD_FFFDu;
        FeatureKey.Add(f, ref c, 35, cl0 & 0xFFFF);
        FeatureKey.Add(f, ref c, 36, cl0 >> 16);
        FeatureKey.Add(f, ref c, 37, clm1 & 0xFFFF);
        FeatureKey.Add(f, ref c, 38, clp1 & 0xFFFF);
        FeatureKey.Add(f, ref c, 39, (ulong)(clm1 >> 16) << 16 | (clp1 >> 16));
        FeatureKey.Add(f, ref c, 40, (ulong)(cl0 & 0xFFFF) << 8 | tm1);
        if (secondPass)
        {
            ulong tp1 = i + 1 < n ? tags[i + 1] : NoTag, tp2 = i + 2 < n ? tags[i + 2] : NoTag;
            FeatureKey.Add(f, ref c, 29, tp1);
            FeatureKey.Add(f, ref c, 30, tp1 << 8 | tp2);
            FeatureKey.Add(f, ref c, 31, tm1 << 8 | tp1);
            FeatureKey.Add(f, ref c, 32, TextHash.Combine(tp1, w0));
            FeatureKey.Add(f, ref c, 33, TextHash.Combine(tp1, _suffix3[i]));
        }

        return c;
    }


    /// <summary>The form with its case (the folded hashes above merge "US" and "us", "May" and "may").</summary>
    private static ulong ExactHash(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char ch in s) h = (h ^ ch) * 1099511628211UL;
        return h;
    }

    private static byte Flags(ReadOnlySpan<char> s)
    {
        byte f = 0;
        bool anyLower = false, anyUpper = false;
        foreach (char ch in s)
        {
            if (CharClass.IsDigit(ch)) f |= HasDigit;
            else if (CharClass.IsInnerHyphen(ch)) f |= HasHyphen;
            else if (CharClass.IsLower(ch)) anyLower = true;
            else if (CharClass.IsUpper(ch)) anyUpper = true;
        }

        if (s.Length > 0 && CharClass.IsUpper(s[0])) f |= Cap;
        if (anyUpper && !anyLower && s.Length > 1) f |= AllCaps;
        if (!anyUpper && !anyLower) f |= NoLetter;
        return f;
    }

    /// <summary>Word shape with runs collapsed ("Kassym-Jomart" → Xx-Xx, "5,800" → d,d), plus a length class.</summary>
    private static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        foreach (char ch in s)
        {
            char k = CharClass.IsUpper(ch) ? 'X' : CharClass.IsLower(ch) ? 'x' : CharClass.IsDigit(ch) ? 'd' : char.IsLetter(ch) ? 'x' : TextHash.Fold(ch, false);
            if (k == last) continue;
            last = k;
            h = (h ^ k) * 1099511628211UL;
        }

        return h ^ (ulong)Math.Min(s.Length, 5) << 40;
    }
}
