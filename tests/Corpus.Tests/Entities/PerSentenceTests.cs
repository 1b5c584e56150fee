using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class PerSentenceTests
{
    [Fact]
    public void A_rule_sees_only_its_sentences_mentions_and_the_article_keeps_every_change()
    {
        var a = EntityTestKit.Article("t", "Anna Berg met Lars Dahl. Oslo was quiet. Bergen too.",
            ("Anna Berg", EntityType.Person), ("Lars Dahl", EntityType.Person), ("Oslo", EntityType.Gpe), ("Bergen", EntityType.Gpe));
        var mentions = a.Mentions.ToList();
        var seen = new List<(int Sentence, int Count)>();
        PerSentence.Apply(a.Document, mentions, (s, local) =>
        {
            seen.Add((s.Index, local.Count));
            local.Should().OnlyContain(m => m.Sentence == s.Index);
            if (s.Index == 1) local.Clear(); // drop Oslo
            if (s.Index == 2) local.Add(local[0] with { Type = EntityType.Loc });
        });

        seen.Should().Equal((0, 2), (1, 1), (2, 1));
        mentions.Select(m => (m.Span.Of(a.Document.Text), m.Type)).Should().Equal(
            ("Anna Berg", EntityType.Person), ("Lars Dahl", EntityType.Person), ("Bergen", EntityType.Gpe), ("Bergen", EntityType.Loc));
    }
}
