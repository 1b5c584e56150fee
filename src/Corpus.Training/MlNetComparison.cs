using System.Diagnostics;
using Corpus.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Corpus.Training;

/// <summary>
/// Trains ML.NET's SDCA maximum-entropy classifier on the same hashed features, one token at a
/// time, and decodes under the same BIO constraints, so the comparison with the perceptron is
/// about the learner alone. Used to choose the shipped learner; not part of the package.
/// </summary>
internal static class MlNetComparison
{
    private const int Dims = 1 << 20;

    private sealed class Row
    {
        public uint LabelValue { get; set; }

        [VectorType(Dims)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }

    public static ITransformer Train(IReadOnlyList<FeaturizedSentence> data, int iterations, out TimeSpan elapsed)
    {
        var ml = new MLContext(seed: 7);
        var clock = Stopwatch.StartNew();
        var view = ml.Data.LoadFromEnumerable(Rows(data));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "LabelValue")
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(labelColumnName: "Label", featureColumnName: "Features", maximumNumberOfIterations: iterations));
        var model = pipeline.Fit(view);
        elapsed = clock.Elapsed;
        return model;
    }

    /// <summary>Per-token log-probabilities from the ML.NET model, decoded with Viterbi under BIO constraints only.</summary>
    public static NerLabel[][] Tag(ITransformer model, IReadOnlyList<FeaturizedSentence> sentences)
    {
        var ml = new MLContext(seed: 7);
        var view = ml.Data.LoadFromEnumerable(Rows(sentences));
        var transformed = model.Transform(view);

        // Score slots follow the key order the label mapping chose; the key values are our label numbers.
        VBuffer<uint> keyValues = default;
        transformed.Schema["Label"].GetKeyValues(ref keyValues);
        var slotLabel = keyValues.DenseValues().Select(v => (int)v).ToArray();
        var scored = ml.Data.CreateEnumerable<Prediction>(transformed, reuseRowObject: false).GetEnumerator();
        var transitions = new float[(NerLabels.Count + 1) * NerLabels.Count];
        var result = new NerLabel[sentences.Count][];
        var histogram = new int[NerLabels.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            int n = sentences[s].Length;
            var emissions = new float[n * NerLabels.Count];
            for (int i = 0; i < n; i++)
            {
                scored.MoveNext();
                var p = scored.Current.Score;
                emissions.AsSpan(i * NerLabels.Count, NerLabels.Count).Fill(MathF.Log(1e-9f));
                for (int slot = 0; slot < p.Length; slot++) emissions[i * NerLabels.Count + slotLabel[slot]] = MathF.Log(Math.Max(p[slot], 1e-9f));
            }

            result[s] = new NerLabel[n];
            Viterbi.Decode(emissions, transitions, result[s]);
            foreach (var l in result[s]) histogram[(int)l]++;
            if (s == 0) Console.WriteLine("  first token scores: " + string.Join(' ', emissions.Take(NerLabels.Count).Select(x => x.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
        }

        Console.WriteLine("  ML.NET predicted label histogram: " + string.Join(' ', histogram));
        return result;
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<FeaturizedSentence> data)
    {
        foreach (var s in data)
        {
            int off = 0;
            for (int i = 0; i < s.Length; i++)
            {
                var idx = s.Features.AsSpan(off, s.Counts[i]).ToArray().Select(f => (int)(f & (Dims - 1))).Distinct().Order().ToArray();
                off += s.Counts[i];
                var values = Enumerable.Repeat(1f, idx.Length).ToArray();
                yield return new Row { LabelValue = (uint)s.Gold[i], Features = new VBuffer<float>(Dims, idx.Length, values, idx) };
            }
        }
    }
}
