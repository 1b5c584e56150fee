using Corpus.Claims;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>A speaker's name the recognizer missed becomes an organisation mention only when its shape is a name's.</summary>
public class SpeakerNamesTests
{
    [Theory]
    [InlineData("BDMA said 300 troops were sent.", "BDMA", "BDMA")]
    [InlineData("Rescue 3311 said its crews were out.", "Rescue 3311", "Rescue 3311")]
    [InlineData("The Harbour Gazette reported the fire.", "The Harbour Gazette", "Harbour Gazette")]
    [InlineData("Police said the road was closed.", "Police", null)]
    [InlineData("The President said the road was closed.", "The President", null)]
    [InlineData("Bergen said the road was closed.", "Bergen", null)]
    [InlineData("THE DA SAYS THE DOOR WAS OPEN AND THE GUN WAS GONE.", "DA", null)]
    [InlineData("local officials said the road was closed.", "local officials", null)]
    public void Adds_an_organisation_only_for_a_name_shape(string text, string speaker, string? added)
    {
        var doc = Document.Parse(new Article("t", text));
        int start = text.IndexOf(speaker, StringComparison.Ordinal);
        var result = SpeakerNames.Add(doc, [], [new TextSpan(start, start + speaker.Length)]);
        if (added is null)
        {
            result.Should().BeEmpty();
        }
        else
        {
            result.Should().ContainSingle();
            result[0].Type.Should().Be(EntityType.Org);
            result[0].Span.Of(text).Should().Be(added);
        }
    }

    [Fact]
    public void A_name_opening_with_a_given_name_is_a_person()
    {
        const string text = "Mary Lundqvar said the road was closed.";
        var doc = Document.Parse(new Article("t", text));
        var result = SpeakerNames.Add(doc, [], [new TextSpan(0, "Mary Lundqvar".Length)]);
        result.Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void A_speaker_a_mention_already_covers_adds_nothing()
    {
        var doc = Document.Parse(new Article("t", "BDMA said 300 troops were sent."));
        var known = new Mention(0, 1, new TextSpan(0, 4), EntityType.Org, 0);
        SpeakerNames.Add(doc, [known], [new TextSpan(0, 4)]).Should().Equal(known);
    }
}
