using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Training.Syntax;

/// <summary>
/// <c>clusters</c>: rebuilds <c>src/Corpus/Text/Resources/clusters.bin</c> from the unlabelled text in
/// ../shared/data/unlabelled (UN General Debates, State of the Union; CC0 / public domain) plus the
/// treebanks' text: words seen at least <c>--min-count</c> times, exchange-clustered into 64 and 512
/// classes. Deterministic.
/// </summary>
internal static class ClusterTrainer
{
    public static int Run(string[] args)
    {
        string data = Path.GetFullPath(Path.Combine("..", "shared", "data"));
        string output = Path.Combine("src", "Corpus", "Text", "Resources", "clusters.bin");
        int minCount = 25, iterations = 12;
        long maxTokens = long.MaxValue;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--min-count": minCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--max-tokens": maxTokens = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var ids = new Dictionary<ulong, int>();
        var counts = new List<long>();
        var stream = new List<int>(30_000_000);
        void AddLine(string line)
        {
            if (stream.Count >= maxTokens) return;
            foreach (var t in Tokenizer.Tokenize(line))
            {
                ulong h = TextHash.Of(line.AsSpan(t.Start, t.End - t.Start));
                if (!ids.TryGetValue(h, out int id))
                {
                    id = ids.Count;
                    ids[h] = id;
                    counts.Add(0);
                }

                counts[id]++;
                stream.Add(id);
            }

            stream.Add(-1); // a paragraph boundary: no bigram across it
        }

        foreach (var file in new[] { "un-general-debates.txt.gz", "state-of-the-union.txt.gz" })
        {
            string path = Path.Combine(data, "unlabelled", file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"missing {path}");
                return 2;
            }

            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line) AddLine(line);
        }

        foreach (var file in new[] { Path.Combine(data, "ud-ewt", "en_ewt-ud-train.conllu") }.Concat(Directory.EnumerateFiles(Path.Combine(data, "gum", "dep"), "*.conllu").Order(StringComparer.Ordinal)))
        {
            foreach (var s in SyntaxTrainer.ReadFile(file)) AddLine(s.Text);
        }

        Console.WriteLine($"read {stream.Count:N0} tokens, {ids.Count:N0} distinct words; {clock.Elapsed.TotalSeconds:F0}s");

        // Vocabulary: frequent words by rank; the rest share one id (their class is not stored).
        var hashOf = new ulong[counts.Count];
        foreach (var (h, id) in ids) hashOf[id] = h;
        var byRank = Enumerable.Range(0, counts.Count).Where(i => counts[i] >= minCount).OrderByDescending(i => counts[i]).ThenBy(i => hashOf[i]).ToArray();
        var rankOf = new int[counts.Count];
        Array.Fill(rankOf, byRank.Length);
        for (int r = 0; r < byRank.Length; r++) rankOf[byRank[r]] = r;
        int vocab = byRank.Length + 1;
        var pairs = new List<long>(stream.Count);
        for (int i = 1; i < stream.Count; i++)
        {
            int a = stream[i - 1], b = stream[i];
            if (a < 0 || b < 0) continue;
            pairs.Add((long)rankOf[a] << 32 | (uint)rankOf[b]);
        }

        var sorted = pairs.ToArray();
        pairs = null;
        Array.Sort(sorted);
        var bigrams = new List<(int, int, int)>();
        for (int i = 0; i < sorted.Length;)
        {
            int j = i;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            bigrams.Add(((int)(sorted[i] >> 32), (int)(uint)sorted[i], j - i));
            i = j;
        }

        Console.WriteLine($"{byRank.Length:N0} words seen at least {minCount} times; {bigrams.Count:N0} distinct bigrams; {clock.Elapsed.TotalSeconds:F0}s");
        var clustering = new ExchangeClustering(vocab, bigrams);
        var coarse = clustering.Cluster(64, iterations, Console.WriteLine);
        var fine = clustering.Cluster(512, iterations, Console.WriteLine);
        var table = new Dictionary<ulong, uint>(byRank.Length);
        for (int r = 0; r < byRank.Length; r++) table[hashOf[byRank[r]]] = (uint)coarse[r] << 16 | (uint)fine[r];
        var clusters = new WordClusters(table);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var fs = File.Create(output)) clusters.Save(fs);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {table.Count:N0} words; done in {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }
}
