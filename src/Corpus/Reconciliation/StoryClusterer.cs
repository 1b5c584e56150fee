using Corpus.Entities;

namespace Corpus.Reconciliation;

/// <summary>
/// Groups articles into stories: two articles belong to one story when they share at least two of
/// their most mentioned people, organisations or places. Deterministic for a given set of articles;
/// story ids (s1, s2, ...) follow the first article of each story in corpus order.
/// </summary>
internal static class StoryClusterer
{
    private const int Salient = 5;

    public static Dictionary<string, string> Cluster(IReadOnlyList<string> articleIds, IReadOnlyList<Entity> entities)
    {
        var top = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            top[id] = entities.Where(e => e.Type != EntityType.Norp)
                .Select(e => (e.Id, Count: e.Mentions.Count(m => m.Article == id)))
                .Where(x => x.Count > 0)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Id, StringComparer.Ordinal)
                .Take(Salient).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        }

        var parent = articleIds.ToDictionary(a => a, a => a, StringComparer.Ordinal);
        string Find(string a)
        {
            while (parent[a] != a) a = parent[a] = parent[parent[a]];
            return a;
        }

        for (int i = 0; i < articleIds.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (top[articleIds[i]].Intersect(top[articleIds[j]]).Count() >= 2)
                {
                    string ri = Find(articleIds[i]), rj = Find(articleIds[j]);
                    if (ri != rj) parent[ri] = rj;
                }
            }
        }

        var storyOfRoot = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            string root = Find(id);
            if (!storyOfRoot.TryGetValue(root, out var story)) storyOfRoot[root] = story = "s" + (storyOfRoot.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[id] = story;
        }

        return result;
    }
}
