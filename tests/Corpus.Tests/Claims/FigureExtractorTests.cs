using System.Globalization;
using Corpus.Claims;
using Corpus.Text;

namespace Corpus.Tests.Claims;

public class FigureExtractorTests
{
    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    private static List<Figure> Figures(string body) =>
        Analyzer.Analyze([new Article("t", "Storm hits the coast of Norway\n\n" + body)]).Figures.ToList();

    private static string Describe(Figure f)
    {
        static string N(double? d) => d is { } v ? v.ToString(CultureInfo.InvariantCulture) : "-";
        return $"{f.Metric}|{N(f.Value)}|{N(f.Low)}|{N(f.High)}|{Corpus.Reports.JsonReport.QualifierName(f.Qualifier)}|{f.Location ?? "-"}|{f.Source ?? "-"}|{(f.Status == FigureStatus.Retracted ? "retracted" : "asserted")}";
    }

    // body ⇒ "metric|value|low|high|qualifier|location|source|status" per figure.
    public static TheoryData<string, string[]> Cases => new()
    {
        { "At least 40 people were killed in Bergen, police said.", ["killed|40|-|-|at-least|Bergen|police|asserted"] },
        { "More than 300 were injured, according to the Health Ministry.", ["injured|300|-|-|more-than|Norway|Health Ministry|asserted"] },
        { "Police detained almost 80 looters in Oslo.", ["arrested|80|-|-|almost|Oslo|Police|asserted"] },
        { "About 1,200 troops were deployed to Bergen.", ["troops|1200|-|-|about|Norway|-|asserted"] },
        { "The navy sent 14 helicopters and 300 soldiers.", ["aircraft|14|-|-|exact|Norway|The navy|asserted", "troops|300|-|-|exact|Norway|The navy|asserted"] },
        { "Dozens are feared to have been killed in the floods.", ["killed|-|24|99|range|Norway|-|asserted"] },
        { "The death toll rose to 231 on Friday.", ["killed|231|-|-|exact|Norway|-|asserted"] },
        { "The storm has claimed the lives of 57 people.", ["killed|57|-|-|exact|Norway|-|asserted"] },
        { "Up to 40 fishermen remain missing.", ["missing|40|-|-|at-most|Norway|-|asserted"] },
        { "Almost 15,000 people have been displaced.", ["displaced|15000|-|-|almost|Norway|-|asserted"] },
        { "Four armed men stormed the building.", ["combatants|4|-|-|exact|Norway|-|asserted"] },
        { "Thousands of militants crossed the border.", ["combatants|-|2000|9999|range|Norway|-|asserted"] },
        { "A dozen police officers and soldiers were killed.", ["killed|12|-|-|exact|Norway|-|asserted"] },
        { "Officials estimate the number of wounded at 900.", ["injured|900|-|-|about|Norway|Officials|asserted"] },
        { "The Health Ministry published and then withdrew a statement saying 90 people had died, including 30 in Bergen.",
            ["killed|90|-|-|exact|Norway|Health Ministry|retracted", "killed|30|-|-|exact|Bergen|Health Ministry|retracted"] },
        { "The government withdrew 2,000 troops from the north.", ["troops|2000|-|-|exact|Norway|The government|asserted"] },
        // The figure that replaces a withdrawn one is asserted.
        { "Police said 31 people were arrested, but later withdrew the figure and said 19 had been held.",
            ["arrested|31|-|-|exact|Norway|Police|retracted", "arrested|19|-|-|exact|Norway|Police|asserted"] },
        { "The ministry revised the death toll from 50 to 45.", ["killed|50|-|-|exact|Norway|The ministry|retracted", "killed|45|-|-|exact|Norway|The ministry|asserted"] },
        // "held" in the passive is custody; talks held are a counted thing of their own (other).
        { "Police said 19 people had been held overnight, and 12 talks were held.", ["arrested|19|-|-|exact|Norway|Police|asserted", "other|12|-|-|exact|Norway|Police|asserted"] },
        // A capital speaks for its country when the article names no country ("French" is a language here).
        { "BAMAKO — The bloc, known by its French acronym, said 800 soldiers had landed in Bamako and Bamako's airport. Earlier the toll stood at 12.",
            ["troops|800|-|-|exact|Bamako|-|asserted", "killed|12|-|-|exact|Mali|-|asserted"] },
        { "The number of people killed in the storm off Bergen has reached 30, the minister said.", ["killed|30|-|-|exact|Norway|the minister|asserted"] },
        { "Mayor Kari Holm spoke in Bergen. She later deleted a post that put the death toll at 30.", ["killed|30|-|-|exact|Norway|Kari Holm|retracted"] },
        { "Earlier reports of two deaths were wrong, officials said.", ["killed|2|-|-|exact|Norway|officials|retracted"] },
        // A place before the number: continued by "where", opening the sentence, or inside a toll's subject.
        { "Rescuers searched the rubble in Bergen, where 31 of the deaths were recorded.", ["killed|31|-|-|exact|Bergen|-|asserted"] },
        { "In Bergen alone, at least 38 people died.", ["killed|38|-|-|at-least|Bergen|-|asserted"] },
        { "The death toll from Tuesday's storm in western Bergen has risen to 60.", ["killed|60|-|-|exact|Bergen|-|asserted"] },
        { "Officials in Bergen, who met on Monday, said 12 people were hurt.", ["injured|12|-|-|exact|Norway|Officials in Bergen|asserted"] },
        // A bare count listed after a figure counts what that figure counts.
        { "The flood left 60 dead: 25 in Bergen, 14 in Lusk and the rest elsewhere.", ["killed|60|-|-|exact|Norway|-|asserted", "killed|25|-|-|exact|Bergen|-|asserted", "killed|14|-|-|exact|Lusk|-|asserted"] },
        // A correction notice: the sentence after a figure says it was wrong, and gives the right one.
        { "An earlier report said 52 people were arrested. That was wrong. Police arrested 25 people.", ["arrested|52|-|-|exact|Norway|-|retracted", "arrested|25|-|-|exact|Norway|Police|asserted"] },
        { "An earlier report said 52 people were arrested. The arrests went on all night. That was wrong.", ["arrested|52|-|-|exact|Norway|-|asserted"] },
        // "Of the N deaths in X, M were in Y": M is a count of the same thing.
        { "Of the 19 deaths in Bergen, 11 were in the old town.", ["killed|19|-|-|exact|Bergen|-|asserted", "killed|11|-|-|exact|Bergen|-|asserted"] },
        // A place that is the subject of the count's verb is its place.
        { "Bergen district has lost 22 people, and Oslo, where the river broke its banks, counts the rest.", ["killed|22|-|-|exact|Bergen district|-|asserted"] },
        // A metric word right after each number of a list decides its metric.
        { "The count stood at 80 dead, 35 missing and 120 injured.", ["killed|80|-|-|exact|Norway|-|asserted", "missing|35|-|-|exact|Norway|-|asserted", "injured|120|-|-|exact|Norway|-|asserted"] },
        // A count restated in the same article is one figure: withdrawn when the article withdraws it anywhere.
        { "The agency first put the toll at 40. Later it withdrew the figure of 40 deaths.", ["killed|40|-|-|exact|Norway|The agency|retracted"] },
        // ... and so is one restated with another noun of the same class ("people", "victims").
        { "Three people were shot dead in Bergen on Monday. Three of the victims died at the scene.", ["killed|3|-|-|exact|Bergen|-|asserted"] },
        // "both" counts two when it determines a casualty; "both sides" counts nothing.
        { "Both riders died at the scene.", ["killed|2|-|-|exact|Norway|-|asserted"] },
        { "Both sides signed the accord.", [] },
        // Ages joined by "and" are ages.
        { "The family's two boys, ages 4 and 9, were unhurt.", [] },
        // Not figures: ages, years, durations, money, percentages, counts of nothing in particular.
        { "Mayor Ingrid Dahl, 58, has led the city since 2019.", [] },
        { "Turnout fell 5% in 2024.", [] },
        { "The dam is 30 years old and 40 km long.", [] },
        { "Six countries sent aid over three days.", [] },
        // An active verb right before a number names its metric whatever the parse hung it on; a part's predicate after
        // "including" is not the whole's; the whole of a set already named ("three of the five crew") is no new count.
        { "A driver lost control on a pier in Bergen, killing two people and injuring six more.", ["killed|2|-|-|exact|Norway|-|asserted", "injured|6|-|-|exact|Norway|-|asserted"] },
        { "Four people were struck in Bergen, including a boy killed.", ["other|4|-|-|exact|Bergen|-|asserted"] },
        { "Three of the five crew who sailed from Bergen died.", ["killed|3|-|-|exact|Norway|-|asserted"] },
        // "no" makes a zero count, and so does "any" under a negated verb.
        { "No arrests were made in Bergen.", ["arrested|0|-|-|exact|Bergen|-|asserted"] },
        { "Police in Bergen have not made any arrests.", ["arrested|0|-|-|exact|Bergen|Police in Bergen|asserted"] },
        { "Police in Bergen asked whether any arrests were made.", [] },
        // "lives" counts the dead only right after its number; a unit or a number that names counts nothing.
        { "One man who lives near the pier said the storm was loud.", [] },
        { "Officers found a 40 caliber pistol and told 911 dispatchers to send help.", [] },
        // "the service" is the organisation an earlier sentence described as one between commas.
        { "The Norwegian Red Cross, the country's main relief service, opened shelters. The service had 45 boats out.", ["other|45|-|-|exact|Norway|Norwegian Red Cross|asserted"] },
        // Officers or rescuers who arrive, respond or work at a scene are a deployment.
        { "More than 40 officers arrived at the pier in Bergen.", ["troops|40|-|-|more-than|Bergen|-|asserted"] },
        // A building, a street or where the hurt were taken is not a count's place: the article's place stands.
        { "Two people were hurt at Fjordside Hospital.", ["injured|2|-|-|exact|Norway|-|asserted"] },
        { "Two people were hurt in a crash on Kaiveien Avenue.", ["injured|2|-|-|exact|Norway|-|asserted"] },
        { "Two people were hurt at the Lusk barber shop.", ["injured|2|-|-|exact|Norway|-|asserted"] },
        { "Two people were hurt and taken in serious condition to Lusk.", ["injured|2|-|-|exact|Norway|-|asserted"] },
        // a place named in apposition to a word for its kind, opening the sentence
        { "In the provincial capital, Larnby, 22 people died.", ["killed|22|-|-|exact|Larnby|-|asserted"] },
        // those who flee their homes are displaced; suspects who flee are not
        { "About 3,000 residents fled the rising water.", ["displaced|3000|-|-|about|Norway|-|asserted"] },
        { "Two suspects fled on foot.", ["other|2|-|-|exact|Norway|-|asserted"] },
        // a fraction is a part of a count, no count of its own
        { "Two-thirds of the 300 homes in Bergen were flooded.", ["other|300|-|-|exact|Bergen|-|asserted"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_figures_with_metric_qualifier_location_source_and_status(string body, string[] expected)
    {
        Figures(body).Select(Describe).Should().Equal(expected);
    }

    // A figure whose clause names no place: a scope word gives the article's state or country, a provincial or local
    // source its jurisdiction, else the article's main place; and where the place came from is recorded.
    [Theory]
    [InlineData("The statewide death toll rose to 12.", "Bavaria", FigurePlaceFrom.Scope)]
    [InlineData("Nationwide, 30 people were killed.", "Germany", FigurePlaceFrom.Scope)]
    [InlineData("The Provincial Rescue Authority, in a statement read out to reporters at its offices, said 12 people were killed.", "Bavaria", FigurePlaceFrom.Source)]
    [InlineData("Munich police said 12 people were arrested.", "Munich", FigurePlaceFrom.Source)]
    [InlineData("At least 12 people were killed, officials said.", "Germany", FigurePlaceFrom.Article)]
    [InlineData("At least 12 people were killed in Augsburg, officials said.", "Augsburg", FigurePlaceFrom.Text)]
    [InlineData("Officials said 12 people died in Augsburg and 30 across the state.", "Bavaria", FigurePlaceFrom.Scope)] // the scope beats the place of the count before
    public void A_figure_without_a_place_of_its_own_takes_its_scope_source_or_article_place(string sentence, string location, FigurePlaceFrom from)
    {
        string body = "Storms swept across Bavaria in southern Germany on Sunday. In Munich, trees fell on cars. Munich was hit hardest, and Munich's mayor called for calm. " + sentence;
        var f = Analyzer.Analyze([new Article("t", "Storms in Bavaria\n\n" + body)]).Figures.Last();
        (f.Location, f.PlaceFrom).Should().Be((location, from));
    }

    // A count placed nowhere in an article that names several towns of one region, and the region more than once, counts
    // for the region; an article about one town, its state beside it, keeps the town.
    [Theory]
    [InlineData("Storms crossed Bavaria on Sunday. Trees fell in Augsburg and Nuremberg. In Augsburg, roofs were torn off; in Nuremberg and Regensburg, cars were crushed, and Augsburg's mayor asked for help. A bridge gave way in Passau and Regensburg. Bavaria's premier called for calm. At least 12 people were killed, officials said.", "Bavaria")]
    [InlineData("Storms crossed Munich on Sunday. Trees fell in Munich, roofs were torn off in Munich, and a bridge gave way in Munich, Bavaria. Bavaria's premier called for calm. At least 12 people were killed, officials said.", "Munich")]
    public void A_count_placed_nowhere_in_a_story_of_several_towns_counts_for_their_region(string body, string location)
    {
        var f = Analyzer.Analyze([new Article("t", "Storms\n\n" + body)]).Figures.Last();
        (f.Location, f.PlaceFrom).Should().Be((location, FigurePlaceFrom.Article));
    }

    [Theory]
    [InlineData("YONKERS, NY (AP) - A gunman opened fire at a bar. No arrests have been made.")]
    [InlineData("Police in Yonkers, NY, are looking for a gunman. No arrests have been made.")]
    public void A_state_written_after_its_town_says_which_town_and_takes_no_vote_of_its_own(string body)
    {
        var f = Analyzer.Analyze([new Article("t", "Gunman sought\n\n" + body)]).Figures.Last();
        f.Location.Should().BeEquivalentTo("Yonkers");
        f.PlaceFrom.Should().Be(FigurePlaceFrom.Article);
    }

    // Counts joined by "and" share the place after the last; a site the town's name modifies after "a" lies in that town; a
    // part after "including" keeps its own place.
    [Theory]
    [InlineData("Police in Augsburg said two people were killed and four wounded at a Hamburg barber shop.", "Hamburg", "Hamburg")]
    [InlineData("Police in Augsburg said the storm killed 300 people, including 140 in Munich.", "Augsburg", "Munich")]
    public void Counts_joined_by_and_share_the_place_after_the_last(string sentence, string first, string second)
    {
        var figures = Analyzer.Analyze([new Article("t", "Shooting\n\n" + sentence)]).Figures;
        figures.Select(f => f.Location).Should().Equal(first, second);
    }

    [Fact]
    public void A_bulleted_item_counts_where_its_lead_in_says_and_for_whose_report()
    {
        string body = "The Coastal Rescue Agency's evening report is out. The numbers for Bergen:\n- 40 people rescued since Monday\n- 12 houses destroyed and 30 damaged\nMore rain is expected.";
        var figures = Figures(body);
        figures.Select(f => $"{f.Value}|{f.Location}|{f.Source}|{f.Attribution}").Should().Equal(
            "40|Bergen|Coastal Rescue Agency|list-lead-in", "12|Bergen|Coastal Rescue Agency|list-lead-in", "30|Bergen|Coastal Rescue Agency|list-lead-in");
    }

    // What happened to a count of other things is its verb or participle; a light verb says nothing.
    [Theory]
    [InlineData("The bulletin counted 410 barns destroyed and 960 damaged.", "barn:destroy|barn:damage")]
    [InlineData("Rescuers have pulled 87 people from the water.", "person:pull")]
    [InlineData("The service has 45 boats in the area.", "boat:-")]
    public void A_count_of_other_things_carries_what_happened_to_it(string body, string expected)
    {
        string.Join('|', Figures(body).Where(f => f.Metric == "other").Select(f => $"{f.Counted}:{f.Predicate ?? "-"}")).Should().Be(expected);
    }

    [Fact]
    public void A_figure_points_at_its_quantity_and_sentence_in_the_original_text()
    {
        const string body = "Officials said at least 40 people were killed.";
        var result = Analyzer.Analyze([new Article("t", "Title line\n\n" + body)]);
        var f = result.Figures.Single();
        string text = "Title line\n\n" + body;
        text[f.Span.Start..f.Span.End].Should().Be("at least 40");
        text[f.Sentence.Start..f.Sentence.End].Should().Be(body);
        f.Text.Should().Be(body);
    }

    [Fact]
    public void Counted_things_and_their_counted_noun_come_from_the_parse_and_not_without_it()
    {
        const string body = "Volunteers carried 40 ladders to the dike, the council said.";
        var withSyntax = Figures(body).Single();
        withSyntax.Metric.Should().Be("other");
        withSyntax.Counted.Should().Be("ladder");
        withSyntax.Attribution.Should().Be("reporting-clause");

        var plain = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 1, ClaimsFromSyntax = false });
        plain.Analyze([new Article("t", "Storm hits the coast of Norway\n\n" + body)]).Figures.Should().BeEmpty();
    }

    [Fact]
    public void Two_level_attribution_keeps_the_cited_source()
    {
        var f = Figures("The relief agency, citing the health ministry, said 40 people died.").Single();
        f.Metric.Should().Be("killed");
        f.Source.Should().Contain("agency");
        f.CitedSource.Should().Be("health ministry");
    }

    [Theory]
    [InlineData("Police said the stabbing was the town's 14th homicide this year.", "killed|14")]
    [InlineData("She is the third Millbrook resident to be killed so far.", "killed|3")]
    [InlineData("He was the 21st person killed in the district since March.", "killed|21")]
    [InlineData("It was the second day of the killings, officials said.", "")] // no death counted
    [InlineData("Police said it was the town's 14th homicide.", "")] // no period the total runs over
    public void An_ordinal_running_total_of_deaths_is_a_figure(string body, string expected)
    {
        Figures(body).Select(f => $"{f.Metric}|{f.Value}").Should().Equal(expected.Length == 0 ? [] : [expected]);
    }

    [Theory]
    [InlineData("Two homicide detectives arrived at the house this year.")]
    [InlineData("Three hospital workers joined the search.")]
    public void A_noun_compound_names_a_kind_of_person_not_what_happened_to_them(string body)
    {
        Figures(body).Should().NotContain(f => f.Metric == "killed" || f.Metric == "injured");
    }

    [Theory]
    [InlineData("One of the wounded has died, the hospital said.", "killed|1")] // what happened to the part, not what names the whole
    [InlineData("One of the injured was taken into custody.", "arrested|1")]
    [InlineData("One of them started shouting at the crowd.", "")] // one of a set is no count of other things
    public void One_of_a_set_counts_what_happened_to_it(string body, string expected)
    {
        Figures(body).Select(f => $"{f.Metric}|{f.Value}").Should().Equal(expected.Length == 0 ? [] : [expected]);
    }

    [Theory]
    [InlineData("Four suspects are behind bars tonight.", "arrested|4")]
    [InlineData("Both brothers are being held at the county jail.", "arrested|2")]
    [InlineData("Both brothers were seen at the fair.", "")]
    public void Custody_told_in_words_is_an_arrest_count(string body, string expected)
    {
        Figures(body).Select(f => $"{f.Metric}|{f.Value}").Should().Equal(expected.Length == 0 ? [] : [expected]);
    }
}
