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

    /// <summary>With the given word classes (null: none), whatever the model was trained with; for measurements only.</summary>
    internal NerTagger(NerModel model, Gazetteer gazetteer, WordClusters? clusters)
    {
        _model = model;
        _features = new NerFeatures(gazetteer, clusters);
    }

    public void Tag(string text, ReadOnlySpan<TextSpan> spans, Span<NerLabel> output) =>
        Tag(text, spans, NerSentence.IsCaseless(text, spans), output);

    public void Tag(string text, ReadOnlySpan<TextSpan> spans, bool caseless, Span<NerLabel> output)
    {
        int n = spans.Length;
        if (n == 0) return;
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
            var e = _emissions.AsSpan(i * NerLabels.Count, NerLabels.Count);
            for (int l = 0; l < NerLabels.Count; l++) e[l] = _scores[l] * scale;
            e[0] -= _model.OutsideBias;
        }

        Viterbi.Decode(_emissions.AsSpan(0, n * NerLabels.Count), _model.Transitions, output[..n], _scratch, _back);
    }
}
