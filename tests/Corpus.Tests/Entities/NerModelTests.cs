using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class NerModelTests
{
    [Fact]
    public void A_saved_model_loads_with_the_same_scores()
    {
        var rows = new List<(int, float[])> { (5, [1f, -2f, 0.5f, 0, 0, 0, 0, 0, 3f]), (77, [0, 0, 0, 0, 0, 0, 0, 0, -1f]) };
        var trans = Enumerable.Range(0, (NerLabels.Count + 1) * NerLabels.Count).Select(i => i * 0.01f).ToArray();
        var model = new NerModel(rows, trans, 3f / 32000f, outsideBias: 0.25f);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        var a = new int[NerLabels.Count];
        var b = new int[NerLabels.Count];
        uint[] features = [5, 77, 12345];
        model.Score(features, a);
        loaded.Score(features, b);
        b.Should().Equal(a);
        loaded.OutsideBias.Should().Be(0.25f);
        loaded.Transitions.Should().Equal(trans);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_saved_model_remembers_whether_it_reads_word_classes(bool classes)
    {
        var trans = new float[(NerLabels.Count + 1) * NerLabels.Count];
        var model = new NerModel([(9, new float[NerLabels.Count])], trans, 1f / 32000f, usesWordClusters: classes);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        NerModel.Load(stream).UsesWordClusters.Should().Be(classes);
    }

    [Fact]
    public void The_shipped_model_reads_word_classes_and_the_shipped_table_has_them()
    {
        NerModel.Default.Should().NotBeNull();
        NerModel.Default!.UsesWordClusters.Should().BeTrue();
        Corpus.Text.WordClusters.Default.Count.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void Word_class_features_are_added_only_when_asked_for()
    {
        const string text = "Envoys met in Harwick on Monday.";
        var spans = Corpus.Text.Tokenizer.Tokenize(text).Select(t => t.Span).ToArray();
        int Count(Corpus.Text.WordClusters? clusters)
        {
            var features = new uint[spans.Length * NerFeatures.MaxPerToken];
            var counts = new int[spans.Length];
            new NerFeatures(Gazetteer.Default, clusters).Extract(text, spans, false, features, counts);
            return counts.Sum();
        }

        Count(Corpus.Text.WordClusters.Default).Should().BeGreaterThan(Count(null));
    }

    [Theory]
    [InlineData("Envoys from Harwick and Pellmoor met in Ostrava on Monday.")]
    [InlineData("Zzyqx")]
    [InlineData("THE FERRY OPERATOR SAID 40 CARS WERE STRANDED AT DUNMORE QUAY")]
    [InlineData("\"We will rebuild,\" said Aurelia Vantongeren, who runs the Kestrel Valley co-op.")]
    public void Word_class_weights_from_dense_tables_equal_the_hashed_features(string text)
    {
        var spans = Corpus.Text.Tokenizer.Tokenize(text).Select(t => t.Span).ToArray();
        var model = NerModel.Default!;
        var dense = new NerTagger(model, Gazetteer.Default, Corpus.Text.WordClusters.Default, denseClasses: true);
        var hashed = new NerTagger(model, Gazetteer.Default, Corpus.Text.WordClusters.Default, denseClasses: false);
        var withoutClasses = new NerTagger(model, Gazetteer.Default, clusters: null);
        foreach (bool caseless in new[] { false, true })
        {
            var expected = hashed.Emissions(text, spans, caseless).ToArray();
            dense.Emissions(text, spans, caseless).ToArray().Should().Equal(expected);
            withoutClasses.Emissions(text, spans, caseless).ToArray().Should().NotEqual(expected); // the class weights count
        }
    }

    [Fact]
    public void Viterbi_output_is_always_bio_consistent()
    {
        var rng = new Random(3);
        var trans = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (int round = 0; round < 200; round++)
        {
            int n = rng.Next(1, 12);
            var emissions = new float[n * NerLabels.Count];
            for (int i = 0; i < emissions.Length; i++) emissions[i] = (float)(rng.NextDouble() * 10 - 5);
            var output = new NerLabel[n];
            Viterbi.Decode(emissions, trans, output);
            NerLabels.IsInside(output[0]).Should().BeFalse();
            for (int i = 1; i < n; i++) NerLabels.Allowed(output[i - 1], output[i]).Should().BeTrue();
        }
    }
}
