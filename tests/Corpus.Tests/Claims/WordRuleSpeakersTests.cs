using Corpus.Claims;
using Corpus.Entities;
using Corpus.Tests.Entities;

namespace Corpus.Tests.Claims;

/// <summary>Who speaks at a reporting verb, by the word rules, over hand-marked mentions and no parse.</summary>
public class WordRuleSpeakersTests
{
    private static readonly WordRuleSpeakers Speakers = new(syntax: false);

    [Theory]
    [InlineData("Ann Berg said the road was closed.", "Ann Berg")]
    [InlineData("The road was closed, said Ann Berg.", "Ann Berg")]
    [InlineData("Ann Berg, who runs the port, said the road was closed.", "Ann Berg")]
    [InlineData("The road was closed, Ann Berg said on Monday.", "Ann Berg")]
    [InlineData("The road was closed, Sen. Ann Berg (D-Ore.) said.", "Ann Berg")] // party and state in brackets stand between
    [InlineData("The road was closed, Ann Berg (61) said.", "Ann Berg")]
    [InlineData("The road was closed, Sen. Ann Berg, R-Texas, said.", "Ann Berg")]
    public void The_name_next_to_the_verb_speaks(string text, string speaker)
    {
        var a = EntityTestKit.Article("t", text, ("Ann Berg", EntityType.Person));
        int verb = a.Document.Tokens.First(t => t.Span.Of(text) == "said").Index;
        var found = Speakers.SpeakerAround(a.Document, a.Mentions, [], 0, verb, a.Document.Tokens.Count);
        found.Should().NotBeNull();
        found!.Value.Text.Should().Be(speaker);
    }

    [Fact]
    public void An_object_verbs_next_name_is_its_object_not_its_speaker()
    {
        const string text = "The report accused Ann Berg of lying.";
        var a = EntityTestKit.Article("t", text, ("Ann Berg", EntityType.Person));
        int verb = a.Document.Tokens.First(t => t.Span.Of(text) == "accused").Index;
        Speakers.SpeakerAround(a.Document, a.Mentions, [], verb, verb, a.Document.Tokens.Count).Should().BeNull();
    }
}
