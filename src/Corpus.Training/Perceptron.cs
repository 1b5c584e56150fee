using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Training;

/// <summary>Feature rows of one sentence, extracted once and reused every epoch.</summary>
internal sealed record FeaturizedSentence(uint[] Features, int[] Counts, NerLabel[] Gold)
{
    public int Length => Gold.Length;

    public static FeaturizedSentence From(string[] tokens, NerLabel[] gold, bool caseless, NerFeatures extractor)
    {
        var (text, spans) = Join(tokens);
        var feats = new uint[tokens.Length * NerFeatures.MaxPerToken];
        var counts = new int[tokens.Length];
        extractor.Extract(text, spans, caseless || NerSentence.IsCaseless(text, spans), feats, counts);

        // Keep only the used slots: memory matters at two million tokens.
        int total = counts.Sum();
        var packed = new uint[total];
        int p = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Array.Copy(feats, i * NerFeatures.MaxPerToken, packed, p, counts[i]);
            p += counts[i];
        }

        return new FeaturizedSentence(packed, counts, gold);
    }

    public static (string Text, TextSpan[] Spans) Join(string[] tokens)
    {
        var spans = new TextSpan[tokens.Length];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            spans[i] = new TextSpan(sb.Length, sb.Length + tokens[i].Length);
            sb.Append(tokens[i]);
        }

        return (sb.ToString(), spans);
    }
}

/// <summary>
/// Structured averaged perceptron over hashed features with first-order label transitions and
/// Viterbi decoding (Collins 2002), with lazy averaging.
/// </summary>
internal sealed class Perceptron
{
    private const int L = NerLabels.Count;
    private const int TL = (L + 1) * L;
    private readonly float[] _w = new float[NerModel.Buckets * L];
    private readonly double[] _acc = new double[NerModel.Buckets * L];
    private readonly int[] _stamp = new int[NerModel.Buckets * L];
    private readonly float[] _tw = new float[TL];
    private readonly double[] _tacc = new double[TL];
    private readonly int[] _tstamp = new int[TL];
    private int _time = 1;

    public void Train(IReadOnlyList<FeaturizedSentence> data, int epochs, int seed, Action<int>? afterEpoch = null)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
        float[] emissions = new float[256 * L];
        var pred = new NerLabel[256];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int idx in order)
            {
                var s = data[idx];
                int n = s.Length;
                if (emissions.Length < n * L) emissions = new float[n * L * 2];
                if (pred.Length < n) pred = new NerLabel[n * 2];
                Emit(s, _w, emissions);
                Viterbi.Decode(emissions.AsSpan(0, n * L), _tw, pred.AsSpan(0, n));
                int off = 0;
                for (int i = 0; i < n; i++)
                {
                    var g = s.Gold[i];
                    var p = pred[i];
                    if (g != p)
                    {
                        errors++;
                        var feats = s.Features.AsSpan(off, s.Counts[i]);
                        foreach (uint f in feats)
                        {
                            int b = (int)(f & (NerModel.Buckets - 1)) * L;
                            Update(b + (int)g, 1f);
                            Update(b + (int)p, -1f);
                        }
                    }

                    int gp = i == 0 ? 0 : (int)s.Gold[i - 1] + 1;
                    int pp = i == 0 ? 0 : (int)pred[i - 1] + 1;
                    if (gp != pp || g != p)
                    {
                        UpdateT(gp * L + (int)g, 1f);
                        UpdateT(pp * L + (int)p, -1f);
                    }

                    off += s.Counts[i];
                }

                tokens += n;
                _time++;
            }

            Console.WriteLine($"  epoch {epoch}: {errors} token errors of {tokens} ({100.0 * errors / tokens:F2}%)");
            afterEpoch?.Invoke(epoch);
        }
    }

    private void Update(int i, float delta)
    {
        _acc[i] += (double)_w[i] * (_time - _stamp[i]);
        _stamp[i] = _time;
        _w[i] += delta;
    }

    private void UpdateT(int i, float delta)
    {
        _tacc[i] += (double)_tw[i] * (_time - _tstamp[i]);
        _tstamp[i] = _time;
        _tw[i] += delta;
    }

    private static void Emit(FeaturizedSentence s, float[] w, float[] emissions)
    {
        int off = 0;
        for (int i = 0; i < s.Length; i++)
        {
            var e = emissions.AsSpan(i * L, L);
            e.Clear();
            for (int k = 0; k < s.Counts[i]; k++)
            {
                int b = (int)(s.Features[off + k] & (NerModel.Buckets - 1)) * L;
                for (int l = 0; l < L; l++) e[l] += w[b + l];
            }

            off += s.Counts[i];
        }
    }

    /// <summary>Averaged weights as a compact model; features whose weights are all tiny are pruned.</summary>
    public NerModel Export(float prune, bool usesWordClusters)
    {
        var rows = new List<(int, float[])>();
        float maxAbs = 0;
        var avg = new float[L];
        for (int b = 0; b < NerModel.Buckets; b++)
        {
            bool live = false;
            for (int l = 0; l < L; l++)
            {
                int i = b * L + l;
                double total = _acc[i] + (double)_w[i] * (_time - _stamp[i]);
                avg[l] = (float)(total / _time);
                if (MathF.Abs(avg[l]) >= prune) live = true;
            }

            if (!live) continue;
            rows.Add((b, (float[])avg.Clone()));
            foreach (var v in avg) maxAbs = MathF.Max(maxAbs, MathF.Abs(v));
        }

        var trans = new float[TL];
        for (int i = 0; i < TL; i++) trans[i] = (float)((_tacc[i] + (double)_tw[i] * (_time - _tstamp[i])) / _time);
        float scale = maxAbs / 32000f;
        return new NerModel(rows, trans, scale, usesWordClusters: usesWordClusters);
    }
}
