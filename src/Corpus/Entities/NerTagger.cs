using System.Runtime.Intrinsics;
using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Labels the tokens of one sentence with the trained model: features, weight look-ups, Viterbi.
/// Reuses its buffers, so one instance per thread; no allocation per token.
/// </summary>
internal sealed class NerTagger
{
    private readonly NerModel _model;
    private readonly NerFeatures _features;
    private uint[] _feats = new uint[64 * NerFeatures.MaxPerToken];
    private int[] _counts = new int[64];
    private float[] _emissions = new float[64 * NerLabels.Count];
    private byte[] _back = new byte[64 * NerLabels.Count];
    private readonly float[] _scratch = new float[2 * NerLabels.Count];
    private readonly int[] _scores = new int[NerLabels.Count];

    public NerTagger(NerModel model, Gazetteer gazetteer)
        : this(model, gazetteer, model.UsesWordClusters ? WordClusters.Default : null)
    {
    }

    // The word-class templates of the token and its neighbours take a few hundred values each, so their weights are
    // read from dense tables built at start-up rather than hashed and probed per token: the same sums, a fraction of the work.
    private static readonly (int Template, int Shift, int Offset)[] ClassTemplates =
        [(31, 16, 0), (32, 0, 0), (33, 16, -1), (34, 16, 1), (35, 0, -1), (36, 0, 1)];

    private readonly int[]? _classRows;
    private readonly int _classValues;

    /// <summary>
    /// With the given word classes (null: none), whatever the model was trained with, for measurements; with
    /// <paramref name="denseClasses"/> false the class features are hashed like the others (the trainer's way), for tests.
    /// </summary>
    internal NerTagger(NerModel model, Gazetteer gazetteer, WordClusters? clusters, bool denseClasses = true)
    {
        _model = model;
        bool dense = denseClasses && clusters is not null && clusters.MaxClass is >= 0 and < 4096;
        _features = new NerFeatures(gazetteer, clusters) { DenseClasses = dense };
        if (!dense) return;

        // Values 0..MaxClass, then Unknown (0xFFFF), before-start (0xFFFE) and after-end (0xFFFD).
        _classValues = clusters!.MaxClass + 4;
        _classRows = new int[ClassTemplates.Length * _classValues * NerLabels.Count];
        Span<uint> one = stackalloc uint[1];
        for (int t = 0; t < ClassTemplates.Length; t++)
        {
            for (int v = 0; v < _classValues; v++)
            {
                ulong value = v <= clusters.MaxClass ? (ulong)v : (ulong)(0xFFFF - (v - clusters.MaxClass - 1));
                one[0] = NerFeatures.Hash(ClassTemplates[t].Template, value);
                _model.Score(one, _classRows.AsSpan((t * _classValues + v) * NerLabels.Count, NerLabels.Count));
            }
        }
    }

    /// <summary>Row of the dense table for a class number (0..MaxClass, or one of the three reserved values above it).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int ClassIndex(uint value) => value >= 0xFFFD ? _classValues - 4 + 1 + (int)(0xFFFF - value) : (int)value;

    public void Tag(string text, ReadOnlySpan<TextSpan> spans, Span<NerLabel> output) =>
        Tag(text, spans, NerSentence.IsCaseless(text, spans), output);

    public void Tag(string text, ReadOnlySpan<TextSpan> spans, bool caseless, Span<NerLabel> output)
    {
        int n = spans.Length;
        if (n == 0) return;
        var emissions = Emissions(text, spans, caseless);
        Viterbi.Decode(emissions, _model.Transitions, output[..n], _scratch, _back);
    }

    /// <summary>Each token's score for each label (token-major), before decoding; valid until the next call.</summary>
    internal ReadOnlySpan<float> Emissions(string text, ReadOnlySpan<TextSpan> spans, bool caseless)
    {
        int n = spans.Length;
        if (_counts.Length < n)
        {
            int size = n * 2;
            _feats = new uint[size * NerFeatures.MaxPerToken];
            _counts = new int[size];
            _emissions = new float[size * NerLabels.Count];
            _back = new byte[size * NerLabels.Count];
        }

        _features.Extract(text, spans, caseless, _feats, _counts);
        float scale = _model.Scale;
        for (int i = 0; i < n; i++)
        {
            _model.Score(_feats.AsSpan(i * NerFeatures.MaxPerToken, _counts[i]), _scores);
            if (_classRows is not null) AddClassRows(i, n);
            var e = _emissions.AsSpan(i * NerLabels.Count, NerLabels.Count);
            for (int l = 0; l < NerLabels.Count; l++) e[l] = _scores[l] * scale;
            e[0] -= _model.OutsideBias;
        }

        return _emissions.AsSpan(0, n * NerLabels.Count);
    }

    private void AddClassRows(int i, int n)
    {
        var classes = _features.TokenClasses;
        var rows = _classRows!;
        uint before = i > 0 ? classes[i - 1] : NerFeatures.BeforeStart, self = classes[i], after = i + 1 < n ? classes[i + 1] : NerFeatures.AfterEnd;

        // Nine labels: eight in one vector, the ninth alone.
        bool vector = Vector256.IsHardwareAccelerated && NerLabels.Count == 9;
        var sum = vector ? Vector256.Create<int>(_scores) : default;
        int last = vector ? _scores[8] : 0;
        for (int t = 0; t < ClassTemplates.Length; t++)
        {
            var (_, shift, offset) = ClassTemplates[t];
            uint k = offset < 0 ? before : offset > 0 ? after : self;
            int at = (t * _classValues + ClassIndex(shift == 16 ? k >> 16 : k & 0xFFFF)) * NerLabels.Count;
            if (vector)
            {
                sum += Vector256.Create<int>(rows.AsSpan(at, 8));
                last += rows[at + 8];
            }
            else
            {
                for (int l = 0; l < NerLabels.Count; l++) _scores[l] += rows[at + l];
            }
        }

        if (vector)
        {
            sum.CopyTo(_scores);
            _scores[8] = last;
        }
    }
}
