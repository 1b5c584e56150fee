using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// Tags, lemmatizes and parses one sentence of words with a <see cref="SyntaxModel"/>: a greedy
/// averaged-perceptron tagger, the lemmatizer, and a greedy arc-hybrid parser. Reuses its buffers,
/// so one instance per thread; nothing is allocated per word except the output.
/// </summary>
internal sealed class SyntaxEngine
{
    private readonly SyntaxModel _model;
    private readonly TaggerFeatures _tagFeatures = new();
    private readonly ArcHybrid _state;
    private readonly uint[] _features = new uint[Math.Max(TaggerFeatures.MaxPerWord, ParserFeatures.MaxFeatures)];
    private readonly int[] _tagScores;
    private readonly int[] _moveScores;
    private byte[] _tags = new byte[64];
    private ulong[] _words = new ulong[64];
    private byte[] _punct = new byte[64];
    private uint[] _clusters = new uint[64];
    private byte[] _upos = new byte[64];

    public SyntaxEngine(SyntaxModel model)
    {
        _model = model;
        _state = new ArcHybrid(model.Labels.Length);
        _tagScores = new int[model.TagClasses.Length];
        _moveScores = new int[_state.MoveCount];
    }

    public SyntaxModel Model => _model;

    /// <summary>Tag classes of <paramref name="words"/>, written into <paramref name="tags"/>: a left-to-right pass, then (when the model has one) a second pass that also sees the first pass's tags to the right.</summary>
    public void Tag(string text, ReadOnlySpan<TextSpan> words, Span<byte> tags)
    {
        _tagFeatures.Prepare(text, words);
        TagPass(text, words, tags, _model.Tagger, secondPass: false);
        if (_model.SecondTagger is { } second) TagPass(text, words, tags, second, secondPass: true);
    }

    /// <summary>One greedy pass; in the second, <paramref name="tags"/> holds the first pass's tags on entry. <see cref="TaggerFeatures.Prepare"/> must have run.</summary>
    internal void TagPass(string text, ReadOnlySpan<TextSpan> words, Span<byte> tags, SparseWeights weights, bool secondPass)
    {
        int n = words.Length;
        for (int i = 0; i < n; i++)
        {
            if (_model.TagDictionary.TryGetValue(_tagFeatures.WordHash(i), out byte known))
            {
                tags[i] = known;
                continue;
            }

            int count = _tagFeatures.Extract(text, words, i, tags, secondPass, _features);
            var scores = _tagScores.AsSpan();
            scores.Clear();
            weights.AddAll(_features.AsSpan(0, count), scores);
            tags[i] = (byte)ArgMax(scores);
        }
    }

    /// <summary>Heads (-1 for the root) and label indices of <paramref name="words"/> given their tags.</summary>
    public void Parse(string text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<byte> tags, Span<int> heads, Span<int> labels)
    {
        int n = words.Length;
        Ensure(n);
        for (int i = 0; i < n; i++)
        {
            var s = text.AsSpan(words[i].Start, words[i].Length);
            _words[i] = Entities.TextHash.Of(s);
            _punct[i] = PunctClass(s);
            var (coarse, fine) = WordClusters.Default.Of(_words[i]);
            _clusters[i] = (uint)coarse << 16 | fine;
        }

        tags.CopyTo(_tags);
        for (int i = 0; i < n; i++) _upos[i] = (byte)_model.Upos[tags[i]];
        var state = _state;
        state.Start(n);
        var weights = _model.Parser;
        var scores = _moveScores.AsSpan();
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, _words.AsSpan(0, n), _tags.AsSpan(0, n), _punct.AsSpan(0, n), _clusters.AsSpan(0, n), _upos.AsSpan(0, n), _features);
            scores.Clear();
            weights.AddAll(_features.AsSpan(0, count), scores);
            state.Apply(BestValid(state, scores));
        }

        for (int i = 0; i < n; i++)
        {
            int h = state.Head(i);
            heads[i] = h == n ? -1 : h;
            labels[i] = h == n ? _model.Root : state.Label(i);
        }
    }

    /// <summary>The highest-scoring move the configuration allows (validity depends only on the move's kind).</summary>
    internal static int BestValid(ArcHybrid state, ReadOnlySpan<int> scores)
    {
        int labels = state.Labels;
        bool shift = state.IsValid(ArcHybrid.Shift), left = state.IsValid(1), right = state.IsValid(1 + labels);
        int best = -1;
        if (shift) best = ArcHybrid.Shift;
        if (left)
        {
            for (int m = 1; m <= labels; m++)
            {
                if (best < 0 || scores[m] > scores[best]) best = m;
            }
        }

        if (right)
        {
            for (int m = 1 + labels; m <= 2 * labels; m++)
            {
                if (best < 0 || scores[m] > scores[best]) best = m;
            }
        }

        return best;
    }

    private static int ArgMax(ReadOnlySpan<int> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }

        return best;
    }

    /// <summary>1 comma, 2 quote mark, 4 other punctuation, 0 a word.</summary>
    internal static byte PunctClass(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return 4;
        char c = s[0];
        if (s.Length == 1 && c == ',') return 1;
        if (CharClass.IsQuote(c) && (s.Length == 1 || CharClass.IsQuote(s[^1]))) return 2;
        foreach (char ch in s)
        {
            if (char.IsLetterOrDigit(ch)) return 0;
        }

        return 4;
    }

    private void Ensure(int n)
    {
        if (_words.Length >= n) return;
        int size = Math.Max(n, _words.Length * 2);
        _words = new ulong[size];
        _tags = new byte[size];
        _punct = new byte[size];
        _clusters = new uint[size];
        _upos = new byte[size];
    }
}
