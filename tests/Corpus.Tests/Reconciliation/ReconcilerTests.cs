using Corpus.Claims;
using Corpus.Quantities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Tests.Reconciliation;

public class ReconcilerTests
{
    private static int _next;

    /// <summary>A figure as the extractor would build it; the text after the number decides the population.</summary>
    private static Figure F(string article, string metric, double? value, Qualifier q = Qualifier.Exact, string location = "Norway",
        FigureStatus status = FigureStatus.Asserted, string? source = null, double? low = null, double? high = null, string noun = "people", string before = "Officials said ",
        FigureFacts? facts = null)
    {
        string number = value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "dozens";
        string text = $"{before}{number} {noun} were counted.";
        int start = before.Length;
        // The reconciler reads the typed facts, never the text; the text is there for reports.
        return new Figure($"f{++_next}", article, metric, value, low, high, q, location, source, status, text,
            new TextSpan(start, start + number.Length), new TextSpan(0, text.Length)) { Facts = facts ?? FigureFacts.None };
    }

    private static IReadOnlyList<Conflict> Run(params Figure[] figures) => RunDated(new Dictionary<string, DateOnly?>(), figures);

    private static IReadOnlyList<Conflict> RunDated(Dictionary<string, DateOnly?> dates, params Figure[] figures) => Reconciler.Reconcile(figures, dates);

    [Theory]
    [InlineData(Qualifier.Exact, 100, 100, 100)]
    [InlineData(Qualifier.AtLeast, 164, 164, double.PositiveInfinity)]
    [InlineData(Qualifier.AtMost, 40, 0, 40)]
    [InlineData(Qualifier.About, 1000, 850, 1150)]
    [InlineData(Qualifier.Almost, 8000, 7200, 8000)]
    public void Qualifiers_become_intervals(Qualifier q, double value, double low, double high)
    {
        var i = FigureInterval.Of(F("a", "killed", value, q));
        i.Low.Should().BeApproximately(low, 1e-6);
        i.High.Should().Be(high);
    }

    [Fact]
    public void More_than_excludes_its_value_and_a_range_is_its_bounds()
    {
        FigureInterval.Of(F("a", "killed", 12, Qualifier.MoreThan)).Low.Should().BeGreaterThan(12);
        var dozens = FigureInterval.Of(F("a", "killed", null, Qualifier.Range, low: 24, high: 99));
        (dozens.Low, dozens.High).Should().Be((24, 99));
        dozens.Overlaps(FigureInterval.Of(F("b", "killed", 164))).Should().BeFalse();
    }

    // A rise names every report of its new count: the same source's restatement on a later day joins the later side.
    [Fact]
    public void An_update_names_the_later_count_and_its_restatements()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = new DateOnly(2026, 3, 2), ["b"] = new DateOnly(2026, 3, 3), ["c"] = new DateOnly(2026, 3, 4) };
        var early = F("a", "displaced", 40000, Qualifier.MoreThan, source: "Relief Office");
        var late = F("b", "displaced", 120000, Qualifier.About, source: "Relief Office");
        var again = F("c", "displaced", 120000, Qualifier.About, source: "Relief Office");
        var other = F("c", "displaced", 120000, Qualifier.About, source: "Harbour Aid");
        var c = RunDated(dates, early, late, again, other).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Soft);
        c.Figures.Should().BeEquivalentTo([early.Id, late.Id, again.Id]);
    }

    // A deployment is the operation's whole: one source's later, larger count is its update whatever town each sentence
    // names, and the same name is the same source whether or not one article resolved it to an entity.
    [Fact]
    public void A_deployment_counted_in_two_towns_is_one_operation_s_update()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = new DateOnly(2026, 3, 2), ["b"] = new DateOnly(2026, 3, 3) };
        var early = F("a", "troops", 3500, location: "Mardan", source: "Army press office", noun: "soldiers");
        var late = F("b", "troops", 5000, Qualifier.About, location: "Peshawar", source: "Army press office", noun: "soldiers") with { SourceEntity = "e7" };
        var c = RunDated(dates, early, late).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Soft);
        c.Why.Should().StartWith("Update");

        // Killed counts in two towns stay apart.
        RunDated(dates, F("a", "killed", 35, location: "Mardan", source: "police"), F("b", "killed", 50, location: "Peshawar", source: "police")).Should().BeEmpty();
    }

    [Fact]
    public void A_withdrawn_figure_restated_as_fact_is_a_hard_conflict()
    {
        var withdrawn = F("a", "killed", 164, Qualifier.AtLeast, status: FigureStatus.Retracted, source: "health ministry");
        var restated = F("b", "killed", 164);
        var c = Run(withdrawn, restated).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Hard);
        c.Figures.Should().BeEquivalentTo([withdrawn.Id, restated.Id]);
        c.Why.Should().Contain("withdrew");
    }

    [Fact]
    public void Precise_counts_that_cannot_both_hold_on_the_same_day_are_a_hard_conflict()
    {
        var day = new DateOnly(2025, 3, 5);
        var c = RunDated(new() { ["a"] = day, ["b"] = day }, F("a", "killed", 187), F("b", "killed", 212)).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Hard);
    }

    [Fact]
    public void A_toll_that_rises_between_days_is_a_soft_conflict_between_consecutive_reports_only()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = new(2025, 3, 4), ["b"] = new(2025, 3, 5), ["c"] = new(2025, 3, 7) };
        var conflicts = RunDated(dates, F("a", "killed", 58), F("b", "killed", 187), F("c", "killed", 231));
        conflicts.Should().HaveCount(2).And.OnlyContain(c => c.Severity == ConflictSeverity.Soft && c.Why.Contains("update"));
    }

    [Fact]
    public void A_vague_count_below_a_precise_toll_is_a_soft_conflict()
    {
        Run(F("a", "killed", null, Qualifier.Range, low: 24, high: 99), F("b", "killed", 164))
            .Should().ContainSingle().Which.Severity.Should().Be(ConflictSeverity.Soft);
    }

    // Not conflicts.
    [Fact]
    public void A_city_toll_is_not_a_rival_to_the_country_toll()
    {
        Run(F("a", "killed", 103, location: "Bergen"), F("b", "killed", 164, location: "Norway")).Should().BeEmpty();
    }

    [Fact]
    public void Security_forces_killed_are_part_of_all_killed()
    {
        Run(F("a", "killed", 12, Qualifier.MoreThan, noun: "police, national guards and soldiers", facts: FigureFacts.None with { Population = "security" }), F("b", "killed", 164)).Should().BeEmpty();
    }

    [Fact]
    public void Compatible_intervals_are_not_a_conflict()
    {
        Run(F("a", "arrested", 5800, Qualifier.AtLeast), F("b", "arrested", 6100)).Should().BeEmpty();
    }

    [Fact]
    public void Different_metrics_are_not_a_conflict()
    {
        Run(F("a", "killed", 40), F("b", "injured", 400)).Should().BeEmpty();
    }

    [Fact]
    public void Troop_counts_in_two_articles_are_different_contingents_not_a_conflict()
    {
        Run(F("a", "troops", 2500, noun: "foreign military personnel", facts: FigureFacts.None with { Population = "foreign" }), F("b", "troops", 2000, Qualifier.MoreThan, noun: "troops"),
            F("c", "troops", 100000, location: "Ukraine")).Should().BeEmpty();
    }

    [Fact]
    public void A_count_from_an_earlier_moment_is_not_a_rival_to_the_current_toll()
    {
        var earlier = F("a", "killed", null, Qualifier.Range, low: 24, high: 99, before: "When the president called for help, there were already ", facts: FigureFacts.None with { Snapshot = true });
        Run(earlier, F("b", "killed", 164)).Should().BeEmpty();
    }

    [Fact]
    public void Figures_within_one_article_are_not_compared()
    {
        Run(F("a", "injured", 2000, Qualifier.MoreThan), F("a", "injured", 1300, Qualifier.About)).Should().BeEmpty();
    }

    [Fact]
    public void The_same_corpus_in_any_order_gives_the_same_conflicts()
    {
        var figures = new[]
        {
            F("a", "killed", 164, Qualifier.AtLeast, status: FigureStatus.Retracted), F("b", "killed", 164), F("c", "killed", null, Qualifier.Range, low: 24, high: 99),
            F("d", "arrested", 5800, Qualifier.AtLeast), F("e", "arrested", 8000, Qualifier.Almost, before: "The number of detainees has risen to ", facts: FigureFacts.None with { Trend = FigureTrend.Rise }),
        };
        var once = Run(figures).Select(c => (c.Severity, string.Join(',', c.Figures.Order()), c.Why)).ToList();
        var reversed = Run(figures.Reverse().ToArray()).Select(c => (c.Severity, string.Join(',', c.Figures.Order()), c.Why)).ToList();
        once.Should().NotBeEmpty();
        reversed.Should().Equal(once);
    }

    private static readonly DateOnly Mon = new(2025, 3, 10), Tue = new(2025, 3, 11), Wed = new(2025, 3, 12), Thu = new(2025, 3, 13);

    private static FigureFacts At(FigureDayRule rule, int value, DayPart part = DayPart.None) => FigureFacts.None with { Time = "t", When = new FigureWhen(rule, value, part) };

    [Fact]
    public void A_rising_toll_is_an_update_between_consecutive_reports_only()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Mon, ["b"] = Tue, ["c"] = Wed };
        var a = F("a", "killed", 20);
        var b = F("b", "killed", 35);
        var c = F("c", "killed", 50);
        var found = RunDated(dates, a, b, c);
        found.Should().HaveCount(2).And.OnlyContain(k => k.Severity == ConflictSeverity.Soft);
        found.Should().NotContain(k => k.Figures.Contains(a.Id) && k.Figures.Contains(c.Id));
    }

    [Fact]
    public void A_count_recalled_from_an_earlier_day_is_history_not_a_rival()
    {
        // b, published Wednesday, recalls Monday's 20 and gives 50 now; a said 20 on Monday.
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Mon, ["b"] = Wed };
        var a = F("a", "killed", 20);
        var recalled = F("b", "killed", 20, facts: At(FigureDayRule.Weekday, (int)DayOfWeek.Monday));
        var now = F("b", "killed", 50);
        var found = RunDated(dates, a, recalled, now);
        var update = found.Should().ContainSingle().Subject;
        update.Figures.Should().BeEquivalentTo([a.Id, now.Id]);
    }

    [Fact]
    public void Two_sources_giving_different_counts_for_the_same_day_is_hard_but_one_source_updating_is_not()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var rival = RunDated(dates, F("a", "killed", 40, source: "the agency"), F("b", "killed", 55, source: "the minister"));
        rival.Should().ContainSingle().Which.Severity.Should().Be(ConflictSeverity.Hard);

        // One article gives the agency's morning 40 and its 55 later: the article reports the update.
        var update = RunDated(dates, F("a", "killed", 40, source: "the agency"), F("a", "killed", 55, source: "the agency"), F("b", "killed", 55, source: "the agency"));
        update.Should().BeEmpty();
    }

    [Fact]
    public void Counts_a_day_places_at_different_hours_are_that_days_updates()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var morning = F("a", "killed", 40, facts: At(FigureDayRule.Publication, 0, DayPart.Morning));
        var evening = F("b", "killed", 55, facts: At(FigureDayRule.Publication, 0, DayPart.Evening));
        RunDated(dates, morning, evening).Should().BeEmpty();
    }

    [Fact]
    public void A_figure_about_another_years_event_is_left_out()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var background = F("a", "killed", 1700, Qualifier.MoreThan, facts: FigureFacts.None with { Year = 2019 });
        RunDated(dates, background, F("b", "killed", 131)).Should().BeEmpty();
    }

    [Fact]
    public void An_undated_article_takes_the_day_its_counts_match()
    {
        // c has no date; its 96 and 15 are Thursday's counts in d, so its 96 rivals nothing and b's 70 rose to it.
        var dates = new Dictionary<string, DateOnly?> { ["b"] = Wed, ["c"] = null, ["d"] = Thu };
        var b = F("b", "killed", 70);
        var c = F("c", "killed", 96);
        var c2 = F("c", "missing", 15);
        var d = F("d", "killed", 96);
        var d2 = F("d", "missing", 15);
        var found = RunDated(dates, b, c, c2, d, d2);
        found.Should().OnlyContain(k => k.Severity == ConflictSeverity.Soft && k.Why.Contains("rose", StringComparison.Ordinal));
        found.SelectMany(k => k.Figures).Should().Contain(c.Id);
    }

    [Fact]
    public void A_province_and_its_abbreviated_or_respelt_name_are_one_place_and_a_town_inside_is_a_part()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        // A respelling of a known province is the province: rivals on one day.
        RunDated(dates, F("a", "killed", 40, location: "Khyber Pakhtunkhwa", source: "x"), F("b", "killed", 60, location: "Khyber Pakhtounkhwa", source: "y"))
            .Should().ContainSingle().Which.Severity.Should().Be(ConflictSeverity.Hard);

        // A town in the province is a part of it, not a rival.
        RunDated(dates, F("a", "killed", 40, location: "Khyber Pakhtunkhwa", source: "x"), F("b", "killed", 11, location: "Nowshera", source: "y")).Should().BeEmpty();
    }

    [Fact]
    public void A_figure_placed_only_by_its_article_counts_the_storys_place()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue, ["c"] = Tue };
        var stated1 = F("a", "killed", 40, location: "Khyber Pakhtunkhwa", source: "x");
        var stated2 = F("b", "killed", 40, location: "Khyber Pakhtunkhwa", source: "x");
        var unplaced = F("c", "killed", 75, location: "Pakistan", source: "y") with { PlaceFrom = FigurePlaceFrom.Article };
        RunDated(dates, stated1, stated2, unplaced).Should().ContainSingle().Which.Why.Should().Contain("Khyber Pakhtunkhwa");

        // Said of the country in so many words, the same count is the country's, no rival of the province's.
        var national = F("c", "killed", 75, location: "Pakistan", source: "y") with { PlaceFrom = FigurePlaceFrom.Scope };
        RunDated(dates, stated1, stated2, national).Should().BeEmpty();
    }

    [Fact]
    public void A_story_of_places_and_days_in_any_order_gives_the_same_conflicts_and_explanations()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Mon, ["b"] = Tue, ["c"] = Tue, ["d"] = null, ["e"] = Wed };
        var figures = new[]
        {
            F("a", "killed", 20, location: "Khyber Pakhtunkhwa", source: "x"), F("b", "killed", 35, location: "Khyber Pakhtounkhwa", source: "x"),
            F("c", "killed", 41, location: "Khyber Pakhtunkhwa", source: "y"), F("c", "killed", 9, location: "Nowshera", source: "x"),
            F("d", "killed", 60, location: "Pakistan", source: "x") with { PlaceFrom = FigurePlaceFrom.Article }, F("d", "missing", 12, location: "Pakistan"),
            F("e", "killed", 60, location: "Khyber Pakhtunkhwa", source: "x"), F("e", "missing", 12, location: "Khyber Pakhtunkhwa"),
            F("e", "killed", 35, location: "Khyber Pakhtunkhwa", facts: At(FigureDayRule.Weekday, (int)DayOfWeek.Tuesday)),
        };
        string Key(IReadOnlyList<Conflict> found) => string.Join("\n", found.Select(c => $"{c.Severity}|{string.Join(',', c.Figures.Order())}|{c.Why}"));
        string once = Key(RunDated(dates, figures));
        once.Should().NotBeEmpty();
        var random = new Random(7);
        for (int i = 0; i < 5; i++)
        {
            var shuffled = figures.OrderBy(_ => random.Next()).ToArray();
            Key(RunDated(dates, shuffled)).Should().Be(once);
        }
    }

    [Fact]
    public void A_figure_its_source_denied_giving_restated_as_fact_is_hard_and_names_both()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Wed };
        var attributed = F("a", "killed", 240, source: "the interior ministry");
        var denial = F("b", "killed", 240, source: "the interior ministry", facts: FigureFacts.None with { Denied = true });
        var c = RunDated(dates, attributed, denial).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Hard);
        c.Why.Should().Contain("denied").And.Contain("the interior ministry");
    }

    [Fact]
    public void A_part_larger_than_its_whole_on_the_same_day_is_a_soft_flag_and_a_smaller_part_is_quiet()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var whole = F("b", "killed", 30, location: "Khyber Pakhtunkhwa", source: "the authority");
        var flag = RunDated(dates, F("a", "killed", 45, Qualifier.MoreThan, location: "Nowshera", source: "the army"), whole).Should().ContainSingle().Subject;
        flag.Severity.Should().Be(ConflictSeverity.Soft);
        flag.Why.Should().Contain("larger than its whole").And.Contain("Nowshera").And.Contain("Khyber Pakhtunkhwa");

        RunDated(dates, F("a", "killed", 12, location: "Nowshera", source: "the army"), whole).Should().BeEmpty();

        // A part placed only by its article's main place is not trusted as a part.
        RunDated(dates, F("a", "killed", 45, location: "Nowshera", source: "the army") with { PlaceFrom = FigurePlaceFrom.Article }, whole).Should().BeEmpty();
    }

    [Fact]
    public void Houses_destroyed_and_houses_damaged_are_counted_apart_and_each_rises_on_its_own()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Wed };
        Figure House(string article, double value, string predicate) => F(article, "other", value, source: "the authority") with { Counted = "house", Predicate = predicate };
        var found = RunDated(dates, House("a", 1100, "destroy"), House("a", 3900, "damage"), House("b", 1600, "destroy"), House("b", 5300, "damage"));
        found.Should().HaveCount(2).And.OnlyContain(c => c.Why.Contains("rose", StringComparison.Ordinal));
        found.Should().NotContain(c => c.Why.Contains("3,900", StringComparison.Ordinal) && c.Why.Contains("1,600", StringComparison.Ordinal));
    }

    [Fact]
    public void One_report_giving_one_sources_part_above_anothers_whole_is_flagged_and_that_days_repeats_are_named()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var partA = F("a", "killed", 45, location: "Nowshera", source: "the army");
        var wholeA = F("a", "killed", 30, location: "Khyber Pakhtunkhwa", source: "the authority");
        var partB = F("b", "killed", 45, location: "Nowshera", source: "the army");
        var flag = RunDated(dates, partA, wholeA, partB).Should().ContainSingle().Subject;
        flag.Figures.Should().BeEquivalentTo([partA.Id, wholeA.Id, partB.Id]);

        // One source's own breakdown in one report is its own business.
        var ownWhole = F("a", "killed", 30, location: "Khyber Pakhtunkhwa", source: "the army");
        RunDated(new Dictionary<string, DateOnly?> { ["a"] = Tue }, F("a", "killed", 45, location: "Nowshera", source: "the army"), ownWhole).Should().BeEmpty();
    }

    [Fact]
    public void An_estimate_against_a_count_of_the_same_day_is_soft()
    {
        var dates = new Dictionary<string, DateOnly?> { ["a"] = Tue, ["b"] = Tue };
        var estimate = F("a", "displaced", 200000, Qualifier.AtMost, source: "an aid group", facts: FigureFacts.None with { Estimate = true });
        var count = F("b", "displaced", 120000, Qualifier.About, source: "the authority");
        var c = RunDated(dates, estimate, count).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Soft);
        c.Why.Should().Contain("estimate");
    }

    // The count an estimate is set against may be the previous day's, still standing; a count given after the
    // estimate was not there to be set against.
    [Theory]
    [InlineData("tue", "wed", 1)]
    [InlineData("wed", "tue", 0)]
    public void An_estimate_is_set_against_the_count_standing_when_it_was_given(string countDay, string estimateDay, int conflicts)
    {
        DateOnly Day(string d) => d == "tue" ? Tue : Wed;
        var dates = new Dictionary<string, DateOnly?> { ["count"] = Day(countDay), ["estimate"] = Day(estimateDay) };
        var estimate = F("estimate", "displaced", 200000, Qualifier.AtMost, source: "an aid group", facts: FigureFacts.None with { Estimate = true });
        var count = F("count", "displaced", 120000, Qualifier.About, source: "the authority");
        var found = RunDated(dates, estimate, count);
        found.Should().HaveCount(conflicts);
        found.Should().NotContain(c => c.Severity != ConflictSeverity.Soft || !c.Why.Contains("estimate", StringComparison.Ordinal));
    }
}

public class StoryTests
{
    [Fact]
    public void Articles_about_different_events_are_different_stories_and_are_not_reconciled_together()
    {
        var a = new Article("a", "Quake hits Veskaria\n\nPresident Oleksandr Vasylenko said 58 people were killed in Lusk, Veskaria.\n\nVasylenko visited Lusk.");
        var b = new Article("b", "Veskaria toll rises\n\nPresident Oleksandr Vasylenko said 187 people were killed in Lusk, Veskaria.");
        var c = new Article("c", "Floods in Norway\n\nPrime Minister Erna Solberg said 300 people were killed in Bergen, Norway.\n\nSolberg visited Bergen.");
        var result = new CorpusAnalyzer().Analyze([a, b, c]);
        var stories = result.Articles.ToDictionary(x => x.Id, x => x.Story);
        stories["a"].Should().Be(stories["b"]);
        stories["c"].Should().NotBe(stories["a"]);
        result.Conflicts.SelectMany(k => k.Figures).Select(id => result.Figures.Single(f => f.Id == id).Article).Should().NotContain("c");
    }
}

public class ReconcilerScaleTests
{
    private static Figure F(int n, string article, double value, string metric = "killed")
    {
        string text = $"Officials said {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} people were counted.";
        return new Figure($"f{n}", article, metric, value, null, null, Qualifier.Exact, "Norway", null, FigureStatus.Asserted, text,
            new TextSpan(15, 18), new TextSpan(0, text.Length));
    }

    [Fact]
    public void Many_outlets_repeating_one_number_are_one_claim_in_one_conflict()
    {
        var figures = Enumerable.Range(0, 50).Select(i => F(i, $"a{i:D3}", 100)).Append(F(99, "z", 200)).ToList();
        var c = Reconciler.Reconcile(figures, new Dictionary<string, DateOnly?>()).Should().ContainSingle().Subject;
        c.Severity.Should().Be(ConflictSeverity.Hard);
        c.Figures.Should().HaveCount(51);
        c.Why.Should().Contain("48 others");
    }

    [Fact]
    public void A_crowded_group_yields_conflicts_linear_in_its_size_not_quadratic()
    {
        // 4,000 different counts on one day: all pairs would be eight million conflicts.
        var figures = Enumerable.Range(0, 4000).Select(i => F(i, $"a{i:D4}", 1000 + i * 10)).ToList();
        var conflicts = Reconciler.Reconcile(figures, new Dictionary<string, DateOnly?>());
        conflicts.Count.Should().BeInRange(4000, 4000 * 5);
        conflicts.Should().OnlyContain(c => c.Severity == ConflictSeverity.Hard);
    }

    [Fact]
    public void Reports_on_consecutive_days_are_compared_and_the_rise_is_soft()
    {
        var figures = Enumerable.Range(0, 30).Select(i => F(i, $"a{i:D2}", 100 + i * 50)).ToList();
        var dates = figures.ToDictionary(f => f.Article, f => (DateOnly?)new DateOnly(2025, 1, 1).AddDays(int.Parse(f.Article[1..], System.Globalization.CultureInfo.InvariantCulture)));
        var conflicts = Reconciler.Reconcile(figures, dates);
        conflicts.Should().HaveCount(29).And.OnlyContain(c => c.Severity == ConflictSeverity.Soft && c.Why.Contains("rose"));
    }
}
