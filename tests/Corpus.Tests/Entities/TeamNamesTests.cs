using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class TeamNamesTests
{
    /// <summary>The rule alone, on a document whose other mentions are given by hand.</summary>
    private static List<(string, EntityType)> RuleAlone(string text, params (string Name, EntityType Type)[] given)
    {
        var annotated = EntityTestKit.Article("t", text, given);
        var (doc, mentions) = (annotated.Document, annotated.Mentions.ToList());
        PerSentence.Apply(doc, mentions, (s, local) => TeamNames.AddInSentence(doc, s, local, Gazetteer.Default));
        return mentions.Select(m => (m.Span.Of(text), m.Type)).ToList();
    }

    [Theory]
    [InlineData("Fans of the Toronto Gulls waited.", "Toronto", EntityType.Gpe, "Toronto Gulls")]
    [InlineData("The Bowling Green Comets lost.", "Bowling Green", EntityType.Person, "Bowling Green Comets")]
    [InlineData("The Montreal Herons won again.", "", EntityType.Gpe, "Montreal Herons")]
    public void A_place_and_a_title_cased_plural_name_a_team(string text, string place, EntityType type, string team)
    {
        var given = place.Length > 0 ? new[] { (place, type) } : [];
        RuleAlone(text, given).Should().Equal((team, EntityType.Org));
    }

    [Theory]
    [InlineData("She moved to Toronto Heights in May.", "Toronto")] // land, not a team
    [InlineData("The Toronto Games opened.", "Toronto")] // an event
    [InlineData("Toronto Democrats met.", "Toronto")] // a party word
    [InlineData("Ask Toronto Williams.", "Toronto")] // a surname
    [InlineData("The United States voted.", "")] // the gazetteer knows the whole name
    public void Other_plurals_after_a_place_are_left_alone(string text, string place)
    {
        var given = place.Length > 0 ? new[] { (place, EntityType.Gpe) } : [];
        RuleAlone(text, given).Should().NotContain(x => x.Item2 == EntityType.Org);
    }

    [Fact]
    public void A_person_named_with_a_plural_surname_is_not_cut()
    {
        RuleAlone("Reno Hawkins spoke.", ("Reno Hawkins", EntityType.Person)).Should().Equal(("Reno Hawkins", EntityType.Person));
    }
}
