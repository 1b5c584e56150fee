using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class KeywordOrganisationsTests
{
    [Theory]
    [InlineData("She taught at Pellam Ridge High School for ten years.", "Pellam Ridge High School")]
    [InlineData("Patients were moved to Lusk City Hospital overnight.", "Lusk City Hospital")]
    [InlineData("He read history at the University of Cambridge.", "University of Cambridge")]
    [InlineData("The motion passed in the Legislative Assembly of Ontario on Tuesday.", "Legislative Assembly of Ontario")]
    [InlineData("The Veskarian Computer Society met in May.", "Veskarian Computer Society")]
    [InlineData("The band signed with Tallow Creek Records last spring.", "Tallow Creek Records")]
    [InlineData("She studied at the Harnett Institute for Coastal Studies.", "Harnett Institute for Coastal Studies")]
    [InlineData("He was elected for the Rural Unity Party in 2019.", "Rural Unity Party")]
    public void A_capitalized_name_headed_by_an_organisation_keyword_is_one_organisation(string text, string name)
    {
        EntityTestKit.Recognize(text).Should().Contain((name, EntityType.Org));
    }

    /// <summary>The rule alone, on a document whose other mentions are given by hand.</summary>
    private static List<string> RuleAlone(string text, params (string Name, EntityType Type)[] given)
    {
        var annotated = EntityTestKit.Article("t", text, given);
        var (doc, mentions) = (annotated.Document, annotated.Mentions.ToList());
        KeywordOrganisations.Add(doc, mentions, Gazetteer.Default);
        return mentions.Where(m => m.Type == EntityType.Org).Select(m => m.Span.Of(text)).ToList();
    }

    [Theory]
    [InlineData("Two delegates of the European Union arrived.", "European Union")]
    [InlineData("Representatives of the Lusk Farmers Union arrived.", "Lusk Farmers Union")]
    [InlineData("Crews from the Lusk Volunteer Fire Brigade and the Harbour Police arrived.", "Lusk Volunteer Fire Brigade,Harbour Police")]
    [InlineData("Lusk Hit By Floods As City Council Meets", "")] // a title-cased headline
    [InlineData("Fast Service", "")] // a review's title
    [InlineData("LUSK CITY COUNCIL MEETS.", "")] // all capitals say nothing
    [InlineData("Fans packed the Harbour Center for the final.", "")] // a venue, as often as not
    [InlineData("The Soviet Union collapsed.", "")] // a country the gazetteer knows
    [InlineData("Officials of the Police Department spoke.", "")] // no name beside the keywords
    [InlineData("The Lusk Commission on Coastal Erosion met.", "Lusk Commission on Coastal Erosion")] // "on" opens its subject
    [InlineData("The Lusk Commission on Tuesday met.", "Lusk Commission")] // not a time
    [InlineData("A report by the Lusk Commission on the Harbour Plan came out.", "Lusk Commission")] // nor, with "the", the matter at hand
    public void The_rule_finds_exactly_these(string text, string names)
    {
        RuleAlone(text).Should().Equal(names.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_team_after_for_is_not_part_of_the_name()
    {
        RuleAlone("The title of the Veskarian Super League went to Dravograd for Ostrava Rangers.", ("Ostrava Rangers", EntityType.Org))
            .Should().Equal("Ostrava Rangers", "Veskarian Super League");
    }

    [Fact]
    public void A_name_is_not_cut_in_two()
    {
        RuleAlone("Lusk River Bank Holdings of Ostrava reported.", ("Lusk River Bank", EntityType.Loc)).Should().Equal("Lusk River Bank Holdings of Ostrava");
        RuleAlone("They met on Old Lusk Harbour School Road.", ("Harbour School Road", EntityType.Loc)).Should().BeEmpty();
    }

    [Fact]
    public void A_person_before_the_name_is_left_out_of_it()
    {
        var found = EntityTestKit.Recognize("Reporter Anna Kirsch of the Lusk Evening Times wrote the story.");
        found.Should().Contain(("Anna Kirsch", EntityType.Person));
        found.Should().NotContain(x => x.Type == EntityType.Org && x.Text.Contains("Kirsch"));
    }

    [Theory]
    [InlineData("Fees at the Maren Holt Society rose.", "Maren Holt", "Maren Holt Society")]
    [InlineData("She was taken to Edda Vinter Memorial Hospital.", "Edda Vinter", "Edda Vinter Memorial Hospital")]
    public void A_person_the_keyword_follows_directly_names_the_organisation(string text, string person, string name)
    {
        RuleAlone(text, (person, EntityType.Person)).Should().Equal(name);
    }

    [Theory]
    [InlineData("Fees at the Maren Holt Society rose.", "Maren Holt Society")]
    [InlineData("She was taken to Edda Vinter Memorial Hospital.", "Edda Vinter Memorial Hospital")]
    public void A_person_the_tagger_ran_on_into_the_keyword_is_the_organisation(string text, string name)
    {
        RuleAlone(text, (name, EntityType.Person)).Should().Equal(name);
    }

    [Fact]
    public void A_person_whose_surname_is_the_keyword_stays_a_person()
    {
        RuleAlone("Rear Admiral Tomas Church spoke.", ("Tomas Church", EntityType.Person)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Kids played in Tern Hollow Park all day.", "Tern Hollow Park")]
    [InlineData("The dam raised Willet Brook by a foot.", "Willet Brook")]
    public void A_run_ended_by_the_head_of_a_park_or_water_is_a_place(string text, string place)
    {
        EntityTestKit.Recognize(text).Should().Contain((place, EntityType.Loc));
    }

    [Fact]
    public void A_park_named_after_a_person_is_a_place_but_a_titled_person_stays_a_person()
    {
        var annotated = EntityTestKit.Article("t", "Crowds filled Maren Holt Park. Then President Park spoke.", ("Maren Holt Park", EntityType.Person), ("Park", EntityType.Person));
        var (doc, mentions) = (annotated.Document, annotated.Mentions.ToList());
        KeywordOrganisations.Add(doc, mentions, Gazetteer.Default);
        mentions.Select(m => (m.Span.Of(doc.Text), m.Type)).Should().BeEquivalentTo(new[] { ("Maren Holt Park", EntityType.Loc), ("Park", EntityType.Person) });
    }
}
