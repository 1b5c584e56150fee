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
        var articleNo = new Dictionary<string, int>(articleIds.Count, StringComparer.Ordinal);
        for (int i = 0; i < articleIds.Count; i++) articleNo.Add(articleIds[i], i);

        // Entities are ranked by id in ordinal order, so integer keys order as the ids do.
        var rank = new int[entities.Count];
        var byId = Enumerable.Range(0, entities.Count).OrderBy(e => entities[e].Id, StringComparer.Ordinal).ToArray();
        for (int r = 0; r < byId.Length; r++) rank[byId[r]] = r;

        // One (article, entity) key per mention, sorted: runs give mention counts per article and entity
        // without a dictionary per article.
        var keys = new List<long>();
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type == EntityType.Norp) continue;
            foreach (var m in entities[e].Mentions)
            {
                if (articleNo.TryGetValue(m.Article, out int a)) keys.Add(((long)a << 32) | (uint)rank[e]);
            }
        }

        keys.Sort();
        var runs = new List<(int Article, int Entity, int Count)>();
        for (int i = 0; i < keys.Count;)
        {
            int j = i;
            while (j < keys.Count && keys[j] == keys[i]) j++;
            runs.Add(((int)(keys[i] >> 32), (int)(keys[i] & 0xFFFFFFFF), j - i));
            i = j;
        }

        keys.Clear();
        keys.TrimExcess();

        // An entity in more than 2% of a corpus of thousands says nothing about which story an article tells.
        var articlesWith = new int[entities.Count];
        foreach (var r in runs) articlesWith[r.Entity]++;
        int ubiquitous = Math.Max(25, articleIds.Count / 50);

        var parent = new int[articleIds.Count];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int a)
        {
            while (parent[a] != a) a = parent[a] = parent[parent[a]];
            return a;
        }

        // Two articles share two salient entities exactly when they share a pair of them: one key per
        // pair links every article to the first with that pair, in linear time.
        var lastWithPair = new Dictionary<long, (int Article, DateOnly? Date)>();
        var top = new List<(int Entity, int Count)>();
        for (int start = 0; start < runs.Count;)
        {
            int article = runs[start].Article, end = start;
            top.Clear();
            for (; end < runs.Count && runs[end].Article == article; end++)
            {
                if (articlesWith[runs[end].Entity] <= ubiquitous) top.Add((runs[end].Entity, runs[end].Count));
            }

            start = end;
            // The most mentioned first, ties by id; then the chosen few in id order.
            top.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Entity.CompareTo(y.Entity));
            if (top.Count > Salient) top.RemoveRange(Salient, top.Count - Salient);
            top.Sort((x, y) => x.Entity.CompareTo(y.Entity));

            var date = dates?.GetValueOrDefault(articleIds[article]);
            for (int i = 0; i < top.Count; i++)
            {
                for (int j = i + 1; j < top.Count; j++)
                {
                    long key = ((long)top[i].Entity << 32) | (uint)top[j].Entity;
                    if (lastWithPair.TryGetValue(key, out var last) && !(date is { } d && last.Date is { } ld && Math.Abs(d.DayNumber - ld.DayNumber) > WindowDays))
                    {
                        int ri = Find(article), rj = Find(last.Article);
                        if (ri != rj) parent[ri] = rj;
                    }

                    lastWithPair[key] = (article, date ?? last.Date);
                }
            }
        }

        var storyOfRoot = new Dictionary<int, string>();
        var result = new Dictionary<string, string>(articleIds.Count, StringComparer.Ordinal);
        for (int i = 0; i < articleIds.Count; i++)
        {
            int root = Find(i);
            if (!storyOfRoot.TryGetValue(root, out var story)) storyOfRoot[root] = story = "s" + (storyOfRoot.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[articleIds[i]] = story;
        }

        return result;
    }
}
