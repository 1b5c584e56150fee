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
}
