using BenchmarkDotNet.Attributes;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The entity tagger alone (features, weights, Viterbi) over every sentence of the real news of <see cref="PipelineText"/>,
/// the shipped model against a baseline model in the same run. The baseline is the model file named by
/// <c>CORPUS_NER_BASELINE_MODEL</c> (e.g. an earlier commit's <c>ner.model</c>, extracted with <c>git show</c>); without it,
/// the shipped model run without its word-class features, which measures what those features cost.
/// </summary>
[MemoryDiagnoser]
public class NerTaggerBenchmarks
{
    private (string Text, TextSpan[] Spans)[] _sentences = [];
    private NerTagger _shipped = null!;
    private NerTagger _baseline = null!;
    private NerLabel[] _labels = new NerLabel[256];

    [GlobalSetup]
    public void Setup()
    {
        var list = new List<(string, TextSpan[])>();
        foreach (var a in PipelineText.Articles)
        {
            var doc = Document.Parse(a);
            foreach (var s in doc.Sentences)
            {
                list.Add((doc.Text, doc.Tokens.Skip(s.FirstToken).Take(s.EndToken - s.FirstToken).Select(t => t.Span).ToArray()));
            }
        }

        _sentences = list.ToArray();
        var gazetteer = Gazetteer.Default;
        var model = NerModel.Default ?? throw new InvalidOperationException("no entity model in this build");
        _shipped = new NerTagger(model, gazetteer);
        string? path = Environment.GetEnvironmentVariable("CORPUS_NER_BASELINE_MODEL");
        if (path is { Length: > 0 } && File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            _baseline = new NerTagger(NerModel.Load(stream), gazetteer);
            Console.WriteLine($"// NER baseline: {path}");
        }
        else
        {
            _baseline = new NerTagger(model, gazetteer, clusters: null);
            Console.WriteLine("// NER baseline: the shipped model without word-class features (set CORPUS_NER_BASELINE_MODEL for an earlier model)");
        }

        Console.WriteLine($"// NER benchmark: {_sentences.Length} sentences, {_sentences.Sum(s => s.Spans.Length):N0} tokens");
    }

    [Benchmark(Baseline = true, Description = "NER tagger, baseline model")]
    public int Baseline() => Run(_baseline);

    [Benchmark(Description = "NER tagger, shipped model")]
    public int Shipped() => Run(_shipped);

    private int Run(NerTagger tagger)
    {
        int entities = 0;
        foreach (var (text, spans) in _sentences)
        {
            if (_labels.Length < spans.Length) _labels = new NerLabel[spans.Length * 2];
            var labels = _labels.AsSpan(0, spans.Length);
            tagger.Tag(text, spans, labels);
            foreach (var l in labels) entities += NerLabels.IsBegin(l) ? 1 : 0;
        }

        return entities;
    }

    /// <summary>
    /// <c>--ner-interleaved N</c>: baseline and shipped tagger in alternation, N rounds, each timed over the whole text;
    /// prints the fastest and the median round of each and their ratios. On a machine shared with other work, the
    /// fastest round of each side, taken from the same minutes, is steadier than a mean.
    /// </summary>
    public static void Interleaved(int rounds)
    {
        var bench = new NerTaggerBenchmarks();
        bench.Setup();
        // Feature extraction alone, with and without the word classes, shows how much of the difference is extraction.
        var plain = new NerFeatures(Gazetteer.Default, null);
        var classed = new NerFeatures(Gazetteer.Default, WordClusters.Default) { DenseClasses = true };
        var feats = new uint[1024 * NerFeatures.MaxPerToken];
        var counts = new int[1024];
        int Extract(NerFeatures f)
        {
            int total = 0;
            foreach (var (text, spans) in bench._sentences)
            {
                if (spans.Length > counts.Length) continue;
                f.Extract(text, spans, false, feats, counts);
                total += counts[0];
            }

            return total;
        }

        var runs = new (string Name, Func<int> Run)[]
        {
            ("baseline", () => bench.Run(bench._baseline)), ("shipped", () => bench.Run(bench._shipped)),
            ("features without classes", () => Extract(plain)), ("features with classes", () => Extract(classed)),
        };
        var times = runs.Select(_ => new List<double>()).ToArray();
        for (int r = 0; r < rounds + 2; r++)
        {
            for (int k = 0; k < runs.Length; k++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                runs[k].Run();
                if (r >= 2) times[k].Add(clock.Elapsed.TotalMilliseconds); // two warm-up rounds
            }
        }

        double Median(List<double> x) => x.Order().ElementAt(x.Count / 2);
        for (int k = 0; k < runs.Length; k++)
        {
            Console.WriteLine($"{runs[k].Name,-26} fastest {times[k].Min(),8:F2} ms  median {Median(times[k]),8:F2} ms  ratio to baseline: fastest {times[k].Min() / times[0].Min():F3}, median {Median(times[k]) / Median(times[0]):F3}");
        }
    }
}
