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
    [InlineData("About 900 troops are now deployed, up from 400.", "troops", "-|Rise|False|False|False|False|all")]
    [InlineData("The final toll could reach 300 people killed.", "killed", "-|None|True|False|False|False|all")]
    [InlineData("When rescuers arrived, 12 people had died.", "killed", "-|None|False|True|False|False|all")]
    [InlineData("In Bergen alone, 14 people were killed so far.", "killed", "so far|None|False|False|False|True|all")]
    [InlineData("The ministry denied that 40 people were killed.", "killed", "-|None|False|False|True|False|all")]
    [InlineData("Gunmen killed 7 police officers.", "killed", "-|None|False|False|False|False|security")]
    [InlineData("Eleven foreign tourists were injured.", "injured", "-|None|False|False|False|False|foreign")]
    [InlineData("Thirty people were injured.", "injured", "-|None|False|False|False|False|all")]
    public void Facts_are_read_from_the_sentence(string body, string metric, string expected)
    {
        var f = Only(body, metric).Facts;
        $"{f.Time ?? "-"}|{f.Trend}|{f.Estimate}|{f.Snapshot}|{f.Denied}|{f.Alone}|{f.Population}".Should().Be(expected);
    }
}
