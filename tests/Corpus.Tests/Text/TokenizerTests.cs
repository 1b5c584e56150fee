using Corpus.Text;

namespace Corpus.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.Span.Of(text)).ToArray();

    [Theory]
    [InlineData("Hello world.", new[] { "Hello", "world", "." })]
    [InlineData("“Quoted,” she said.", new[] { "“", "Quoted", ",", "”", "she", "said", "." })]
    [InlineData("‘single’ and «guillemets»", new[] { "‘", "single", "’", "and", "«", "guillemets", "»" })]
    [InlineData("\"straight\" quotes", new[] { "\"", "straight", "\"", "quotes" })]
    [InlineData("Putin’s comments", new[] { "Putin", "’s", "comments" })]
    [InlineData("Kazakhstan's largest city", new[] { "Kazakhstan", "'s", "largest", "city" })]
    [InlineData("the protesters' demands", new[] { "the", "protesters", "'", "demands" })]
    [InlineData("O'Brien and d’Ivoire", new[] { "O'Brien", "and", "d’Ivoire" })]
    [InlineData("we don't know", new[] { "we", "do", "n't", "know" })]
    [InlineData("they're here, I'll go", new[] { "they", "'re", "here", ",", "I", "'ll", "go" })]
    [InlineData("Kassym-Jomart Tokayev", new[] { "Kassym-Jomart", "Tokayev" })]
    [InlineData("a 30-year history", new[] { "a", "30-year", "history" })]
    [InlineData("a NATO-equivalent body", new[] { "a", "NATO-equivalent", "body" })]
    [InlineData("Mr. Putin and Mrs. Smith", new[] { "Mr.", "Putin", "and", "Mrs.", "Smith" })]
    [InlineData("Vladimir V. Putin", new[] { "Vladimir", "V.", "Putin" })]
    [InlineData("the U.S. and the U.K.", new[] { "the", "U.S.", "and", "the", "U.K." })]
    [InlineData("e.g. this", new[] { "e.g.", "this" })]
    [InlineData("at 2 a.m when", new[] { "at", "2", "a.m", "when" })] // the last period left out
    [InlineData("the U.S military", new[] { "the", "U.S", "military" })]
    [InlineData("then a.M", new[] { "then", "a", ".", "M" })] // two cases round the period: no abbreviation
    [InlineData("5,800 people", new[] { "5,800", "people" })]
    [InlineData("1.5 million", new[] { "1.5", "million" })]
    [InlineData("5.800 detenidos", new[] { "5.800", "detenidos" })]
    [InlineData("rose 60% in 2019.", new[] { "rose", "60", "%", "in", "2019", "." })]
    [InlineData("$200 billion", new[] { "$", "200", "billion" })]
    [InlineData("on 2022-01-10 at 10:30", new[] { "on", "2022-01-10", "at", "10:30" })]
    [InlineData("on 10/01/2022", new[] { "on", "10/01/2022" })]
    [InlineData("the 23rd day", new[] { "the", "23rd", "day" })]
    [InlineData("MOSCOW – Russian", new[] { "MOSCOW", "–", "Russian" })]
    [InlineData("people – the first—time", new[] { "people", "–", "the", "first", "—", "time" })]
    [InlineData("wait... what…", new[] { "wait", "...", "what", "…" })]
    [InlineData("see https://example.org/a?b=1.", new[] { "see", "https://example.org/a?b=1", "." })]
    [InlineData("visit www.example.com today", new[] { "visit", "www.example.com", "today" })]
    [InlineData("mail jane.doe@example.org now", new[] { "mail", "jane.doe@example.org", "now" })]
    [InlineData("great 👍🏽 news 🇰🇿!", new[] { "great", "👍🏽", "news", "🇰🇿", "!" })]
    [InlineData("family 👨‍👩‍👧 photo", new[] { "family", "👨‍👩‍👧", "photo" })]
    [InlineData("Tokáyev said", new[] { "Tokáyev", "said" })]
    [InlineData("Toka\u0301yev said", new[] { "Toka\u0301yev", "said" })]
    [InlineData("“coup“and", new[] { "“", "coup", "“", "and" })]
    [InlineData("No. 5 and no more", new[] { "No.", "5", "and", "no", "more" })]
    [InlineData("(CSTO)", new[] { "(", "CSTO", ")" })]
    [InlineData("Москва и Київ", new[] { "Москва", "и", "Київ" })]
    public void Splits_news_text_into_expected_tokens(string text, string[] expected)
    {
        Texts(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("5,800", TokenKind.Number)]
    [InlineData("Tokayev", TokenKind.Word)]
    [InlineData("“", TokenKind.Quote)]
    [InlineData(".", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("https://a.org", TokenKind.Url)]
    [InlineData("🙂", TokenKind.Emoji)]
    public void Assigns_token_kinds(string text, TokenKind kind)
    {
        Tokenizer.Tokenize(text).Should().ContainSingle().Which.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_or_blank_text_has_no_tokens(string text)
    {
        Tokenizer.Tokenize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\uD800 lone high surrogate")]
    [InlineData("nul\0inside")]
    [InlineData("rtl: مرحبا بالعالم and עברית")]
    [InlineData("CRLF\r\nand lone CR\rend")]
    [InlineData("''''''''")]
    [InlineData("1e309 and 99999999999999999999999 and 1,2,3,4,5")]
    public void Odd_text_round_trips(string text)
    {
        AssertRoundTrip(text);
    }

    [Fact]
    public void Every_sample_article_round_trips_through_its_tokens()
    {
        var files = TestPaths.SampleArticles().ToList();
        files.Should().NotBeEmpty();
        foreach (var file in files) AssertRoundTrip(File.ReadAllText(file));
    }

    [SharedFact("eval/seeds/articles")]
    public void Every_seed_article_round_trips_through_its_tokens()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Shared, "eval/seeds/articles"))) AssertRoundTrip(File.ReadAllText(file));
    }

    /// <summary>Tokens in order, never overlapping, and only whitespace between them: the text is reproduced exactly.</summary>
    internal static void AssertRoundTrip(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var rebuilt = new System.Text.StringBuilder(text.Length);
        int pos = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            t.Index.Should().Be(i);
            t.Start.Should().BeGreaterThanOrEqualTo(pos);
            t.End.Should().BeGreaterThan(t.Start);
            string gap = text[pos..t.Start];
            gap.All(c => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060').Should().BeTrue($"only whitespace lies between tokens, got {gap!.Length} chars before token {i}");
            rebuilt.Append(gap).Append(text, t.Start, t.End - t.Start);
            pos = t.End;
        }

        text[pos..].All(c => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060').Should().BeTrue();
        rebuilt.Append(text, pos, text.Length - pos);
        rebuilt.ToString().Should().Be(text);
    }
}
