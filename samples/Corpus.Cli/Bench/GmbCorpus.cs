using System.IO.Compression;
using System.Text;
using Corpus.Text;

namespace Corpus.Cli.Bench;

/// <summary>
/// Real news text for benchmarks: pseudo-articles of 25 consecutive sentences from the Groningen
/// Meaning Bank extract (Voice of America news) in ../shared/data/gmb, detokenized. Read from the
/// data folder at run time; nothing of it ships.
/// </summary>
internal static class GmbCorpus
{
    public const int SentencesPerArticle = 25;

    public static string DefaultPath => Path.GetFullPath(Path.Combine("..", "shared", "data", "gmb", "ner_dataset.csv.zip"));

    /// <summary>Articles totalling about <paramref name="megabytes"/> MB (the extract is cycled when it is smaller).</summary>
    public static IEnumerable<Article> Read(string zipPath, double megabytes)
    {
        var sentences = Sentences(zipPath);
        if (sentences.Count == 0) yield break;
        long target = (long)(megabytes * 1024 * 1024), written = 0;
        int article = 0;
        for (int i = 0; written < target; i += SentencesPerArticle)
        {
            var sb = new StringBuilder();
            for (int k = 0; k < SentencesPerArticle; k++)
            {
                if (k > 0) sb.Append(k % 5 == 0 ? "\n\n" : " ");
                sb.Append(sentences[(i + k) % sentences.Count]);
            }

            string text = sb.ToString();
            written += Encoding.UTF8.GetByteCount(text);
            yield return new Article($"gmb-{++article}", text);
        }
    }

    private static List<string> Sentences(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries.Single(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)).Open(), Encoding.Latin1);
        var result = new List<string>();
        var words = new List<string>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var (first, word) = Split(line);
            if (first.Length > 0 && words.Count > 0)
            {
                result.Add(Detokenize(words));
                words.Clear();
            }

            if (word.Length > 0) words.Add(word);
        }

        if (words.Count > 0) result.Add(Detokenize(words));
        return result;
    }

    /// <summary>The first two CSV fields (the second may be quoted).</summary>
    private static (string First, string Word) Split(string line)
    {
        int comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) return ("", "");
        string first = line[..comma];
        string rest = line[(comma + 1)..];
        if (rest.StartsWith('"'))
        {
            int close = rest.IndexOf('"', 1);
            return (first, close > 0 ? rest[1..close] : rest[1..]);
        }

        int next = rest.IndexOf(',', StringComparison.Ordinal);
        return (first, next < 0 ? rest : rest[..next]);
    }

    private static string Detokenize(List<string> words)
    {
        var sb = new StringBuilder();
        bool noSpace = true;
        foreach (var w in words)
        {
            bool attach = w is "," or "." or ";" or ":" or "?" or "!" or ")" or "%" or "'s" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m";
            if (!noSpace && !attach) sb.Append(' ');
            sb.Append(w);
            noSpace = w is "(" or "$";
        }

        return sb.ToString();
    }
}
