using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Corpus.Claims;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The quote and figure stages on parsed, recognized documents of the sample corpus, against
/// baselines in the same run that do the least such a stage must: find quotation-mark pairs, and
/// find numbers.
/// </summary>
[MemoryDiagnoser]
public partial class ClaimBenchmarks
{
    private static readonly RoleFinder Roles = new(Gazetteer.Default);
    private readonly FigureExtractor _figures = new(Roles);
    private readonly QuoteExtractor _quotes = new();
    private (Document Doc, List<Mention> Mentions, List<RoleUse> Roles)[] _docs = [];

    [GeneratedRegex("[“\"][^”\"]*[”\"]")]
    private static partial Regex QuotePair();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Number();

    [GlobalSetup]
    public void Setup() => _docs = SampleText.Articles.Select(a =>
    {
        var d = Document.Parse(a);
        var m = EntityRecognizer.Default.Recognize(d);
        return (d, m, Roles.Find(d, m));
    }).ToArray();

    [Benchmark(Baseline = true, Description = "Regex quote pairs + numbers baseline")]
    public int RegexBaseline()
    {
        int n = 0;
        foreach (var (d, _, _) in _docs) n += QuotePair().Count(d.Text) + Number().Count(d.Text);
        return n;
    }

    [Benchmark(Description = "Quote stage")]
    public int Quotes()
    {
        int n = 0;
        foreach (var (d, m, r) in _docs) n += _quotes.Extract(d, m, r).Count;
        return n;
    }

    [Benchmark(Description = "Figure stage")]
    public int Figures()
    {
        int n = 0;
        foreach (var (d, m, r) in _docs) n += _figures.Extract(d, m, r).Count;
        return n;
    }
}
