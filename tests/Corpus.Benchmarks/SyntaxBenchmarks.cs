using BenchmarkDotNet.Attributes;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The syntactic layer on real text (UD English EWT dev, as paragraphs, when ../shared is beside the
/// repository; the sample corpus otherwise), against the tokenizer in the same run: tokens, then
/// words + tags + lemmas + trees for every sentence.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        _ = SyntaxAnnotator.Default;
        _ = SyntaxText.Words;
    }

    [Benchmark(Baseline = true, Description = "Tokenizer")]
    public int Tokenize()
    {
        int n = 0;
        foreach (var a in SyntaxText.Articles) n += Tokenizer.Tokenize(a.Text).Length;
        return n;
    }

    [Benchmark(Description = "Words + tags + lemmas + trees (Document.Parse, GetSyntax of every sentence)")]
    public int Syntax()
    {
        int n = 0;
        foreach (var a in SyntaxText.Articles)
        {
            var doc = Document.Parse(a);
            for (int i = 0; i < doc.Sentences.Count; i++) n += doc.GetSyntax(i).Count;
        }

        return n;
    }
}

/// <summary>The text <see cref="SyntaxBenchmarks"/> runs on, and its word count.</summary>
internal static class SyntaxText
{
    private static string _source = "";

    public static IReadOnlyList<Article> Articles { get; } = Load(out _source);

    public static string Source => _source;

    public static long Words { get; } = Articles.Sum(a =>
    {
        var doc = Document.Parse(a);
        return (long)Enumerable.Range(0, doc.Sentences.Count).Sum(i => doc.GetSyntax(i).Count);
    });

    private static List<Article> Load(out string source)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) dir = dir.Parent;
        string path = dir is null ? "" : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "ud-ewt", "en_ewt-ud-dev.conllu"));
        if (!File.Exists(path))
        {
            source = "the sample corpus";
            return SampleText.Articles.ToList();
        }

        // Each document of the treebank becomes one article: its sentences' text, a blank line between paragraphs.
        source = "UD English EWT dev";
        var articles = new List<Article>();
        var text = new System.Text.StringBuilder();
        using var reader = new StreamReader(path);
        foreach (var s in Conllu.Read(reader, path))
        {
            if (s.Comments.Any(c => c.StartsWith("# newdoc", StringComparison.Ordinal)) && text.Length > 0)
            {
                articles.Add(new Article($"ewt-{articles.Count + 1}", text.ToString()));
                text.Clear();
            }

            if (text.Length > 0) text.Append(s.Comments.Any(c => c.StartsWith("# newpar", StringComparison.Ordinal)) ? "\n\n" : " ");
            text.Append(s.Text);
        }

        if (text.Length > 0) articles.Add(new Article($"ewt-{articles.Count + 1}", text.ToString()));
        return articles;
    }
}
