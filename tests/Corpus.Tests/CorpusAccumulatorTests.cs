using System.Runtime.CompilerServices;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests;

public class CorpusAccumulatorTests
{
    private static readonly CorpusAnalyzer Analyzer = new();

    private static CorpusAccumulator NewAccumulator() => new(new AliasResolver(Gazetteer.Default), new RoleFinder(Gazetteer.Default));

    private static ArticleAnalysis Analyze(string id, string text) => Analyzer.AnalyzeArticle(new Article(id, text)).Analysis;

    [Theory]
    // The article names the place before "the district administration said": the body the corpus names in full there.
    [InlineData("In Bergen, rivers rose on Monday.\n\nHundreds of homes were lost, the district administration said.", "Bergen district administration")]
    [InlineData("In Stavanger, rivers rose on Monday.\n\nHundreds of homes were lost, the district administration said.", "Stavanger district administration")]
    // One institution word: "the council" is the "<place> Council" of a place named before.
    [InlineData("In Stavanger, rivers rose on Monday.\n\nTwo ferries were lost, the council said.", "Stavanger Council")]
    // No such place named before the quote: no speaker entity.
    [InlineData("Hundreds of homes were lost, the district administration said.\n\nIn Bergen, rivers rose on Monday.", null)]
    public void A_descriptive_body_is_the_one_the_corpus_names_with_a_place_this_article_named(string text, string? speaker)
    {
        var result = Analyzer.Analyze([
            new Article("a", "Floods in the north\n\nThe Bergen district administration said roads were closed in Bergen."),
            new Article("b", "Floods in the west\n\nThe Stavanger district administration said roads were closed in Stavanger."),
            new Article("d", "Roads in the west\n\nThe Stavanger Council said roads were closed in Stavanger."),
            new Article("c", "Storm report\n\n" + text),
        ]);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        var quote = result.Quotes.Single(q => q.Article == "c");
        (quote.Speaker is { } id ? names[id] : null).Should().Be(speaker);
    }

    [Fact]
    public void A_folded_record_is_not_kept()
    {
        // Memory must not grow with the records: only the result's own objects stay once a record is folded in.
        var corpus = NewAccumulator();
        var weak = FoldAndForget(corpus, "a", "Anna Varga, the mayor of Bergen, said 12 people were killed. \"We will rebuild,\" she said.");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        weak.IsAlive.Should().BeFalse();
        corpus.Finish([]).Figures.Should().ContainSingle(f => f.Value == 12);
    }

    [Fact]
    public void Folding_an_article_of_many_distinct_names_is_linear_not_quadratic()
    {
        // Each speaker a new person: 4,000 and 16,000 names. Quadratic folding took 16 times as long
        // for 4 times the names (10,000 names: 6.7 s); linear takes about 4 times.
        var rng = new Random(11);
        string Name() => new string([(char)('A' + rng.Next(26)), .. Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26)))]);
        ArticleAnalysis Names(int n) => Analyze($"n{n}", string.Join(" ", Enumerable.Range(0, n).Select(_ => $"{Name()} {Name()} spoke.")));
        var small = Names(4_000);
        var large = Names(16_000);
        TimeSpan Fold(ArticleAnalysis a)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var corpus = NewAccumulator();
            corpus.TryAdd(a).Should().BeTrue();
            corpus.Finish([]).Entities.Count.Should().BeGreaterThan(a.Mentions.Mentions.Count / 3);
            return watch.Elapsed;
        }

        Fold(small); // warm-up
        var t4 = Fold(small);
        var t16 = Fold(large);
        t16.Should().BeLessThan(TimeSpan.FromSeconds(8), "16,000 names fold in about a second when linear");
        (t16.TotalMilliseconds / Math.Max(t4.TotalMilliseconds, 1)).Should().BeLessThan(9, "four times the names should cost about four times the time");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FoldAndForget(CorpusAccumulator corpus, string id, string text)
    {
        var analysis = Analyze(id, text);
        corpus.TryAdd(analysis).Should().BeTrue();
        return new WeakReference(analysis);
    }

    [Fact]
    public void Strings_repeated_across_articles_are_one_instance_in_the_result()
    {
        const string text = "Anna Varga said 12 people were killed in Bergen. \"We will rebuild,\" Varga said.";
        var corpus = NewAccumulator();
        corpus.TryAdd(Analyze("a", text)).Should().BeTrue();
        corpus.TryAdd(Analyze("b", text)).Should().BeTrue();
        var result = corpus.Finish([]);

        var varga = result.Entities.Single(e => e.Name == "Anna Varga");
        var fullNames = varga.Mentions.Where(m => m.Text == "Anna Varga").ToList();
        fullNames.Select(m => m.Article).Should().Equal("a", "b");
        ReferenceEquals(fullNames[0].Text, fullNames[1].Text).Should().BeTrue();
        result.Figures.Should().HaveCount(2);
        ReferenceEquals(result.Figures[0].Text, result.Figures[1].Text).Should().BeTrue();
        result.Quotes.Should().HaveCount(4); // one indirect, one direct in each
        ReferenceEquals(result.Quotes[0].Text, result.Quotes[2].Text).Should().BeTrue();
        ReferenceEquals(result.Quotes[1].Text, result.Quotes[3].Text).Should().BeTrue();
    }

    [Fact]
    public void A_second_record_with_an_id_already_added_is_refused()
    {
        var corpus = NewAccumulator();
        corpus.TryAdd(Analyze("a", "Five people were hurt in Bergen.")).Should().BeTrue();
        corpus.TryAdd(Analyze("a", "Nine people were hurt in Doshk.")).Should().BeFalse();
        var result = corpus.Finish([]);
        result.Articles.Should().ContainSingle();
        result.Figures.Should().ContainSingle().Which.Value.Should().Be(5);
    }

    [Fact]
    public void Figure_and_quote_ids_follow_corpus_order_across_articles()
    {
        var corpus = NewAccumulator();
        corpus.TryAdd(Analyze("a", "Five people were hurt in Bergen. \"It was awful,\" said Marek Kostov.")).Should().BeTrue();
        corpus.TryAdd(Analyze("b", "Nine people were hurt in Doshk. \"We are safe,\" said Ilse Brandt.")).Should().BeTrue();
        var result = corpus.Finish([]);
        result.Figures.Select(f => (f.Id, f.Article)).Should().Equal(("f1", "a"), ("f2", "b"));
        result.Quotes.Select(q => (q.Id, q.Article)).Should().Equal(("q1", "a"), ("q2", "b"));
        result.Quotes.Select(q => result.Entities.Single(e => e.Id == q.Speaker).Name).Should().Equal("Marek Kostov", "Ilse Brandt");
    }

    private static CorpusAccumulator Fold(IEnumerable<ArticleAnalysis> analyses)
    {
        var corpus = NewAccumulator();
        foreach (var a in analyses) corpus.TryAdd(a).Should().BeTrue();
        return corpus;
    }

    [Fact]
    public void Parts_folded_separately_and_appended_in_order_finish_like_one_fold()
    {
        var analyses = TestArticles.Samples().Select(a => Analyzer.AnalyzeArticle(a).Analysis).ToList();
        string expected = TestArticles.Json(Fold(analyses).Finish([]));
        for (int split = 0; split <= analyses.Count; split++)
        {
            var first = Fold(analyses.Take(split));
            first.TryAppend(Fold(analyses.Skip(split))).Should().BeTrue();
            TestArticles.Json(first.Finish([])).Should().Be(expected, $"split after {split} articles");
        }
    }

    [Fact]
    public void Appending_is_associative()
    {
        var analyses = TestArticles.Samples().Select(a => Analyzer.AnalyzeArticle(a).Analysis).ToList();
        var (a1, b1, c1) = (Fold(analyses.Take(2)), Fold(analyses.Skip(2).Take(2)), Fold(analyses.Skip(4)));
        a1.TryAppend(b1).Should().BeTrue();
        a1.TryAppend(c1).Should().BeTrue();
        var (a2, b2, c2) = (Fold(analyses.Take(2)), Fold(analyses.Skip(2).Take(2)), Fold(analyses.Skip(4)));
        b2.TryAppend(c2).Should().BeTrue();
        a2.TryAppend(b2).Should().BeTrue();
        TestArticles.Json(a1.Finish([])).Should().Be(TestArticles.Json(a2.Finish([])));
    }

    [Fact]
    public void Appending_a_part_that_repeats_an_id_is_refused()
    {
        var first = NewAccumulator();
        first.TryAdd(Analyze("a", "Five people were hurt in Bergen.")).Should().BeTrue();
        var second = NewAccumulator();
        second.TryAdd(Analyze("a", "Nine people were hurt in Doshk.")).Should().BeTrue();
        first.TryAppend(second).Should().BeFalse();
        first.Finish([]).Figures.Should().ContainSingle().Which.Value.Should().Be(5);
    }
}
