using Corpus.Claims;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>The typed facts each figure carries, read once from its sentence.</summary>
public class FigureCuesTests
{
    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    private static Figure Only(string body, string metric) =>
        Analyzer.Analyze([new Article("t", "Storm hits the coast of Norway\n\n" + body)]).Figures.First(f => f.Metric == metric);

    // body, metric ⇒ "time|trend|estimate|snapshot|denied|alone|population"
    [Theory]
    [InlineData("The death toll has risen to 61 on Tuesday evening.", "killed", "on Tuesday evening|Rise|False|False|False|False|all")]
    [InlineData("About 900 troops are now deployed, up from 400.", "troops", "now|Rise|False|False|False|False|all")]
    [InlineData("The final toll could reach 300 people killed.", "killed", "-|None|True|False|False|False|all")]
    [InlineData("When rescuers arrived, 12 people had died.", "killed", "-|None|False|True|False|False|all")]
    [InlineData("In Bergen alone, 14 people were killed so far.", "killed", "so far|None|False|False|False|True|all")]
    [InlineData("The ministry denied that 40 people were killed.", "killed", "-|None|False|False|True|False|all")]
    [InlineData("Gunmen killed 7 police officers.", "killed", "-|None|False|False|False|False|security")]
    [InlineData("Eleven foreign tourists were injured.", "injured", "-|None|False|False|False|False|foreign")]
    [InlineData("Thirty people were injured.", "injured", "-|None|False|False|False|False|all")]
    [InlineData("Of the crowd, 25 of them were arrested for arson.", "arrested", "-|None|False|False|False|False|part")]
    [InlineData("In Oslo, 25 of them were arrested in Bergen.", "arrested", "-|None|False|False|False|False|all")]
    public void Facts_are_read_from_the_sentence(string body, string metric, string expected)
    {
        var f = Only(body, metric).Facts;
        $"{f.Time ?? "-"}|{f.Trend}|{f.Estimate}|{f.Snapshot}|{f.Denied}|{f.Alone}|{f.Population}".Should().Be(expected);
    }

    // body, metric, value ⇒ the figure's time phrase and its day for an article published on Friday 14 March 2025
    [Theory]
    [InlineData("The toll rose to 61 on Tuesday evening.", "killed", 61, "on Tuesday evening", "2025-03-11 Evening")]
    [InlineData("Eight helicopters are flying now, up from five on Monday.", "aircraft", 8, "now", "2025-03-14 None")]
    [InlineData("Eight helicopters are flying now, up from five on Monday.", "aircraft", 5, "on Monday", "2025-03-10 None")]
    [InlineData("Some 40 people have died since the storm began on Monday.", "killed", 40, "since the storm began on Monday", "2025-03-14 None")]
    [InlineData("Police said 12 people were arrested yesterday.", "arrested", 12, "yesterday", "2025-03-13 None")]
    [InlineData("The death toll was 30 on Wednesday morning, 45 that evening and 52 a day later.", "killed", 45, "that evening", "2025-03-12 Evening")]
    [InlineData("The death toll was 30 on Wednesday morning, 45 that evening and 52 a day later.", "killed", 52, "a day later", "2025-03-13 None")]
    [InlineData("At a briefing on Thursday, the evening bulletin put the toll at 33.", "killed", 33, "evening", "2025-03-13 Evening")]
    [InlineData("By 6:40 pm the toll had reached 19 dead.", "killed", 19, "6:40 pm", "2025-03-14 Evening")]
    [InlineData("On March 9, 14 people were killed.", "killed", 14, "On March 9", "2025-03-09 None")]
    public void A_figure_takes_the_nearest_time_and_its_day(string body, string metric, double value, string phrase, string expected)
    {
        var f = Analyzer.Analyze([new Article("t", "Storm hits the coast of Norway\n\n" + body)]).Figures.First(x => x.Metric == metric && x.Value == value);
        f.Facts.Time.Should().Be(phrase);
        var when = f.Facts.When;
        when.Should().NotBeNull();
        $"{when!.DayOf(new DateOnly(2025, 3, 14)):yyyy-MM-dd} {when.Part}".Should().Be(expected);
    }

    [Theory]
    [InlineData("Floods in 2019 killed more than 300 people across the country.", 2019)]
    [InlineData("The 2011 earthquake left 90 people dead.", 2011)]
    [InlineData("It is the worst toll since 2010, with 45 people killed.", null)]
    [InlineData("At least 45 people were killed.", null)]
    public void A_year_in_the_clause_marks_another_event(string body, int? year)
    {
        Only(body, "killed").Facts.Year.Should().Be(year);
    }

    [Fact]
    public void An_anaphoric_time_takes_the_day_of_the_figure_before()
    {
        FigureCues.ReadWhen("that evening", null).Should().BeNull("an anaphoric time with no figure before it names no day");
        FigureCues.ReadWhen("that evening", new FigureWhen(FigureDayRule.Weekday, 3, DayPart.Morning)).Should().Be(new FigureWhen(FigureDayRule.Weekday, 3, DayPart.Evening));
    }
}
