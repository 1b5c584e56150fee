using Corpus.Text;

namespace Corpus.Tests.Text;

public class SentenceSplitterTests
{
    private static (string Text, SentenceKind Kind)[] Split(string text)
    {
        var doc = Document.Parse(new Article("t", text));
        return doc.Sentences.Select(s => (doc.TextOf(s.Span), s.Kind)).ToArray();
    }

    private static string[] Texts(string text) => Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("Mr. Putin spoke. He left.", new[] { "Mr. Putin spoke.", "He left." })]
    [InlineData("Vladimir V. Putin said so.", new[] { "Vladimir V. Putin said so." })]
    [InlineData("Troops from the U.S. arrived. Then more.", new[] { "Troops from the U.S. arrived.", "Then more." })]
    [InlineData("He said “it is over.” But it was not.", new[] { "He said “it is over.”", "But it was not." })]
    [InlineData("“Stop!” he shouted. They stopped.", new[] { "“Stop!” he shouted.", "They stopped." })]
    [InlineData("Is it? Yes! Fine.", new[] { "Is it?", "Yes!", "Fine." })]
    [InlineData("The toll was 1.5 million. Later, 2.", new[] { "The toll was 1.5 million.", "Later, 2." })]
    [InlineData("They waited... and waited.", new[] { "They waited... and waited." })]
    [InlineData("At 5 p.m. on Jan. 5 it began.", new[] { "At 5 p.m. on Jan. 5 it began." })]
    [InlineData("First paragraph\n\nsecond paragraph", new[] { "First paragraph", "second paragraph" })]
    [InlineData("a sentence wrapped\nover two lines.", new[] { "a sentence wrapped\nover two lines." })]
    [InlineData("“The first paragraph of a quote.\n\n“The second,” he said.", new[] { "“The first paragraph of a quote.", "“The second,” he said." })]
    public void Splits_sentences(string text, string[] expected)
    {
        Texts(text).Should().Equal(expected);
    }

    [Fact]
    public void Headline_dateline_and_body_are_told_apart()
    {
        var s = Split("Quake hits north\n\nTuesday, March 4, 2025\n\nLUSK – A quake struck. It was large.");
        s.Select(x => x.Kind).Should().Equal(SentenceKind.Headline, SentenceKind.Dateline, SentenceKind.Dateline, SentenceKind.Body, SentenceKind.Body);
        s[2].Text.Should().Be("LUSK –");
    }

    // A wire dateline with a date and the agency: "CITY, Mon D (AGENCY) -".
    [Theory]
    [InlineData("LUSK, Aug 3 (VNA) - A quake struck.", "LUSK, Aug 3 (VNA) -")]
    [InlineData("BERGEN, Sept. 12 (NTB) - A quake struck.", "BERGEN, Sept. 12 (NTB) -")]
    public void A_wire_dateline_with_its_date_and_agency_is_its_own_sentence(string line, string dateline)
    {
        var s = Split("Quake hits north\n\n" + line);
        s.Select(x => x.Kind).Should().Equal(SentenceKind.Headline, SentenceKind.Dateline, SentenceKind.Body);
        s[1].Text.Should().Be(dateline);
    }

    [Fact]
    public void A_short_line_inside_the_article_is_a_heading()
    {
        var s = Split("Headline here\n\nSome body text. More text.\n\nPeriod of calm\n\nMore body.");
        s.Select(x => x.Kind).Should().Equal(SentenceKind.Headline, SentenceKind.Body, SentenceKind.Body, SentenceKind.Heading, SentenceKind.Body);
    }

    [Theory]
    [InlineData("- 3,100 people rescued since Monday")]
    [InlineData("\u2022 40 homes destroyed")]
    [InlineData("* 12 boats deployed")]
    public void A_short_bulleted_line_is_a_list_item_of_the_body_not_a_heading(string item)
    {
        var s = Split("Headline here\n\nSome body text. The numbers:\n" + item + "\nMore body.");
        s.Select(x => x.Kind).Should().Equal(SentenceKind.Headline, SentenceKind.Body, SentenceKind.Body, SentenceKind.Body, SentenceKind.Body);
    }

    [Fact]
    public void Text_without_sentence_punctuation_is_cut_into_bounded_sentences_at_clause_marks()
    {
        string text = string.Join(" ", Enumerable.Range(0, 1000).Select(i => i % 50 == 49 ? "word," : "word"));
        var doc = Document.Parse(new Article("t", text));
        doc.Sentences.Should().OnlyContain(s => s.TokenCount <= SentenceSplitter.MaxTokens);
        doc.Sentences.Sum(s => s.TokenCount).Should().Be(doc.Tokens.Count);
        doc.Sentences.SkipLast(1).Should().OnlyContain(s => doc.TextOf(s.Span).EndsWith(",", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_every_sample_article()
    {
        foreach (var file in TestPaths.SampleArticles())
        {
            var doc = Document.Parse(new Article(Path.GetFileName(file), File.ReadAllText(file)));
            int next = 0;
            foreach (var s in doc.Sentences)
            {
                s.FirstToken.Should().Be(next);
                s.TokenCount.Should().BeGreaterThan(0);
                s.Span.Start.Should().Be(doc.Tokens[s.FirstToken].Start);
                s.Span.End.Should().Be(doc.Tokens[s.EndToken - 1].End);
                next = s.EndToken;
            }

            next.Should().Be(doc.Tokens.Count, file);
        }
    }
}
