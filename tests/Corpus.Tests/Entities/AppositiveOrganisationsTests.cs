using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class AppositiveOrganisationsTests
{
    /// <summary>The rule alone, on a document whose other mentions are given by hand: each mention as "text/type".</summary>
    private static List<string> RuleAlone(string text, params (string Name, EntityType Type)[] given)
    {
        var annotated = EntityTestKit.Article("t", text, given);
        var (doc, mentions) = (annotated.Document, annotated.Mentions.ToList());
        AppositiveOrganisations.Add(doc, mentions, Gazetteer.Default);
        return mentions.OrderBy(m => m.FirstToken).Select(m => $"{m.Span.Of(text)}/{m.Type}").ToList();
    }

    [Theory]
    // A name the tagger missed, a number closing it.
    [InlineData("Later, Tern Relief 909, the regional ambulance service, said six were hurt.", "Tern Relief 909/Org")]
    // Mid-sentence, after the verb, and ended by the full stop.
    [InlineData("The boats were lent by Willet Aid, a local charity.", "Willet Aid/Org")]
    // A description headed by something else is no organisation's.
    [InlineData("Later, Maren Holt, the harbour master, said six were hurt.", "")]
    // A place the gazetteer knows stays a place.
    [InlineData("Nairobi, the capital, said nothing.", "")]
    public void A_name_described_as_a_kind_of_organisation_is_one(string text, string expected)
    {
        RuleAlone(text).Should().Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_piece_the_tagger_took_for_a_person_gives_way_to_the_whole_name()
    {
        RuleAlone("Kestrel Shipping Lines, the ferry operator, cancelled all sailings.", ("Kestrel", EntityType.Person))
            .Should().Equal("Kestrel Shipping Lines/Org");
    }

    [Fact]
    public void A_name_already_typed_as_an_organisation_or_across_the_run_is_left_alone()
    {
        RuleAlone("Kestrel Shipping Lines, the ferry operator, cancelled all sailings.", ("Shipping Lines", EntityType.Org))
            .Should().Equal("Shipping Lines/Org");
    }
}
