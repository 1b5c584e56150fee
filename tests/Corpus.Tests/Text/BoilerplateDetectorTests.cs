using Corpus.Text;

namespace Corpus.Tests.Text;

public class BoilerplateDetectorTests
{
    [Theory]
    [InlineData("Share this article")]
    [InlineData("Follow us on Twitter and Facebook for the latest news")]
    [InlineData("Subscribe to our weekly newsletter")]
    [InlineData("Join The Daily Courier to read every story without limits.")]
    [InlineData("Your email address will not be published.")]
    [InlineData("© 2025 Example Media. All rights reserved.")]
    [InlineData("Jane Porter is a senior correspondent at Example News and covers energy.")]
    [InlineData("Advertisement")]
    public void Flags_a_line_of_web_cruft(string line)
    {
        string text = $"Headline\n\nThe article starts here.\n\n{line}\n\nThe article goes on.";
        var doc = Document.Parse(new Article("t", text));
        doc.Boilerplate.Should().ContainSingle().Which.Of(text).Should().Be(line);
        doc.Sentences.Last().IsBoilerplate.Should().BeFalse();
    }

    [Theory]
    [InlineData("Related Posts")]
    [InlineData("Leave a Reply")]
    [InlineData("No comments:")]
    [InlineData("You may also like")]
    public void A_trailer_marker_flags_everything_after_it(string marker)
    {
        string text = $"Headline\n\nThe article.\n\n{marker}\n\nAnother story teaser that is not this article.";
        var doc = Document.Parse(new Article("t", text));
        doc.Boilerplate.Should().ContainSingle().Which.Should().Be(new TextSpan(text.IndexOf(marker, StringComparison.Ordinal), text.Length));
        doc.Sentences.Where(s => s.IsBoilerplate).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Related Posts")]
    [InlineData("Share this article")]
    public void The_headline_is_never_boilerplate(string headline)
    {
        var doc = Document.Parse(new Article("t", headline + "\n\nBody text here."));
        doc.Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Ordinary_sentences_about_sharing_or_following_are_not_flagged()
    {
        string text = "Headline\n\nThe ministry said it would share the data with the public.\n\nSupporters follow him everywhere he goes, officials said.";
        Document.Parse(new Article("t", text)).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Flagging_leaves_the_text_unchanged()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.SampleData, "03_vesk_today.txt"));
        var doc = Document.Parse(new Article("t", text));
        doc.Text.Should().BeSameAs(text);
        doc.Boilerplate.Should().NotBeEmpty();
        doc.Boilerplate.Should().BeInAscendingOrder(b => b.Start);
    }
}
