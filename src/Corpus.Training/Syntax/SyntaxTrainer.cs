using System.Diagnostics;
using System.Globalization;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Training.Syntax;

/// <summary>One treebank sentence: forms joined by single spaces, with gold annotation.</summary>
internal sealed record TreebankSentence(string Text, TextSpan[] Spans, string[] Forms, string[] Lemmas, UniversalTag[] Upos, string[] XPos, int[] Heads, string[] Relations)
{
    public int Length => Forms.Length;

    public static TreebankSentence From(ConlluSentence s)
    {
        var words = s.Words.ToList();
        var sb = new System.Text.StringBuilder();
        var spans = new TextSpan[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            spans[i] = new TextSpan(sb.Length, sb.Length + words[i].Form.Length);
            sb.Append(words[i].Form);
        }

        return new TreebankSentence(
            sb.ToString(), spans,
            words.Select(w => w.Form).ToArray(),
            words.Select(w => w.Lemma).ToArray(),
            words.Select(w => UniversalTags.TryParse(w.UPos, out var t) ? t : UniversalTag.X).ToArray(),
            words.Select(w => w.XPos).ToArray(),
            words.Select(w => w.Head == "_" ? -1 : int.Parse(w.Head, CultureInfo.InvariantCulture) - 1).ToArray(),
            words.Select(w => w.DepRel).ToArray());
    }

    /// <summary>True when no two arcs cross (the arc-hybrid system can build the tree).</summary>
    public bool IsProjective()
    {
        for (int i = 0; i < Length; i++)
        {
            int a = Math.Min(i, Heads[i] < 0 ? Length : Heads[i]), b = Math.Max(i, Heads[i] < 0 ? Length : Heads[i]);
            for (int j = a + 1; j < b; j++)
            {
                // Every word strictly inside the arc must be dominated by the arc's head.
                int h = j, steps = 0;
                int head = Heads[i] < 0 ? -1 : Heads[i];
                while (h != head && h >= 0 && steps++ <= Length) h = Heads[h];
                if (h != head) return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Rebuilds <c>src/Corpus/Syntax/Resources/syntax.model</c> from UD English EWT (train) and GUM:
/// tag classes, label set, tagger, tag dictionary, lemmatizer and parser. Deterministic (fixed
/// seeds, ordinal file order, single-threaded updates). EWT dev is used to report progress; EWT test
/// is never read here.
/// </summary>
internal static class SyntaxTrainer
{
    /// <summary>GUM documents whose texts are not plainly free to use (shared/data/README.md): left out.</summary>
    private static readonly HashSet<string> UnclearTexts = new(StringComparer.Ordinal) { "GUM_speech_trump", "GUM_speech_destiny", "GUM_speech_newzealand" };

    public static int Run(string[] args)
    {
        string data = Path.GetFullPath(Path.Combine("..", "shared", "data"));
        string output = Path.Combine("src", "Corpus", "Syntax", "Resources", "syntax.model");
        int tagEpochs = 8, parseEpochs = 9;
        float prune = 0.02f, parserPrune = 0.6f, taggerPrune = 0.75f, step = 0.125f;
        bool sweep = false;
        int minFeatureCount = 3;
        double speechShare = 0.15;
        bool jackknifeParserTags = true;
        string? holdOut = null;
        string? keepFull = null;
        bool write = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--tag-epochs": tagEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--parse-epochs": parseEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--prune": prune = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--parser-prune": parserPrune = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--tagger-prune": taggerPrune = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sweep-prune": sweep = true; break;
                case "--min-feature-count": minFeatureCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--keep-full": keepFull = args[++i]; break;
                case "--gold-parser-tags": jackknifeParserTags = false; break;
                case "--hold-out": holdOut = args[++i]; break;
                case "--speech-share": speechShare = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-write": write = false; break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        string ewt = Path.Combine(data, "ud-ewt");
        if (!Directory.Exists(ewt))
        {
            Console.Error.WriteLine($"treebank folder not found: {ewt} (pass --data)");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var trainFiles = new List<string> { Path.Combine(ewt, "en_ewt-ud-train.conllu") };
        foreach (var dir in new[] { Path.Combine(data, "gum", "dep"), Path.Combine(data, "gum-extra", "dep") })
        {
            if (Directory.Exists(dir)) trainFiles.AddRange(Directory.EnumerateFiles(dir, "*.conllu").Where(f => !UnclearTexts.Contains(Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal));
        }

        // --hold-out PREFIX: GUM documents whose names start with PREFIX are left out and scored at
        // the end (an estimate of the parser on a genre it was not trained on).
        var heldFiles = holdOut is null ? [] : trainFiles.Where(f => Path.GetFileName(f).StartsWith(holdOut, StringComparison.Ordinal)).ToList();
        trainFiles = trainFiles.Except(heldFiles).ToList();
        var held = heldFiles.SelectMany(ReadFile).ToList();
        var train = trainFiles.SelectMany(ReadFile).ToList();
        var dev = ReadFile(Path.Combine(ewt, "en_ewt-ud-dev.conllu")).ToList();
        Console.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Length)} words from {trainFiles.Count} files; dev: {dev.Count} sentences; {clock.Elapsed.TotalSeconds:F0}s");

        // Tag classes: (UPOS, XPOS) pairs seen often enough; a rare pair falls back to its UPOS's most frequent pair.
        var pairCounts = train.SelectMany(s => s.Upos.Zip(s.XPos, (u, x) => u.ToConllu() + "\t" + x)).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var classes = pairCounts.Where(kv => kv.Value >= 5).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var classOf = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        foreach (var (pair, _) in pairCounts.Where(kv => kv.Value < 5))
        {
            string upos = pair.Split('\t')[0];
            classOf[pair] = classes.Select((c, i) => (c, i)).Where(x => x.c.StartsWith(upos + "\t", StringComparison.Ordinal)).OrderByDescending(x => pairCounts[x.c]).Select(x => x.i).DefaultIfEmpty(0).First();
        }

        int total = pairCounts.Values.Sum();
        double nonProjective = train.Count(s => !s.IsProjective()) / (double)train.Count;
        Console.WriteLine($"{classes.Length} tag classes; non-projective sentences: {nonProjective:P1} of training (left out of parser training)");

        // Labels: a subtype is kept when it is frequent (nsubj:pass, acl:relcl...), else its base relation.
        var relCounts = train.SelectMany(s => s.Relations).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        string LabelOf(string rel) => rel.Contains(':', StringComparison.Ordinal) && relCounts.GetValueOrDefault(rel) < 200 ? rel[..rel.IndexOf(':', StringComparison.Ordinal)] : rel;
        var labels = relCounts.Keys.Select(LabelOf).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelOf = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        Console.WriteLine($"{labels.Length} labels: {string.Join(' ', labels)}");

        byte[] GoldTags(TreebankSentence s) => s.Upos.Select((u, i) => (byte)classOf[u.ToConllu() + "\t" + s.XPos[i]]).ToArray();

        // Tag dictionary: frequent words with one class in at least 99.5% of their uses.
        var dictFeatures = new TaggerFeatures();
        var wordClass = new Dictionary<ulong, Dictionary<byte, int>>();
        foreach (var s in train)
        {
            dictFeatures.Prepare(s.Text, s.Spans);
            var gold = GoldTags(s);
            for (int i = 0; i < s.Length; i++)
            {
                ulong w = dictFeatures.WordHash(i);
                if (!wordClass.TryGetValue(w, out var d)) wordClass[w] = d = [];
                d[gold[i]] = d.GetValueOrDefault(gold[i]) + 1;
            }
        }

        var tagDictionary = new Dictionary<ulong, byte>();
        foreach (var (w, d) in wordClass)
        {
            int n = d.Values.Sum();
            var top = d.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
            if (n >= 30 && top.Value >= 0.995 * n) tagDictionary[w] = top.Key;
        }

        Console.WriteLine($"tag dictionary: {tagDictionary.Count} words");

        var lemmatizer = Lemmatizer.Learn(train.SelectMany(s => s.Forms.Select((f, i) => (f, s.XPos[i], s.Upos[i], s.Lemmas[i]))));
        Console.WriteLine($"lemmatizer: {lemmatizer.RuleCount} rules, {lemmatizer.ExceptionCount} exceptions; {clock.Elapsed.TotalSeconds:F0}s");

        // Tagger, first pass: greedy left to right, trained on its own previous predictions.
        var rng = new Random(11);
        var scores = new float[Math.Max(classes.Length, 1 + 2 * labels.Length)];
        var trainGold = train.Select(GoldTags).ToArray();
        var all = Enumerable.Range(0, train.Count).ToArray();
        var dummyParser = new SparseWeights(1 + 2 * labels.Length, [], 1f);
        var taggerWeights = TrainTagger(train, trainGold, all, null, classes.Length, tagDictionary, tagEpochs, prune, seed: 11, epoch =>
        {
            var interim = new SyntaxModel(classes, labels, epoch.Weights, null, tagDictionary, lemmatizer, dummyParser);
            Console.WriteLine($"tagger epoch {epoch.Number}: {epoch.Errors} errors; dev UPOS {TagAccuracy(interim, dev):F4}; {epoch.Weights.LiveFeatures} features; {clock.Elapsed.TotalSeconds:F0}s");
        });

        // Second pass: it sees the first pass's tags of the next two words. Those come from
        // first-pass taggers that never saw the sentence (four folds), so it learns how far to trust them.
        const int folds = 4;
        var firstPass = new byte[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var inFold = all.Where(i => i % folds != fold).ToArray();
            var foldWeights = TrainTagger(train, trainGold, inFold, null, classes.Length, tagDictionary, tagEpochs, prune, seed: 17 + fold, null);
            var foldModel = new SyntaxModel(classes, labels, foldWeights, null, tagDictionary, lemmatizer, dummyParser);
            var engine = new SyntaxEngine(foldModel);
            foreach (int i in all.Where(i => i % folds == fold))
            {
                firstPass[i] = new byte[train[i].Length];
                engine.Tag(train[i].Text, train[i].Spans, firstPass[i]);
            }
        }

        Console.WriteLine($"jack-knifed first-pass tags: accuracy {firstPass.Zip(trainGold).Sum(p => p.First.Zip(p.Second).Count(x => x.First == x.Second)) / (double)trainGold.Sum(g => g.Length):F4}; {clock.Elapsed.TotalSeconds:F0}s");
        var secondWeights = TrainTagger(train, trainGold, all, firstPass, classes.Length, tagDictionary, tagEpochs, prune, seed: 23, epoch =>
        {
            var interim = new SyntaxModel(classes, labels, taggerWeights, epoch.Weights, tagDictionary, lemmatizer, dummyParser);
            Console.WriteLine($"second pass epoch {epoch.Number}: {epoch.Errors} errors; dev UPOS {TagAccuracy(interim, dev):F4}; {clock.Elapsed.TotalSeconds:F0}s");
        });

        // Parser: arc-hybrid, dynamic oracle with exploration after the first epoch, on gold tags.
        var state = new ArcHybrid(labels.Length);
        var pbuf = new uint[ParserFeatures.MaxFeatures];

        // Reported speech in the shapes news uses, built from the treebank itself (ReportedSpeech).
        var augmented = speechShare > 0 ? ReportedSpeech.Augment(train, speechShare, seed: 29) : [];
        Console.WriteLine($"reported-speech sentences added for the parser: {augmented.Count}, e.g.");
        foreach (var a in augmented.Take(3)) Console.WriteLine("  " + string.Join(' ', a.Forms.Select((f, k) => $"{f}/{a.Relations[k]}>{(a.Heads[k] < 0 ? "ROOT" : a.Forms[a.Heads[k]])}")));
        var parseTrain = train.Concat(augmented).ToList();
        // The parser learns on the tags it will see: jack-knifed first-pass tags for treebank
        // sentences (gold for the built reported-speech ones, whose pieces have no such tags).
        var parseGold = (jackknifeParserTags ? firstPass : trainGold).Concat(augmented.Select(GoldTags)).ToArray();
        var uposOfClass = classes.Select(c => UniversalTags.TryParse(c.Split('\t')[0], out var u) ? (byte)u : (byte)UniversalTag.X).ToArray();
        var projective = Enumerable.Range(0, parseTrain.Count).Where(i => parseTrain[i].IsProjective()).ToArray();

        // One sentence as the parser's features read it: gold tree (root = n), word hashes, punctuation, classes, tags.
        (int N, int[] GoldHead, int[] GoldLabel, ulong[] Words, byte[] Punct, uint[] Clusters, byte[] Tags, byte[] Upos) Inputs(int idx)
        {
            var s = parseTrain[idx];
            int n = s.Length;
            var words = s.Forms.Select(f => Entities.TextHash.Of(f)).ToArray();
            var tags = parseGold[idx];
            return (n, s.Heads.Select(h => h < 0 ? n : h).ToArray(), s.Relations.Select(r => labelOf[LabelOf(r)]).ToArray(), words,
                s.Forms.Select(f => SyntaxEngine.PunctClass(f)).ToArray(), words.Select(ClusterOf).ToArray(), tags, tags.Select(t => uposOfClass[t]).ToArray());
        }

        // Features seen fewer than minFeatureCount times in the gold configurations get no weights.
        var featureCounts = new Dictionary<uint, int>();
        foreach (int idx in projective)
        {
            var (n, goldHead, goldLabel, wordHashes, punct, clusters, tags, upos) = Inputs(idx);
            state.Start(n);
            while (!state.IsTerminal)
            {
                int c = ParserFeatures.Extract(state, wordHashes, tags, punct, clusters, upos, pbuf);
                foreach (uint f in pbuf.AsSpan(0, c)) featureCounts[f] = featureCounts.GetValueOrDefault(f) + 1;
                state.Apply(state.StaticOracle(goldHead, goldLabel));
            }
        }

        var allowed = featureCounts.Where(kv => kv.Value >= minFeatureCount).Select(kv => kv.Key).ToHashSet();
        Console.WriteLine($"parser features: {featureCounts.Count:N0} distinct in gold configurations, {allowed.Count:N0} seen at least {minFeatureCount} times; {clock.Elapsed.TotalSeconds:F0}s");
        featureCounts = null;
        var parser = new DensePerceptron(state.MoveCount) { Allowed = allowed };
        var costs = new int[state.MoveCount];
        for (int epoch = 1; epoch <= parseEpochs; epoch++)
        {
            rng.Shuffle(projective);
            int errors = 0, moves = 0;
            foreach (int idx in projective)
            {
                var (n, goldHead, goldLabel, wordHashes, punct, clusters, tags, upos) = Inputs(idx);
                state.Start(n);
                while (!state.IsTerminal)
                {
                    int c = ParserFeatures.Extract(state, wordHashes, tags, punct, clusters, upos, pbuf);
                    var f = pbuf.AsSpan(0, c);
                    parser.Score(f, scores);
                    int pred = -1, gold = -1, minCost = int.MaxValue;
                    for (int m = 0; m < state.MoveCount; m++)
                    {
                        if (!state.IsValid(m))
                        {
                            costs[m] = int.MaxValue;
                            continue;
                        }

                        costs[m] = state.Cost(m, goldHead, goldLabel);
                        minCost = Math.Min(minCost, costs[m]);
                        if (pred < 0 || scores[m] > scores[pred]) pred = m;
                    }

                    for (int m = 0; m < state.MoveCount; m++)
                    {
                        if (costs[m] == minCost && (gold < 0 || scores[m] > scores[gold])) gold = m;
                    }

                    if (costs[pred] > minCost)
                    {
                        parser.Update(f, gold, pred);
                        errors++;
                    }

                    parser.Time++;
                    moves++;
                    state.Apply(epoch > 1 && costs[pred] > minCost && rng.NextDouble() < 0.9 ? pred : gold);
                }
            }

            if (epoch % 3 != 0 && epoch != parseEpochs) continue;
            var model = new SyntaxModel(classes, labels, taggerWeights, secondWeights, tagDictionary, lemmatizer, parser.Export(prune));
            var (uas, las) = ParseAccuracy(model, dev);
            Console.WriteLine($"parser epoch {epoch}: {errors} wrong moves of {moves}; dev UAS {uas:F4} LAS {las:F4} (predicted tags); {model.Parser.LiveFeatures} features; {clock.Elapsed.TotalSeconds:F0}s");
        }

        if (keepFull is not null)
        {
            using var fs = File.Create(keepFull);
            new SyntaxModel(classes, labels, taggerWeights, secondWeights, tagDictionary, lemmatizer, parser.Export(prune)).Save(fs);
        }

        // Small weights cost package size and say little: prune them (the model card records the sweep).
        if (sweep)
        {
            foreach (float p in new[] { 0.25f, 0.5f, 0.75f, 1f })
            {
                var m = new SyntaxModel(classes, labels, taggerWeights.Requantize(step, p), secondWeights?.Requantize(step, p), tagDictionary, lemmatizer, parser.Export(prune).Requantize(step, p));
                var (uas, las) = ParseAccuracy(m, dev);
                using var buffer = new MemoryStream();
                m.Save(buffer);
                Console.WriteLine($"prune {p}: dev UPOS {TagAccuracy(m, dev):F4} UAS {uas:F4} LAS {las:F4}; {buffer.Length:N0} bytes");
            }
        }

        var best = new SyntaxModel(classes, labels, taggerWeights.Requantize(step, taggerPrune), secondWeights?.Requantize(step, taggerPrune), tagDictionary, lemmatizer, parser.Export(prune).Requantize(step, parserPrune));
        var (bu, bl) = ParseAccuracy(best, dev);
        Console.WriteLine($"shipped model (weights on a grid of {step}; tagger prune {taggerPrune}, parser prune {parserPrune}): dev UPOS {TagAccuracy(best, dev):F4} UAS {bu:F4} LAS {bl:F4}");
        if (held.Count > 0)
        {
            var (hu, hl) = ParseAccuracy(best, held);
            Console.WriteLine($"held out ({heldFiles.Count} files '{holdOut}*', {held.Sum(x => x.Length)} words, gold words): UPOS {TagAccuracy(best, held):F4} UAS {hu:F4} LAS {hl:F4}");
        }
        if (write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            using (var fs = File.Create(output)) best.Save(fs);
            Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes; tagger {best.Tagger.LiveFeatures:N0} features / {best.Tagger.Entries:N0} weights, parser {best.Parser.LiveFeatures:N0} / {best.Parser.Entries:N0}");
        }

        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private static uint ClusterOf(ulong word)
    {
        var (coarse, fine) = WordClusters.Default.Of(word);
        return (uint)coarse << 16 | fine;
    }

    internal sealed record TaggerEpoch(int Number, int Errors, SparseWeights Weights);

    /// <summary>
    /// Trains one tagger pass on the sentences <paramref name="subset"/>. With
    /// <paramref name="firstPass"/>, a second pass: the tags to the right of each word are the first pass's.
    /// </summary>
    private static SparseWeights TrainTagger(List<TreebankSentence> train, byte[][] gold, int[] subset, byte[][]? firstPass, int classCount, Dictionary<ulong, byte> tagDictionary, int epochs, float prune, int seed, Action<TaggerEpoch>? afterEpoch)
    {
        var perceptron = new DensePerceptron(classCount);
        var feats = new TaggerFeatures();
        var rng = new Random(seed);
        var order = (int[])subset.Clone();
        var buffer = new uint[TaggerFeatures.MaxPerWord];
        var scores = new float[classCount];
        SparseWeights? weights = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (int idx in order)
            {
                var s = train[idx];
                var g = gold[idx];
                var tags = firstPass is null ? new byte[s.Length] : (byte[])firstPass[idx].Clone();
                feats.Prepare(s.Text, s.Spans);
                for (int i = 0; i < s.Length; i++)
                {
                    if (tagDictionary.TryGetValue(feats.WordHash(i), out byte known))
                    {
                        tags[i] = known;
                        continue;
                    }

                    int c = feats.Extract(s.Text, s.Spans, i, tags, firstPass is not null, buffer);
                    perceptron.Score(buffer.AsSpan(0, c), scores);
                    int p = ArgMax(scores);
                    if (p != g[i])
                    {
                        perceptron.Update(buffer.AsSpan(0, c), g[i], p);
                        errors++;
                    }

                    // The next word sees this prediction, as it will at run time.
                    tags[i] = (byte)p;
                    perceptron.Time++;
                }
            }

            if (afterEpoch is not null || epoch == epochs)
            {
                weights = perceptron.Export(prune);
                afterEpoch?.Invoke(new TaggerEpoch(epoch, errors, weights));
            }
        }

        return weights!;
    }

    internal static IEnumerable<TreebankSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Conllu.Read(reader, path)) yield return TreebankSentence.From(s);
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }

        return best;
    }

    internal static double TagAccuracy(SyntaxModel model, List<TreebankSentence> sentences)
    {
        var engine = new SyntaxEngine(model);
        int right = 0, all = 0;
        foreach (var s in sentences)
        {
            var tags = new byte[s.Length];
            engine.Tag(s.Text, s.Spans, tags);
            for (int i = 0; i < s.Length; i++)
            {
                if (model.Upos[tags[i]] == s.Upos[i]) right++;
                all++;
            }
        }

        return right / (double)all;
    }

    internal static (double Uas, double Las) ParseAccuracy(SyntaxModel model, List<TreebankSentence> sentences)
    {
        var engine = new SyntaxEngine(model);
        int uas = 0, las = 0, all = 0;
        foreach (var s in sentences)
        {
            int n = s.Length;
            var tags = new byte[n];
            var heads = new int[n];
            var labels = new int[n];
            engine.Tag(s.Text, s.Spans, tags);
            engine.Parse(s.Text, s.Spans, tags, heads, labels);
            for (int i = 0; i < n; i++)
            {
                all++;
                if (heads[i] != s.Heads[i]) continue;
                uas++;
                string gold = s.Relations[i], got = model.Labels[labels[i]];
                if (Base(gold) == Base(got)) las++;
            }
        }

        return (uas / (double)all, las / (double)all);

        static string Base(string r) => r.Contains(':', StringComparison.Ordinal) ? r[..r.IndexOf(':', StringComparison.Ordinal)] : r;
    }
}
