using System.Runtime.CompilerServices;
using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Turns a sentence into hashed sparse features per token: word, neighbours, shapes, affixes,
/// capitalization in context, gazetteer hits. The trainer and the runtime both call this, so the
/// feature set is part of the model format. One instance per thread (it reuses scratch buffers).
/// </summary>
internal sealed class NerFeatures
{
    public const int MaxPerToken = 64;
    private const ulong Start2 = 0x1234_5678_9ABC_DEF1UL;
    private const ulong Start1 = 0x2345_6789_ABCD_EF12UL;
    private const ulong End1 = 0x3456_789A_BCDE_F123UL;
    private const ulong End2 = 0x4567_89AB_CDEF_1234UL;

    private readonly Gazetteer _gazetteer;
    private readonly WordClusters? _clusters;
    private ulong[] _word = new ulong[64];
    private ulong[] _gazKey = new ulong[64];
    private ulong[] _shape = new ulong[64];
    private byte[] _flags = new byte[64];
    private uint[] _class = new uint[64];
    private GazCategory[] _gBegin = new GazCategory[64];
    private GazCategory[] _gInside = new GazCategory[64];
    private GazCategory[] _gMulti = new GazCategory[64];

    /// <param name="gazetteer">Name lists the features look words up in.</param>
    /// <param name="clusters">Word classes from unlabelled text; null leaves the class features out (the model must have been trained the same way).</param>
    public NerFeatures(Gazetteer gazetteer, WordClusters? clusters)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
    }

    /// <summary>
    /// Leave the word-class templates of the token and its neighbours (31–36) out of the hashed features: the caller
    /// adds their weights from dense tables (<see cref="TokenClasses"/>, <see cref="Hash"/>), which gives the same scores.
    /// </summary>
    public bool DenseClasses { get; init; }

    /// <summary>Each token's word classes from the last <see cref="Extract(string, ReadOnlySpan{TextSpan}, bool, Span{uint}, Span{int})"/>: coarse in the high 16 bits, fine in the low.</summary>
    public ReadOnlySpan<uint> TokenClasses => _class;

    /// <summary>Word classes standing for the words before the first token and after the last.</summary>
    public const uint BeforeStart = 0xFFFF_FFFEu, AfterEnd = 0xFFFF_FFFDu;

    /// <summary>
    /// Training only: words (by <see cref="TextHash.Of"/>) too rare to get identity features. At run
    /// time unseen words simply have no weights, so leaving it null there gives the same model view.
    /// </summary>
    public HashSet<ulong>? RareWords { get; init; }

    private const byte Cap = 1, AllCaps = 2, HasDigit = 4, Punct = 8, HyphenLowTail = 16, Lower = 32, Quote = 64;

    /// <summary>
    /// Writes the features of every token of one sentence into <paramref name="features"/>
    /// (<see cref="MaxPerToken"/> slots per token) and their counts into <paramref name="counts"/>.
    /// </summary>
    /// <param name="text">Text the spans point into.</param>
    /// <param name="spans">The sentence's tokens.</param>
    /// <param name="caseless">The sentence is a title-cased or all-caps line, where capitals say little.</param>
    /// <param name="features">Receives the feature hashes.</param>
    /// <param name="counts">Receives the number of features of each token.</param>
    public void Extract(string text, ReadOnlySpan<TextSpan> spans, bool caseless, Span<uint> features, Span<int> counts)
    {
        int n = spans.Length;
        Ensure(n);
        for (int i = 0; i < n; i++)
        {
            var s = text.AsSpan(spans[i].Start, spans[i].End - spans[i].Start);
            _word[i] = TextHash.Of(s);
            _gazKey[i] = Gazetteer.TokenKey(s);
            _shape[i] = ShapeHash(s);
            _flags[i] = Flags(s);
            if (_clusters is not null)
            {
                var (coarse, fine) = _clusters.Of(_word[i]);
                _class[i] = ((uint)coarse << 16) | fine;
            }
        }

        _gazetteer.Match(_gazKey.AsSpan(0, n), _gBegin.AsSpan(0, n), _gInside.AsSpan(0, n), _gMulti.AsSpan(0, n));
        bool allCapsLine = caseless && IsAllCapsLine(n);
        for (int i = 0; i < n; i++)
        {
            var f = features.Slice(i * MaxPerToken, MaxPerToken);
            int c = 0;
            var s = text.AsSpan(spans[i].Start, spans[i].End - spans[i].Start);
            ulong w0 = _word[i];
            ulong wm1 = i > 0 ? _word[i - 1] : Start1;
            ulong wm2 = i > 1 ? _word[i - 2] : (i == 1 ? Start1 : Start2);
            ulong wp1 = i + 1 < n ? _word[i + 1] : End1;
            ulong wp2 = i + 2 < n ? _word[i + 2] : (i + 1 == n - 1 ? End1 : End2);
            ulong sh0 = _shape[i];
            ulong shm1 = i > 0 ? _shape[i - 1] : Start1;
            ulong shp1 = i + 1 < n ? _shape[i + 1] : End1;
            byte fl = _flags[i];

            bool rare0 = IsRare(w0), rareM1 = IsRare(wm1), rareP1 = IsRare(wp1);
            Add(f, ref c, 1, 0);
            if (!rare0) Add(f, ref c, 2, w0);
            if (!rareM1) Add(f, ref c, 3, wm1);
            if (!rareP1) Add(f, ref c, 4, wp1);
            if (!IsRare(wm2)) Add(f, ref c, 5, wm2);
            if (!IsRare(wp2)) Add(f, ref c, 6, wp2);
            if (!rare0 && !rareM1) Add(f, ref c, 7, TextHash.Combine(wm1, w0));
            if (!rare0 && !rareP1) Add(f, ref c, 8, TextHash.Combine(w0, wp1));
            Add(f, ref c, 9, sh0);
            Add(f, ref c, 10, TextHash.Combine(shm1, sh0));
            Add(f, ref c, 11, TextHash.Combine(sh0, shp1));
            Add(f, ref c, 12, shm1);
            Add(f, ref c, 13, shp1);
            Add(f, ref c, 14, TextHash.OfSuffix(s, 2));
            Add(f, ref c, 15, TextHash.OfSuffix(s, 3));
            Add(f, ref c, 16, TextHash.OfSuffix(s, 4));
            Add(f, ref c, 17, TextHash.OfPrefix(s, 2));
            Add(f, ref c, 18, TextHash.OfPrefix(s, 3));

            // Capitals mean less at a sentence start, after an opening quote, or on a headline line.
            bool sentenceStart = i == 0 || (i == 1 && (_flags[0] & (Quote | Punct)) != 0);
            ulong capCtx = (ulong)(byte)(fl & (Cap | AllCaps | Lower | HasDigit)) | (sentenceStart ? 0x100UL : 0) | (caseless ? 0x200UL : 0) | (allCapsLine ? 0x400UL : 0);
            Add(f, ref c, 19, capCtx);
            Add(f, ref c, 20, TextHash.Combine(capCtx, (ulong)(i > 0 ? _flags[i - 1] & (Cap | Punct | Quote) : 0xFF)));
            Add(f, ref c, 21, TextHash.Combine(capCtx, (ulong)(i + 1 < n ? _flags[i + 1] & (Cap | Punct | Lower) : 0xFF)));
            if (caseless && !rare0) Add(f, ref c, 22, w0);

            AddCategories(f, ref c, 23, _gBegin[i]);
            AddCategories(f, ref c, 24, _gInside[i]);
            AddCategories(f, ref c, 25, _gMulti[i]);
            if (i > 0) AddCategories(f, ref c, 26, (_gBegin[i - 1] | _gInside[i - 1]) & (GazCategory.Title | GazCategory.First | GazCategory.OrgKey | GazCategory.Country | GazCategory.Demonym));
            if (i + 1 < n) AddCategories(f, ref c, 27, (_gBegin[i + 1] | _gInside[i + 1]) & (GazCategory.Last | GazCategory.Name | GazCategory.OrgKey | GazCategory.First));
            if (_gBegin[i] != 0) Add(f, ref c, 28, TextHash.Combine((ulong)_gBegin[i], capCtx));

            if ((fl & HyphenLowTail) != 0)
            {
                int dash = s.IndexOf('-');
                Add(f, ref c, 29, TextHash.Of(s[..dash]));
                Add(f, ref c, 30, TextHash.Of(s[(dash + 1)..]));
            }

            // Word classes: an unseen name gets the weights of the labelled words that keep its company.
            if (_clusters is not null && DenseClasses) Add(f, ref c, 37, TextHash.Combine(_class[i] & 0xFFFF, capCtx));
            else if (_clusters is not null)
            {
                uint k0 = _class[i];
                ulong km1 = i > 0 ? _class[i - 1] : BeforeStart;
                ulong kp1 = i + 1 < n ? _class[i + 1] : AfterEnd;
                Add(f, ref c, 31, k0 >> 16);
                Add(f, ref c, 32, k0 & 0xFFFF);
                Add(f, ref c, 33, km1 >> 16);
                Add(f, ref c, 34, kp1 >> 16);
                Add(f, ref c, 35, km1 & 0xFFFF);
                Add(f, ref c, 36, kp1 & 0xFFFF);
                Add(f, ref c, 37, TextHash.Combine(k0 & 0xFFFF, capCtx));
            }

            counts[i] = c;
        }
    }

    private bool IsRare(ulong word) => RareWords is { } rare && rare.Contains(word);

    private bool IsAllCapsLine(int n)
    {
        int caps = 0, words = 0;
        for (int i = 0; i < n; i++)
        {
            if ((_flags[i] & (Cap | Lower)) == 0) continue;
            words++;
            if ((_flags[i] & AllCaps) != 0) caps++;
        }

        return words > 0 && caps * 2 > words;
    }

    private void AddCategories(Span<uint> f, ref int c, int template, GazCategory cats)
    {
        if (cats == 0) return;
        for (int bit = 0; bit < 16 && c < MaxPerToken; bit++)
        {
            if (((int)cats & (1 << bit)) != 0) Add(f, ref c, template, (ulong)bit + 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<uint> f, ref int c, int template, ulong value)
    {
        if (c < f.Length) f[c++] = Hash(template, value);
    }

    /// <summary>The hashed feature of <paramref name="template"/> with <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(int template, ulong value) => (uint)TextHash.Mix(((ulong)template << 56) ^ value);

    private void Ensure(int n)
    {
        if (_word.Length >= n) return;
        int size = Math.Max(n, _word.Length * 2);
        _word = new ulong[size];
        _gazKey = new ulong[size];
        _shape = new ulong[size];
        _flags = new byte[size];
        _class = new uint[size];
        _gBegin = new GazCategory[size];
        _gInside = new GazCategory[size];
        _gMulti = new GazCategory[size];
    }

    private static byte Flags(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return Punct;
        byte f = 0;
        char c0 = s[0];
        if (CharClass.IsUpper(c0)) f |= Cap;
        if (CharClass.IsLower(c0)) f |= Lower;
        bool anyLower = false, anyUpper = false, anyLetter = false;
        foreach (char c in s)
        {
            if (CharClass.IsDigit(c)) f |= HasDigit;
            else if (CharClass.IsLower(c)) anyLower = anyLetter = true;
            else if (CharClass.IsUpper(c)) anyUpper = anyLetter = true;
        }

        if (anyUpper && !anyLower && s.Length > 1) f |= AllCaps;
        if (!anyLetter && (f & HasDigit) == 0) f |= CharClass.IsQuote(c0) ? Quote : Punct;
        int dash = s.IndexOf('-');
        if (dash > 0 && dash < s.Length - 1 && CharClass.IsUpper(c0) && CharClass.IsLower(s[^1]) && CharClass.IsLower(s[dash + 1])) f |= HyphenLowTail;
        return f;
    }

    /// <summary>Word shape with runs collapsed: "Kassym-Jomart" → Xx-Xx, "5,800" → d,d, "CSTO" → X.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int len = 0;
        foreach (char c in s)
        {
            char k = CharClass.IsUpper(c) ? 'X' : CharClass.IsLower(c) ? 'x' : CharClass.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : TextHash.Fold(c, false);
            if (k == last) continue;
            last = k;
            h = (h ^ k) * 1099511628211UL;
            len++;
        }

        return h ^ (ulong)Math.Min(s.Length, 6) << 40;
    }
}
