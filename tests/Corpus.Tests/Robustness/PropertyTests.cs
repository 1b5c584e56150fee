using System.Globalization;
using Corpus.Quantities;
using Corpus.Text;
using CsCheck;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Generated input against the invariants every stage promises: never throws, offsets inside the
/// text and ordered, tokens reproduce the text, the same input gives the same output, and an
/// article's analysis does not depend on the other articles. CORPUS_FUZZ_ITER multiplies the number
/// of cases (the long fuzzing run sets it; CI runs the default).
/// </summary>
public class PropertyTests
{
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_FUZZ_ITER"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 1;

    /// <summary>Pieces news text is made of, and the odd ones that break parsers.</summary>
    private static readonly string[] Pieces =
    [
        "Lusk", "Veskaria", "Interior Minister", "Mara Olsen", "President", "said", "told reporters", "according to the ministry", "the UN",
        "At least", "more than", "almost", "about", "dozens of", "hundreds", "12", "1,300", "3.9 million", "99999999999999999999999", "1e309",
        "1,2,3,4,5", "-", "—", "–", "(", ")", "[", "]", "“", "”", "\"", "'", "‘", "’", "«", "»", ",", ".", "...", "…", "!", "?", ":", ";",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\ufeff", "killed", "injured", "arrested", "troops", "were",
        "people", "police", "withdrew", "the figure", "Dr.", "U.S.", "e.g.", "LUSK, Veskaria —", "MOSCOW (Reuters) -", "Share this:", "©",
        "\u0301", "👨‍👩‍👧", "🇫🇷", "قال", "Москва", "北京", "\ud800", "\udc00", "\0", "0x1F", "٣٤", "⅞", "%", "$", "€20bn", "km",
    ];

    /// <summary>Strings mixing news pieces with arbitrary characters (lone surrogates and controls included).</summary>
    private static readonly Gen<string> NewsText =
        Gen.OneOf(Gen.OneOf(Pieces), Gen.Char.Select(c => c.ToString()), Gen.String)
            .Array[0, 120]
            .Select(parts => string.Concat(parts));

    private static void Check(Gen<string> gen, Action<string> property, int iter) =>
        gen.Sample(property, iter: iter * Scale, threads: 1, print: t => System.Text.Json.JsonSerializer.Serialize(t));

    [Fact]
    public void Tokens_are_ordered_inside_the_text_and_with_the_whitespace_between_them_reproduce_it() => Check(NewsText, text =>
    {
        var tokens = Tokenizer.Tokenize(text);
        int at = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            t.Index.Should().Be(i);
            t.Start.Should().BeGreaterThanOrEqualTo(at);
            t.Span.End.Should().BeGreaterThan(t.Start).And.BeLessThanOrEqualTo(text.Length);
            Gap(text, at, t.Start).Should().BeTrue();
            at = t.Span.End;
        }

        Gap(text, at, text.Length).Should().BeTrue();
    }, 3000);

    /// <summary>Between tokens there is only what the tokenizer counts as space (white space, zero-width space, BOM, word joiner).</summary>
    private static bool Gap(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!CharClass.IsWhiteSpace(text[i])) return false;
        }

        return true;
    }

    [Fact]
    public void Sentences_partition_the_tokens_in_order() => Check(NewsText, text =>
    {
        var doc = Document.Parse(new Article("x", text));
        int next = 0, end = 0;
        foreach (var s in doc.Sentences)
        {
            s.FirstToken.Should().Be(next);
            s.Span.Start.Should().BeGreaterThanOrEqualTo(end);
            s.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            next = s.FirstToken + s.TokenCount;
            end = s.Span.End;
        }

        next.Should().Be(doc.Tokens.Count);
        foreach (var b in doc.Boilerplate) (b.Start >= 0 && b.End <= text.Length && b.Start <= b.End).Should().BeTrue();
    }, 2000);

    [Fact]
    public void Quantities_lie_inside_the_text_in_order_with_their_number_inside_them() => Check(NewsText, text =>
    {
        int end = 0;
        foreach (var q in QuantityRecognizer.Find(text))
        {
            q.Span.Start.Should().BeGreaterThanOrEqualTo(end);
            q.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            q.Span.Of(text).Should().Be(q.Text);
            q.Span.Contains(q.NumberSpan).Should().BeTrue();
            if (q.Low is { } lo && q.High is { } hi) (lo <= hi || double.IsNaN(lo) || double.IsNaN(hi)).Should().BeTrue();
            end = q.Span.End;
        }
    }, 3000);

    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    [Fact]
    public void The_whole_pipeline_never_throws_keeps_every_offset_inside_and_is_deterministic() => Check(NewsText, text =>
    {
        var article = new Article("a", text);
        var first = Analyzer.AnalyzeArticle(article);
        first.ToBytes().Should().Equal(Analyzer.AnalyzeArticle(article).ToBytes());
        var result = Analyzer.Combine([first]);
        foreach (var e in result.Entities)
        {
            foreach (var m in e.Mentions.Concat(e.RoleMentions)) m.Span.Of(text).Should().Be(m.Text);
        }

        foreach (var f in result.Figures)
        {
            f.Sentence.Of(text).Should().Be(f.Text);
            f.Sentence.Contains(f.Span).Should().BeTrue();
        }

        foreach (var q in result.Quotes)
        {
            (q.Span.Start >= 0 && q.Span.End <= text.Length && q.Span.Start <= q.Span.End).Should().BeTrue();
            (q.Sentence.Start >= 0 && q.Sentence.End <= text.Length).Should().BeTrue();
        }
    }, 300);

    [Fact]
    public void An_articles_record_does_not_depend_on_the_other_articles_in_the_corpus() => NewsText.Array[2, 6].Sample(texts =>
    {
        var articles = texts.Select((t, i) => new Article($"a{i}", t)).ToList();
        var alone = articles.Select(a => Analyzer.AnalyzeArticle(a).ToBytes()).ToList();
        var together = Task.Run(async () =>
        {
            var list = new List<byte[]>();
            await foreach (var o in new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 3 }).AnalyzeEachAsync(TestArticles.Stream(articles))) list.Add(o.Record!.ToBytes());
            return list;
        }).GetAwaiter().GetResult();
        for (int i = 0; i < articles.Count; i++) together[i].Should().Equal(alone[i]);
    }, iter: 30 * Scale, threads: 1);
}
