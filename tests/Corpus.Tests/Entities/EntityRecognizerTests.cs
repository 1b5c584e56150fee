using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void The_shipped_model_and_gazetteer_are_embedded()
    {
        NerModel.Default.Should().NotBeNull();
        NerModel.Default!.LiveFeatures.Should().BeGreaterThan(100_000);
        Gazetteer.Default.Count.Should().BeGreaterThan(100_000);
    }

    [Fact]
    public void Finds_people_places_and_nationalities_in_a_news_sentence()
    {
        var found = EntityTestKit.Recognize("Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow on Monday.");
        found.Should().Contain(("Vladimir Putin", EntityType.Person));
        found.Should().Contain(("Kassym-Jomart Tokayev", EntityType.Person));
        found.Should().Contain(("Moscow", EntityType.Gpe));
        found.Should().Contain(("Russian", EntityType.Norp));
        found.Should().NotContain(x => x.Text.Contains("President"));
    }

    [Theory]
    [InlineData("It is a NATO-style pact with five members.", "NATO", EntityType.Org)]
    [InlineData("Fighting spread in eastern Ukraine last year.", "Ukraine", EntityType.Gpe)]
    [InlineData("ALMATY – Shops reopened on Monday.", "ALMATY", EntityType.Gpe)]
    [InlineData("The figures came from the Ministry of the Interior on Friday.", "Ministry of the Interior", EntityType.Org)]
    [InlineData("Kazakh authorities said the situation was under control.", "Kazakh authorities", EntityType.Org)]
    [InlineData("The German Air Force sent two planes.", "German Air Force", EntityType.Org)]
    [InlineData("Oslo police said the road was closed.", "Oslo police", EntityType.Org)]
    [InlineData("The Bergen city council met on Tuesday to approve the budget.", "Bergen city council", EntityType.Org)]
    [InlineData("Shelters were opened by the Tromso district administration overnight.", "Tromso district administration", EntityType.Org)] // the area word stays with the body
    [InlineData("Clinics stayed open, the provincial health department said on Sunday.", "provincial health department", EntityType.Org)]
    [InlineData("Gauges were read twice a day by the irrigation department.", "irrigation department", EntityType.Org)]
    [InlineData("Boats reached the old fishing village, Kestrelby, at dawn.", "Kestrelby", EntityType.Gpe)] // a name in apposition to a word for a kind of place // a field and "department" after "the"
    [InlineData("Envoys of the Organization of the North Atlantic Treaty (OTAN) gathered.", "OTAN", EntityType.Org)]
    [InlineData("The Lusk-backed Northern Harbour Alliance sent ships.", "Northern Harbour Alliance", EntityType.Org)]
    [InlineData("Canadian Secretary of State Maria Lund met the envoys.", "Maria Lund", EntityType.Person)]
    [InlineData("Deputies were called to Marrow Creek Drive after midnight.", "Marrow Creek Drive", EntityType.Loc)]
    [InlineData("The crash closed West 14th Avenue for an hour.", "West 14th Avenue", EntityType.Loc)]
    [InlineData("A truck overturned on Highway 38 near the bridge.", "Highway 38", EntityType.Loc)]
    [InlineData("The Tolland County Sheriff's Office said two men were held.", "Tolland County Sheriff's Office", EntityType.Org)]
    [InlineData("The Tolland County coroner's office named the driver.", "Tolland County coroner's office", EntityType.Org)]
    [InlineData("The case went to the Tolland County district attorney's office on Friday.", "Tolland County district attorney's office", EntityType.Org)]
    [InlineData("The Tolland County Sheriff said the boy was safe.", "Tolland County", EntityType.Gpe)] // the sheriff is a person; the county stays a place
    [InlineData("The Tolland County Attorney’s Office will review the case.", "Tolland County Attorney’s Office", EntityType.Org)]
    [InlineData("The story first ran in the Tolland Sentinel on Friday.", "Tolland Sentinel", EntityType.Org)]
    [InlineData("He was booked into the Tolland County Jail overnight.", "Tolland County Jail", EntityType.Org)]
    [InlineData("Water reached the low ground of Bergen district by dawn.", "Bergen district", EntityType.Gpe)] // a town's district is another place
    [InlineData("Envoys of the ONU arrived with the convoy.", "ONU", EntityType.Org)] // the UN's acronym in Spanish and French
    [InlineData("Shelling went on in Kandahar province overnight.", "Kandahar", EntityType.Gpe)] // a province named with its word is the province
    [InlineData("Hikers were stranded in the upper Lindal valley for a day.", "Lindal valley", EntityType.Loc)]
    [InlineData("The review first ran in The Tolland Sentinel on Friday.", "The Tolland Sentinel", EntityType.Org)] // a capital "The" inside a sentence opens the name
    public void Regression_spans_and_types(string text, string mention, EntityType type)
    {
        EntityTestKit.Recognize(text).Should().Contain((mention, type));
    }

    [Theory]
    [InlineData("The Tolland Sentinel reported the closure on Friday.", "Tolland Sentinel")] // at a sentence's start the capital says nothing
    [InlineData("The review ran in the Tolland Sentinel on Friday.", "Tolland Sentinel")]
    public void A_leading_the_stays_out_where_its_capital_says_nothing(string text, string mention)
    {
        EntityTestKit.Recognize(text).Should().Contain((mention, EntityType.Org));
    }

    // A name the tagger reads as a person or an organisation is a place where the article also names its district, lists
    // it with places, or gives its state after it.
    [Theory]
    [InlineData("Vandrick reported the first deaths on Monday. Water covered half of Vandrick district by night.", "Vandrick")]
    [InlineData("Aid reached Multan and Vostrell by noon.", "Vostrell")]
    [InlineData("Officers were called to a house in Whitfield, Calif., on Sunday.", "Whitfield")]
    [InlineData("The trial opened in Garrison, New Jersey, last week.", "Garrison")]
    [InlineData("Two men were held in Dawson, Neb., after the chase.", "Dawson")]
    [InlineData("Bennett, Ohio, police said the car was stolen.", "Bennett")]
    public void A_one_word_name_named_with_an_area_word_or_beside_places_is_a_place(string text, string name)
    {
        EntityTestKit.Recognize(text).Where(x => x.Text == name).Should().NotBeEmpty().And.OnlyContain(x => x.Type == EntityType.Gpe || x.Type == EntityType.Loc);
    }

    // "the Ministry said": a keyword alone after "the" points back to an organisation named before; it is no name itself.
    [Theory]
    [InlineData("The Ministry said the roads were closed.", "Ministry")]
    [InlineData("Later the Agency confirmed the figure.", "Agency")]
    public void A_lone_organisation_keyword_after_the_is_not_a_name(string text, string keyword)
    {
        EntityTestKit.Recognize(text).Should().NotContain(x => x.Text == keyword);
    }

    // A span the tagger calls an organisation: a title before a plain name is a person's, an organisation's words are not.
    [Theory]
    [InlineData("Commissioner Tarek Olsvik", true)]
    [InlineData("Inspector Ana Maria Lind", true)]
    [InlineData("Commissioner Health Ministry", false)]
    [InlineData("Northern Harbour Alliance", false)]
    [InlineData("Commissioner NATO Affairs", false)]
    [InlineData("Professor Tarek Olsvik", true)] // titles of teaching, sport, faith and local office ("Coach", "Pastor", "Trooper")
    [InlineData("Coach Ana Lind", true)]
    [InlineData("Pastor Ana Lind", true)]
    [InlineData("Trooper Ana Lind", true)]
    public void A_title_before_a_plain_name_makes_an_organisation_span_a_person(string span, bool person)
    {
        var tokens = Corpus.Text.Tokenizer.Tokenize(span);
        var recognizer = new EntityRecognizer(null, Gazetteer.Default);
        var type = recognizer.PersonBehindTitle(span, tokens, 0, tokens.Length, NerType.Org);
        (type == NerType.Person).Should().Be(person);
    }

    // The tagger's organisation span is only the name; the word before it says it is a person.
    [Theory]
    [InlineData("the network's correspondent Tarek Olsvik", "Tarek Olsvik", true)]
    [InlineData("the party spokesman Ana Lind", "Ana Lind", true)]
    [InlineData("the local branch Harbour Alliance", "Harbour Alliance", false)] // no role word before it
    [InlineData("the correspondent Health Ministry", "Health Ministry", false)] // an organisation's words
    public void A_plain_name_after_a_role_word_makes_an_organisation_span_a_person(string text, string name, bool person)
    {
        var tokens = Corpus.Text.Tokenizer.Tokenize(text);
        int first = Array.FindIndex(tokens, t => t.Start == text.IndexOf(name, StringComparison.Ordinal));
        var recognizer = new EntityRecognizer(null, Gazetteer.Default);
        var type = recognizer.PersonBehindTitle(text, tokens, first, tokens.Length, NerType.Org);
        (type == NerType.Person).Should().Be(person);
    }

    [Fact]
    public void A_topic_slug_before_a_dash_is_not_a_place_but_a_dateline_city_is()
    {
        var found = EntityTestKit.Recognize("Scores of the week\n\nSOCCER - Norway began the defence of their title with a win.\n\nALMATY - Shops reopened on Monday.");
        found.Should().NotContain(f => f.Text == "SOCCER");
        found.Should().Contain(("ALMATY", EntityType.Gpe));
    }

    [Fact]
    public void A_dateline_town_before_its_state_is_a_place_there_and_in_the_body()
    {
        var found = EntityTestKit.Recognize("Two hurt on the pier\n\nKELDORAVILLE, Ohio (AP) — Two men were hurt on Sunday, police said.\n\nLast year, Keldoraville recorded 11 homicides.");
        found.Should().Contain(("KELDORAVILLE", EntityType.Gpe));
        found.Should().NotContain(f => f.Text == "Keldoraville" && f.Type != EntityType.Gpe);
    }

    [Fact]
    public void A_name_in_brackets_in_a_dateline_is_the_outlet_not_a_place()
    {
        var found = EntityTestKit.Recognize("Fire on the pier\n\nBERGEN (NRK) — A fire broke out on the pier on Monday.");
        found.Should().Contain(("BERGEN", EntityType.Gpe));
        found.Should().NotContain(f => f.Text == "NRK" && f.Type == EntityType.Gpe);
    }

    [Fact]
    public void A_surname_alone_later_in_the_article_is_the_same_person()
    {
        var found = EntityTestKit.Recognize("Emomali Rahmon warned his partners on Monday.\n\nLater, Rahmon repeated the warning.");
        found.Where(f => f.Text == "Rahmon").Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void A_surname_that_is_also_a_place_stays_the_person_introduced_with_it()
    {
        var found = EntityTestKit.Recognize("Carlos Mendoza, a volunteer firefighter, worked all night. “The aftershocks keep coming,” Mendoza said.");
        found.Should().Contain(("Mendoza", EntityType.Person)).And.NotContain(("Mendoza", EntityType.Gpe));
    }

    [Fact]
    public void The_word_after_a_title_and_of_is_part_of_the_title_not_an_organisation()
    {
        EntityTestKit.Recognize("A reply from the Veskarian Secretary of State, Ilse Korhonen, came on Friday.").Should().NotContain(x => x.Text == "State");
    }

    [Fact]
    public void A_one_word_name_after_a_noun_for_an_organisation_is_that_organisation()
    {
        EntityTestKit.Recognize("Rescuers from the country's search and rescue agency Vestra said the ferry sank.").Should().Contain(("Vestra", EntityType.Org));
    }

    [Fact]
    public void Boilerplate_is_not_searched_for_names()
    {
        var found = EntityTestKit.Recognize("Quake hits north\n\nThe quake struck Lusk.\n\nRelated Posts\n\nJohn Carter is senior editor at Daily News.");
        found.Should().NotContain(f => f.Text.Contains("Carter"));
    }

    [Fact]
    public void Mentions_that_start_together_come_longer_first_whatever_order_the_rules_added_them_in()
    {
        var doc = Document.Parse(new Article("t", "The Afghan government promised calm."));
        var found = EntityRecognizer.Default.Recognize(doc);
        found.Select(m => m.Span.Of(doc.Text)).Should().Equal("Afghan government", "Afghan");
        for (int k = 1; k < found.Count; k++)
        {
            if (found[k].Span.Start == found[k - 1].Span.Start) found[k].Span.End.Should().BeLessThanOrEqualTo(found[k - 1].Span.End);
        }
    }

    [Fact]
    public void Mentions_lie_inside_the_text_in_order()
    {
        foreach (var file in TestPaths.SampleArticles())
        {
            string text = File.ReadAllText(file);
            var doc = Document.Parse(new Article("t", text));
            var mentions = EntityRecognizer.Default.Recognize(doc);
            mentions.Should().BeInAscendingOrder(m => m.Span.Start);
            mentions.Should().OnlyContain(m => m.Span.End <= text.Length && m.Span.Length > 0);
        }
    }
}
