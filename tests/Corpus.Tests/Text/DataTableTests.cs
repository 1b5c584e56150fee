using Corpus.Claims;
using Corpus.Claims.Attribution;
using Corpus.Text;

namespace Corpus.Tests.Text;

public class DataTableTests
{
    [Fact]
    public void Every_claims_lexicon_loads_and_answers()
    {
        FigureLexicon.Default.PredicateClass("injure").Should().Be("injure");
        FigureLexicon.Default.CountedClass("hectare").Should().Be("area");
        FigureLexicon.Default.Metric("deploy", "officer").Should().Be("troops");
        AttributionLexicon.Default.VerbFrame("say").Should().Be(ReportingFrame.Clause);
        AttributionLexicon.Default.MayBeReportingVerb("said").Should().BeTrue();
        AttributionLexicon.Default.MayBeReportingVerb("insisting").Should().BeTrue();
        AttributionLexicon.Default.MayBeReportingVerb("painted").Should().BeFalse();
        AttributionLexicon.Default.IsInstitution("police").Should().BeTrue();
    }

    [Fact]
    public void A_key_listed_twice_is_an_error_naming_the_table_and_the_key()
    {
        var act = () => DataTable.Lookup("some-table.tsv", [["wound", "injure"], ["wound", "kill"]], 0, 1, StringComparer.OrdinalIgnoreCase);
        act.Should().Throw<InvalidDataException>().WithMessage("*some-table.tsv*'wound'*twice*");
    }

    [Fact]
    public void A_missing_table_is_an_error_naming_it()
    {
        var act = () => DataTable.Rows("Corpus.Nowhere.missing.tsv", 2);
        act.Should().Throw<InvalidDataException>().WithMessage("*Corpus.Nowhere.missing.tsv*");
    }

    [Theory]
    [InlineData("say", new[] { "say", "says", "said", "saying" })]
    [InlineData("deny", new[] { "denies", "denied", "denying" })]
    [InlineData("admit", new[] { "admits", "admitted", "admitting" })]
    public void Reporting_verb_forms_include_the_regular_and_listed_irregular_ones(string lemma, string[] forms)
    {
        foreach (var form in forms) AttributionLexicon.Default.MayBeReportingVerb(form).Should().BeTrue($"{form} is a form of {lemma}");
    }

    // The word rules take only the forms a row lists for them: a bare "report" is more often a noun.
    [Theory]
    [InlineData("said", true, false)]
    [InlineData("pointed", true, false)]
    [InlineData("report", false, false)]
    [InlineData("branded", true, true)]
    [InlineData("accused", true, true)]
    public void Word_rule_cues_are_the_forms_the_reporting_table_lists_for_them(string form, bool cue, bool objectCue)
    {
        AttributionLexicon.Default.IsWordRuleCue(form).Should().Be(cue);
        AttributionLexicon.Default.IsWordRuleObjectCue(form).Should().Be(objectCue);
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("believe", true)]
    [InlineData("accused", false)]
    public void Some_word_rule_cues_take_a_clause_without_that(string form, bool bare)
    {
        AttributionLexicon.Default.TakesBareClause(form).Should().Be(bare);
    }

    [Fact]
    public void A_bare_clause_form_that_is_not_a_word_rule_form_of_its_row_is_an_error()
    {
        var act = () => new AttributionLexicon([["say", "clause", "said", "-", "said", "says"]], [], []);
        act.Should().Throw<InvalidDataException>().WithMessage("*reporting-predicates.tsv*'says'*'say'*");
    }

    [Fact]
    public void A_word_rule_form_that_is_not_a_form_of_its_row_is_an_error_naming_both()
    {
        var act = () => new AttributionLexicon([["say", "clause", "said", "-", "said,told"]], [], []);
        act.Should().Throw<InvalidDataException>().WithMessage("*reporting-predicates.tsv*'told'*'say'*");
    }

    [Fact]
    public void An_adjunct_word_of_an_unknown_kind_is_an_error_naming_the_word()
    {
        var act = () => new AttributionLexicon([], [], [], null, [["after", "temporal"]]);
        act.Should().Throw<InvalidDataException>().WithMessage("*adjunct-words.tsv*'after'*occasion or complement*");
    }

    [Theory]
    [InlineData("After", false)]
    [InlineData("as", true)]
    [InlineData("beside", null)]
    public void Adjunct_words_say_whether_they_add_to_the_object_or_give_the_occasion(string word, bool? complements) =>
        AttributionLexicon.Default.AdjunctComplements(word).Should().Be(complements);

    [Theory]
    [InlineData("endorse", true)]
    [InlineData("describe", false)]
    public void Stance_verbs_are_object_verbs_marked_as_taking_a_position(string lemma, bool stance)
    {
        AttributionLexicon.Default.VerbFrame(lemma).Should().Be(ReportingFrame.Object);
        AttributionLexicon.Default.TakesStance(lemma).Should().Be(stance);
    }

    [Fact]
    public void Figure_source_verbs_and_withdrawal_words_are_read_from_the_cue_table_in_any_case()
    {
        FigureCues.Default.GivesSource("Counted").Should().BeTrue();
        FigureCues.Default.GivesSource("painted").Should().BeFalse();
        FigureCues.Default.Withdraws("retracted").Should().BeTrue();
        FigureCues.Default.Withdraws("said").Should().BeFalse();
    }
}
