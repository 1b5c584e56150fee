using Corpus.Entities;

namespace Corpus.Reconciliation;

/// <summary>
/// Groups articles into stories: two articles belong to one story when they share at least two of
/// their most mentioned people, organisations or places and, when both are dated, were published
/// within a week of each other (a story that goes on for months chains through its daily reports).
/// Entities found in a large share of a big corpus ("police", a ministry every report quotes) do
/// not count, or a year of news would become one story. Deterministic for a given order of
/// articles; story ids (s1, s2, ...) follow the first article of each story in corpus order.
/// </summary>
internal static class StoryClusterer
{
    private const int Salient = 5;

    /// <summary>Days between two reports that may still be about the same event.</summary>
    private const int WindowDays = 7;

    public static Dictionary<string, string> Cluster(IReadOnlyList<string> articleIds, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, DateOnly?>? dates = null)
    {
        // Mention counts per article and entity, in one pass over the mentions.
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Norp) continue;
            foreach (var m in e.Mentions)
            {
                if (!counts.TryGetValue(m.Article, out var perEntity)) counts[m.Article] = perEntity = new(StringComparer.Ordinal);
                perEntity[e.Id] = perEntity.GetValueOrDefault(e.Id) + 1;
            }
        }

        // An entity in more than 2% of a corpus of thousands says nothing about which story an article tells.
        var articlesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var perEntity in counts.Values)
        {
            foreach (var e in perEntity.Keys) articlesWith[e] = articlesWith.GetValueOrDefault(e) + 1;
        }

        int ubiquitous = Math.Max(25, articleIds.Count / 50);
        var parent = articleIds.ToDictionary(a => a, a => a, StringComparer.Ordinal);
        string Find(string a)
        {
            while (parent[a] != a) a = parent[a] = parent[parent[a]];
            return a;
        }

        // Two articles share two salient entities exactly when they share a pair of them: one key per
        // pair links every article to the first with that pair, in linear time.
        var lastWithPair = new Dictionary<(string, string), (string Article, DateOnly? Date)>();
        foreach (var id in articleIds)
        {
            if (!counts.TryGetValue(id, out var perEntity)) continue;
            var date = dates?.GetValueOrDefault(id);
            var top = perEntity.Where(x => articlesWith[x.Key] <= ubiquitous).OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(Salient).Select(x => x.Key)
                .Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < top.Count; i++)
            {
                for (int j = i + 1; j < top.Count; j++)
                {
                    var key = (top[i], top[j]);
                    if (lastWithPair.TryGetValue(key, out var last) && !(date is { } d && last.Date is { } ld && Math.Abs(d.DayNumber - ld.DayNumber) > WindowDays))
                    {
                        string ri = Find(id), rj = Find(last.Article);
                        if (ri != rj) parent[ri] = rj;
                    }

                    lastWithPair[key] = (id, date ?? last.Date);
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
