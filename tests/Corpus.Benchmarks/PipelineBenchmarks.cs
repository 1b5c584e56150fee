using BenchmarkDotNet.Attributes;
using Corpus.Ingestion;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The whole per-article pipeline on real news (the gvc-dev crime reports and polnear-dev political articles of
/// ../shared/eval), with claims read off the parse against the word rules alone (<c>ClaimsFromSyntax = false</c>) as the
/// baseline in the same run. Every operation analyzes fresh documents, so each parse is paid for.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    private readonly CorpusAnalyzer _wordRules = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1, ClaimsFromSyntax = false });
    private readonly CorpusAnalyzer _withParse = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    [GlobalSetup]
    public void Setup()
    {
        _articles = PipelineText.Articles;
        Console.WriteLine($"// pipeline benchmark: {_articles.Count} articles, {PipelineText.Tokens:N0} tokens, from {PipelineText.Source}");
    }

    [Benchmark(Baseline = true, Description = "Pipeline, word rules only (--no-syntax)")]
    public int WordRules() => Count(_wordRules);

    [Benchmark(Description = "Pipeline, claims on the parse (default)")]
    public int WithParse() => Count(_withParse);

    private int Count(CorpusAnalyzer analyzer)
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var record = analyzer.AnalyzeArticle(a);
            n += record.Analysis.Figures.Count + record.Analysis.Quotes.Count;
        }

        return n;
    }
}

/// <summary>The real news <see cref="PipelineBenchmarks"/> runs on, and its token count.</summary>
internal static class PipelineText
{
    private static string _source = "";

    public static IReadOnlyList<Article> Articles { get; } = Load(out _source);

    public static string Source => _source;

    public static long Tokens { get; } = Articles.Sum(a => (long)Document.Parse(a).Tokens.Count);

    private static List<Article> Load(out string source)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) dir = dir.Parent;
        var eval = dir is null ? "" : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
        var folders = new[] { "gvc-dev", "polnear-dev" }.Select(s => Path.Combine(eval, s, "articles")).Where(Directory.Exists).ToArray();
        if (folders.Length == 0)
        {
            source = "the sample corpus";
            return SampleText.Articles.ToList();
        }

        source = string.Join(", ", folders);
        return ArticleReader.ReadPaths(folders).Select(i => i.Article).OfType<Article>().ToList();
    }
}
