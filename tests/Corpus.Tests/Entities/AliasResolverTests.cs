using Corpus.Entities;
using static Corpus.Tests.Entities.EntityTestKit;

namespace Corpus.Tests.Entities;

public class AliasResolverTests
{
    [Fact]
    public void Transliterations_and_surnames_of_one_person_merge_across_articles()
    {
        var entities = Resolve(
            Article("a", "Kazakh President Kassym-Jomart Tokayev spoke. Tokayev said more.", ("Kassym-Jomart Tokayev", EntityType.Person), ("Tokayev", EntityType.Person)),
            Article("b", "Kasim-Yomart Tokáyev said it. Later Tokáyev left.", ("Kasim-Yomart Tokáyev", EntityType.Person), ("Tokáyev", EntityType.Person)),
            Article("c", "The leader, Kasim Khomart Tokayev, spoke.", ("Kasim Khomart Tokayev", EntityType.Person)));
        var persons = entities.Where(e => e.Type == EntityType.Person).ToList();
        persons.Should().ContainSingle();
        persons[0].Aliases.Should().BeEquivalentTo(["Kassym-Jomart Tokayev", "Tokayev", "Kasim-Yomart Tokáyev", "Tokáyev", "Kasim Khomart Tokayev"]);
        persons[0].Mentions.Should().HaveCount(5);
    }

    // The gazetteer once gave every party and faith one shared code, which merged Democrats with Republicans.
    [Fact]
    public void Parties_and_faiths_stay_apart_while_singular_and_plural_merge()
    {
        var entities = Resolve(
            Article("a", "Republicans voted no. Democrats voted yes. A Republican spoke.", ("Republicans", EntityType.Norp), ("Democrats", EntityType.Norp), ("Republican", EntityType.Norp)),
            Article("b", "Muslims and Christians prayed together.", ("Muslims", EntityType.Norp), ("Christians", EntityType.Norp)));
        entities.Where(e => e.Type == EntityType.Norp).Should().HaveCount(4);
        entities.Single(e => e.Aliases.Contains("Republicans")).Aliases.Should().Contain("Republican");
    }

    [Fact]
    public void One_country_s_ministry_is_one_organisation_however_its_field_is_phrased()
    {
        var entities = Resolve(
            Article("a", "The Norwegian Interior Ministry said it. The Ministry of Internal Affairs agreed, and the interior ministry added more.",
                ("Norwegian Interior Ministry", EntityType.Org), ("Ministry of Internal Affairs", EntityType.Org), ("interior ministry", EntityType.Org)),
            Article("b", "The health ministry counted them.", ("health ministry", EntityType.Org)));
        var orgs = entities.Where(e => e.Type == EntityType.Org).ToList();
        orgs.Should().HaveCount(2);
        entities.Named("interior ministry").Aliases.Should().BeEquivalentTo(["Norwegian Interior Ministry", "Ministry of Internal Affairs", "interior ministry"]);
    }

    [Fact]
    public void A_ministry_without_its_country_stays_apart_when_two_countries_ministries_of_that_field_are_named()
    {
        var entities = Resolve(
            Article("a", "The Norwegian Foreign Ministry and the Swedish Foreign Ministry met. The foreign ministry spoke.",
                ("Norwegian Foreign Ministry", EntityType.Org), ("Swedish Foreign Ministry", EntityType.Org), ("foreign ministry", EntityType.Org)));
        entities.Where(e => e.Type == EntityType.Org).Should().HaveCount(3);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_apart_and_a_lone_surname_is_not_guessed_across_articles()
    {
        var entities = Resolve(
            Article("a", "John Smith met Jane Smith.", ("John Smith", EntityType.Person), ("Jane Smith", EntityType.Person)),
            Article("b", "Smith declined to comment.", ("Smith", EntityType.Person)));
        entities.Where(e => e.Type == EntityType.Person).Should().HaveCount(3);
        entities.Named("John Smith").Should().NotBeSameAs(entities.Named("Jane Smith"));
    }

    [Fact]
    public void Within_an_article_a_surname_joins_the_nearest_preceding_full_name()
    {
        var entities = Resolve(Article("a", "John Smith arrived. Later Jane Smith arrived. Smith said hello.",
            ("John Smith", EntityType.Person), ("Jane Smith", EntityType.Person), ("Smith", EntityType.Person)));
        entities.Named("Jane Smith").Mentions.Should().HaveCount(2);
        entities.Named("John Smith").Mentions.Should().ContainSingle();
    }

    [Fact]
    public void A_given_name_alone_joins_the_full_name_in_the_same_article()
    {
        var entities = Resolve(Article("a", "Kassym-Jomart Tokayev spoke. Putin called him Kemal instead of Kassym-Jomart.",
            ("Kassym-Jomart Tokayev", EntityType.Person), ("Putin", EntityType.Person), ("Kassym-Jomart", EntityType.Person)));
        entities.Named("Kassym-Jomart Tokayev").Aliases.Should().Contain("Kassym-Jomart");
    }

    [Fact]
    public void Acronyms_merge_with_their_expansion_in_order_or_in_a_foreign_word_order()
    {
        var entities = Resolve(
            Article("a", "The Collective Security Treaty Organization (CSTO) met. The CSTO agreed.",
                ("Collective Security Treaty Organization", EntityType.Org), ("CSTO", EntityType.Org), ("CSTO", EntityType.Org)),
            Article("b", "Delegates of the Organisation of the Collective Security Treaty met again.",
                ("Organisation of the Collective Security Treaty", EntityType.Org)),
            Article("c", "The Collective Security Treaty Organisation said so.", ("Collective Security Treaty Organisation", EntityType.Org)));
        entities.Where(e => e.Type == EntityType.Org).Should().ContainSingle()
            .Which.Aliases.Should().BeEquivalentTo(["Collective Security Treaty Organization", "CSTO", "Organisation of the Collective Security Treaty", "Collective Security Treaty Organisation"]);
    }

    [Fact]
    public void An_acronym_in_a_foreign_word_order_merges_with_the_expansion()
    {
        var entities = Resolve(
            Article("a", "The North Atlantic Treaty Organization met in Brussels.", ("North Atlantic Treaty Organization", EntityType.Org)),
            Article("b", "Envoys of the Organization of the North Atlantic Treaty (OTAN) gathered.",
                ("Organization of the North Atlantic Treaty", EntityType.Org), ("OTAN", EntityType.Org)));
        entities.Where(e => e.Type == EntityType.Org).Should().ContainSingle()
            .Which.Aliases.Should().BeEquivalentTo(["North Atlantic Treaty Organization", "Organization of the North Atlantic Treaty", "OTAN"]);
    }

    [Fact]
    public void Ministries_named_in_either_word_order_merge()
    {
        var entities = Resolve(
            Article("a", "According to the Interior Ministry, it rose.", ("Interior Ministry", EntityType.Org)),
            Article("b", "According to the Ministry of the Interior, it rose.", ("Ministry of the Interior", EntityType.Org)));
        entities.Should().ContainSingle();
    }

    [Fact]
    public void Country_abbreviations_merge_with_the_country_and_cities_do_not()
    {
        var entities = Resolve(
            Article("a", "The US and the United States and Almaty and Kazakhstan.",
                ("US", EntityType.Gpe), ("United States", EntityType.Gpe), ("Almaty", EntityType.Gpe), ("Kazakhstan", EntityType.Gpe)));
        entities.Should().HaveCount(3);
        entities.Named("US").Should().BeSameAs(entities.Named("United States"));
    }

    [Fact]
    public void An_area_named_only_with_its_area_word_is_also_known_by_the_bare_name()
    {
        var entities = Resolve(Article("a", "Troops moved into the Varna region.", ("Varna region", EntityType.Loc)));
        entities.Named("Varna region").Aliases.Should().BeEquivalentTo(["Varna region", "Varna"]);
    }

    [Fact]
    public void An_area_keeps_apart_from_the_town_it_is_named_after_and_does_not_take_its_name()
    {
        var entities = Resolve(Article("a", "Floods hit Varna district. In Varna itself the river held.",
            ("Varna district", EntityType.Gpe), ("Varna", EntityType.Gpe)));
        entities.Should().HaveCount(2);
        entities.Named("Varna district").Aliases.Should().BeEquivalentTo(["Varna district"]);
    }

    [Fact]
    public void Two_romanizations_of_a_place_name_merge_across_articles()
    {
        var entities = Resolve(
            Article("a", "Rain fell across Varkhand Pashtunistova overnight.", ("Varkhand Pashtunistova", EntityType.Gpe)),
            Article("b", "Roads in Varkhand Pashtounistova were shut.", ("Varkhand Pashtounistova", EntityType.Gpe)));
        entities.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Gambia", "Zambia")] // one word: too little to tell a spelling from another place
    [InlineData("North Varkhand", "South Varkhand")] // the words that differ are different words
    public void Places_whose_names_differ_by_more_than_a_spelling_stay_apart(string one, string other)
    {
        var entities = Resolve(
            Article("a", $"Aid went to {one}.", (one, EntityType.Gpe)),
            Article("b", $"Aid went to {other}.", (other, EntityType.Gpe)));
        entities.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Harwick County Sheriff's Office", "Sheriff's Office")]
    [InlineData("Harwick County Sheriff’s Office", "Sheriff’s Office")]
    [InlineData("Harwick Metropolitan Police Department", "Metropolitan Police Department")]
    [InlineData("Harwick Police Department", "Harwick police")]
    [InlineData("Harwick Metropolitan Police Department", "Harwick police")]
    public void A_shortened_organisation_name_in_the_article_of_its_full_name_is_that_organisation(string full, string shortened)
    {
        var entities = Resolve(Article("a", $"The {full} said so. Later the {shortened} added more.", (full, EntityType.Org), (shortened, EntityType.Org)));
        entities.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Harwick University School of Law", "Harwick University")] // a part is not the whole
    [InlineData("Harwick Caucus PAC", "Harwick Caucus")]
    public void An_organisation_is_not_merged_with_a_longer_name_that_adds_another_head(string full, string shortened)
    {
        var entities = Resolve(Article("a", $"The {full} said so. Later the {shortened} added more.", (full, EntityType.Org), (shortened, EntityType.Org)));
        entities.Should().HaveCount(2);
    }

    [Fact]
    public void A_shortened_name_fitting_two_full_names_or_named_in_another_article_stays_apart()
    {
        Resolve(Article("a", "The Harwick Police Department and the Lusk Police Department met. The Police Department said no.",
            ("Harwick Police Department", EntityType.Org), ("Lusk Police Department", EntityType.Org), ("Police Department", EntityType.Org)))
            .Should().HaveCount(3);
        Resolve(
            Article("a", "The Harwick County Sheriff's Office said so.", ("Harwick County Sheriff's Office", EntityType.Org)),
            Article("b", "The Sheriff's Office said no.", ("Sheriff's Office", EntityType.Org)))
            .Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Fla", "Florida")]
    [InlineData("TN", "Tennessee")]
    [InlineData("Lake Co.", "Lake County")]
    [InlineData("NYC", "New York City")]
    [InlineData("Ft. Lauderdale", "Fort Lauderdale")]
    public void A_place_s_abbreviation_merges_with_its_full_name(string shortForm, string full)
    {
        var entities = Resolve(
            Article("a", $"It happened in {shortForm} last week.", (shortForm, EntityType.Gpe)),
            Article("b", $"Police in {full} said so.", (full, EntityType.Gpe)));
        entities.Should().ContainSingle();
        entities[0].Name.Should().Be(full);
    }

    [Fact]
    public void A_postal_code_that_is_also_a_city_s_short_name_is_not_expanded()
    {
        var entities = Resolve(
            Article("a", "It happened in LA last week.", ("LA", EntityType.Gpe)),
            Article("b", "Police in Louisiana said so.", ("Louisiana", EntityType.Gpe)));
        entities.Should().HaveCount(2);
    }

    [Fact]
    public void An_international_organisation_s_acronym_in_another_language_is_that_organisation()
    {
        var entities = Resolve(
            Article("a", "The World Food Programme sent flour.", ("World Food Programme", EntityType.Org)),
            Article("b", "A director of the PAM said so. The PAM will stay.", ("PAM", EntityType.Person), ("PAM", EntityType.Person)));
        entities.Should().ContainSingle();
        entities[0].Type.Should().Be(EntityType.Org);
        entities[0].Name.Should().Be("World Food Programme");
    }

    [Fact]
    public void A_given_name_spelled_like_a_foreign_acronym_stays_a_person()
    {
        var entities = Resolve(
            Article("a", "The World Food Programme sent flour.", ("World Food Programme", EntityType.Org)),
            Article("b", "Pam Ellery said so.", ("Pam Ellery", EntityType.Person)),
            Article("c", "Pam said so.", ("Pam", EntityType.Person)));
        entities.Where(e => e.Type == EntityType.Person).Should().HaveCount(2);
    }

    [Fact]
    public void A_place_named_by_the_words_before_its_head_in_the_same_article_is_that_place()
    {
        Resolve(Article("a", "The crash closed Marrow Creek Drive. Marrow Creek reopened at noon.",
            ("Marrow Creek Drive", EntityType.Loc), ("Marrow Creek", EntityType.Gpe))).Should().ContainSingle();
        // A town is not the police named after it, and another article's street is another matter.
        Resolve(Article("a", "Harwick Police said so in Harwick.", ("Harwick Police", EntityType.Org), ("Harwick", EntityType.Gpe))).Should().HaveCount(2);
        Resolve(
            Article("a", "The crash closed Marrow Creek Drive.", ("Marrow Creek Drive", EntityType.Loc)),
            Article("b", "Marrow Creek reopened at noon.", ("Marrow Creek", EntityType.Gpe))).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Harwick Metro Police", "HMPD")] // a police force's acronym adds its Department
    [InlineData("Ohio Department of Ferry Services", "DFS")] // a state body's acronym leaves out the state
    public void An_acronym_matches_the_forms_news_makes_it_from(string full, string acronym)
    {
        var entities = Resolve(
            Article("a", $"The {full} said so.", (full, EntityType.Org)),
            Article("b", $"The {acronym} said so.", (acronym, EntityType.Org)));
        entities.Should().ContainSingle();
    }

    [Fact]
    public void A_state_named_by_its_nationality_is_one_entity()
    {
        var entities = Resolve(
            Article("a", "Kazakh authorities said so. Kazakh officials agreed.", ("Kazakh authorities", EntityType.Org), ("Kazakh officials", EntityType.Org)),
            Article("b", "The Kazakh government said so.", ("Kazakh government", EntityType.Org)));
        entities.Should().ContainSingle();
    }

    [Fact]
    public void Entity_ids_and_order_follow_first_mention()
    {
        var entities = Resolve(
            Article("a", "Russia and Putin.", ("Russia", EntityType.Gpe), ("Putin", EntityType.Person)),
            Article("b", "Putin and Almaty.", ("Putin", EntityType.Person), ("Almaty", EntityType.Gpe)));
        entities.Select(e => (e.Id, e.Name)).Should().Equal(("e1", "Russia"), ("e2", "Putin"), ("e3", "Almaty"));
    }

    // A place named before a street's head is the street's short form; before a river's or a park's it is another place.
    [Fact]
    public void The_words_before_a_river_name_another_place_than_the_river()
    {
        var entities = Resolve(Article("a", "Lusk flooded when the Lusk River rose. Crews on Harlow Avenue said Harlow was closed.",
            ("Lusk", EntityType.Gpe), ("Lusk River", EntityType.Loc), ("Harlow Avenue", EntityType.Loc), ("Harlow", EntityType.Loc)));
        entities.Named("Lusk River").Aliases.Should().NotContain("Lusk");
        entities.Named("Harlow Avenue").Aliases.Should().Contain("Harlow");
    }
}
