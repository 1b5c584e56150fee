using Corpus.Claims;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>The "Speaker: statement" headline: a named speaker or a statement noun before the colon, nothing else.</summary>
public class HeadlineStatementTests
{
    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    [Theory]
    // A person named before the colon, after a title; the title line may end with a full stop.
    [InlineData("Mayor Kari Holm: Ferries will run again next week\n\nMayor Kari Holm spoke in Bergen on Monday.", "Kari Holm|Ferries will run again next week")]
    [InlineData("Mayor Kari Holm: Ferries will run again next week.\n\nMayor Kari Holm spoke in Bergen on Monday.", "Kari Holm|Ferries will run again next week")]
    // A noun naming a statement: the statement stands without a speaker.
    [InlineData("Poll: Voters back the new harbour tax\n\nThe survey asked 900 voters in Bergen.", "-|Voters back the new harbour tax")]
    // A label or a town before the colon is no speaker.
    [InlineData("Update: Ferries will run again next week\n\nMayor Kari Holm spoke in Bergen on Monday.", null)]
    [InlineData("Bergen: Ferries will run again next week\n\nMayor Kari Holm spoke in Bergen on Monday.", null)]
    public void A_headline_names_its_speaker_before_the_colon(string text, string? expected)
    {
        var result = Analyzer.Analyze([new Article("t", text)]);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        var headlines = result.Quotes.Where(q => q.Attribution == HeadlineStatement.Attribution)
            .Select(q => $"{(q.Speaker is { } s ? names[s] : "-")}|{q.Text}").ToList();
        if (expected is null) headlines.Should().BeEmpty();
        else headlines.Should().Equal(expected);
    }

    [Fact]
    public void A_colon_in_running_text_is_no_headline()
    {
        var result = Analyzer.Analyze([new Article("t", "Storm hits the coast of Norway\n\nThe plan has one aim. Mayor Kari Holm: the ferries must run.")]);
        result.Quotes.Should().NotContain(q => q.Attribution == HeadlineStatement.Attribution);
    }
}
