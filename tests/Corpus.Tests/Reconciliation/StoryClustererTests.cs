using Corpus.Entities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Tests.Reconciliation;

public class StoryClustererTests
{
    /// <summary>An entity mentioned once in each listed article, in the order given.</summary>
    private static Entity Named(string id, EntityType type, params string[] articles) =>
        new(id, type, id, [id], articles.Select((a, i) => new EntityMention(a, new TextSpan(i * 10, i * 10 + 5), id)).ToList());

    private static List<string> Stories(IReadOnlyList<string> articles, IReadOnlyList<Entity> entities, Dictionary<string, DateOnly?>? dates = null)
    {
        var stories = StoryClusterer.Cluster(articles, entities, dates);
        return articles.Select(a => stories[a]).ToList();
    }

    [Fact]
    public void Articles_sharing_two_salient_entities_are_one_story_and_one_shared_entity_is_not_enough()
    {
        string[] articles = ["a", "b", "c"];
        Entity[] entities = [Named("e1", EntityType.Person, "a", "b", "c"), Named("e2", EntityType.Gpe, "a", "b"), Named("e3", EntityType.Org, "c")];
        Stories(articles, entities).Should().Equal("s1", "s1", "s2");
    }

    [Fact]
    public void Reports_more_than_a_week_apart_are_separate_stories()
    {
        string[] articles = ["a", "b", "c"];
        Entity[] entities = [Named("e1", EntityType.Person, "a", "b", "c"), Named("e2", EntityType.Gpe, "a", "b", "c")];
        var dates = new Dictionary<string, DateOnly?> { ["a"] = new DateOnly(2025, 3, 1), ["b"] = new DateOnly(2025, 3, 6), ["c"] = new DateOnly(2025, 3, 20) };
        Stories(articles, entities, dates).Should().Equal("s1", "s1", "s2");
    }

    [Fact]
    public void Nationalities_do_not_link_stories()
    {
        string[] articles = ["a", "b"];
        Entity[] entities = [Named("e1", EntityType.Person, "a", "b"), Named("e2", EntityType.Norp, "a", "b")];
        Stories(articles, entities).Should().Equal("s1", "s2");
    }

    [Theory]
    [InlineData(20, 1)]
    [InlineData(30, 30)]
    public void Entities_in_a_large_share_of_a_corpus_do_not_link_it_into_one_story(int articleCount, int storyCount)
    {
        // Above max(25, 2% of the corpus) articles, an entity says nothing about which story an article tells.
        var articles = Enumerable.Range(0, articleCount).Select(i => $"a{i}").ToArray();
        Entity[] entities = [Named("e1", EntityType.Org, articles), Named("e2", EntityType.Gpe, articles)];
        Stories(articles, entities).Distinct().Should().HaveCount(storyCount);
    }

    [Fact]
    public void Mentions_listed_out_of_corpus_order_count_once_per_article()
    {
        // "a" appears in two separate runs of e1's mentions: still one article with e1 (two mentions).
        string[] articles = ["a", "b", "c"];
        var sorted = Stories(articles, [Named("e1", EntityType.Person, "a", "a", "b", "c"), Named("e2", EntityType.Gpe, "a", "b"), Named("e3", EntityType.Org, "c")]);
        var shuffled = Stories(articles, [Named("e1", EntityType.Person, "a", "b", "c", "a"), Named("e2", EntityType.Gpe, "b", "a"), Named("e3", EntityType.Org, "c")]);
        shuffled.Should().Equal(sorted).And.Equal("s1", "s1", "s2");
    }
}
