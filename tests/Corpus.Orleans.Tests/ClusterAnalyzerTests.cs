using Corpus.Cli.Bench;
using Corpus.Ingestion;
using Corpus.Text;
using Orleans.TestingHost;

namespace Corpus.Orleans.Tests;

/// <summary>Three silos in one process: the per-article work and the story grains are spread over them.</summary>
public sealed class ThreeSiloCluster : IDisposable
{
    public ThreeSiloCluster()
    {
        var builder = new TestClusterBuilder(3);
        Cluster = builder.Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public void Dispose() => Cluster.StopAllSilos();
}

public class ClusterAnalyzerTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    private static async IAsyncEnumerable<IngestedItem> Items(IEnumerable<Article> articles)
    {
        foreach (var a in articles)
        {
            await Task.Yield();
            yield return IngestedItem.Of(a);
        }
    }

    private static string Describe(AnalysisResult r) => string.Join('\n', r.Conflicts.Select(c => $"{c.Id} {c.Metric} {c.Severity} {string.Join(',', c.Figures)} {c.Why}"));

    [Fact]
    public async Task A_corpus_analyzed_on_a_multi_silo_cluster_yields_the_conflicts_of_the_single_process_run()
    {
        fixture.Cluster.Silos.Should().HaveCount(3);
        // Several hundred articles in many stories, so that work lands on every silo.
        var articles = SyntheticCorpus.Generate(0.6).ToList();
        var expected = new CorpusAnalyzer().Analyze(articles);
        expected.Conflicts.Should().NotBeEmpty();

        var actual = await new ClusterAnalyzer(fixture.Cluster.GrainFactory, maxInFlight: 32).AnalyzeAsync(Items(articles));

        Describe(actual).Should().Be(Describe(expected));
        actual.Figures.Should().BeEquivalentTo(expected.Figures, o => o.WithStrictOrdering());
        actual.Entities.Select(e => e.Name).Should().Equal(expected.Entities.Select(e => e.Name));
        actual.Articles.Select(a => a.Story).Should().Equal(expected.Articles.Select(a => a.Story));
    }

    [Fact]
    public async Task A_story_grain_reconciles_incrementally_and_ignores_a_repeated_figure()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IStoryGrain>("test/incremental");
        FigureMessage F(string id, string article, double value, int day)
        {
            string text = $"Officials said {value} people were killed.";
            var figure = new Corpus.Claims.Figure(id, article, "killed", value, null, null, Corpus.Quantities.Qualifier.Exact, "Lusk", null, Corpus.Claims.FigureStatus.Asserted, text,
                new Corpus.Text.TextSpan(15, 15 + value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), new Corpus.Text.TextSpan(0, text.Length));
            return FigureMessage.From(figure, DateOnly.FromDayNumber(day));
        }

        int monday = new DateOnly(2025, 3, 3).DayNumber;
        await grain.Add([F("f1", "a", 40, monday)]);
        (await grain.Conflicts()).Should().BeEmpty();
        await grain.Add([F("f2", "b", 90, monday), F("f1", "a", 40, monday)]);
        var conflicts = await grain.Conflicts();
        conflicts.Should().ContainSingle().Which.Figures.Should().Equal("f1", "f2");
    }
}
