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

        // Mention counts per article and entity. Each entity's mentions are in corpus order, so its
        // runs of one article give the counts; the runs are then laid out by article in one flat array
        // of known size (two passes), with no map or list per article.
        var runsOf = new int[articleIds.Count + 1];
        ForEachRun((article, _, _) => runsOf[article + 1]++);
        for (int i = 0; i < articleIds.Count; i++) runsOf[i + 1] += runsOf[i];
        var runs = new (int Entity, int Count)[runsOf[articleIds.Count]];
        var filled = new int[articleIds.Count];
        ForEachRun((article, entity, count) => runs[runsOf[article] + filled[article]++] = (entity, count));
        filled = [];

        // An entity whose mentions of one article are not adjacent has several runs there: merged, so
        // each article counts each entity once (the others are left with entity -1).
        for (int article = 0; article < articleIds.Count; article++)
        {
            int start = runsOf[article], length = runsOf[article + 1] - start;
            if (length < 2) continue;
            Array.Sort(runs, start, length, Comparer<(int Entity, int Count)>.Create((x, y) => x.Entity.CompareTo(y.Entity)));
            for (int k = start + 1, kept = start; k < start + length; k++)
            {
                if (runs[k].Entity != runs[kept].Entity) kept = k;
                else
                {
                    runs[kept].Count += runs[k].Count;
                    runs[k] = (-1, 0);
                }
            }
        }

        void ForEachRun(Action<int, int, int> run)
        {
            for (int e = 0; e < entities.Count; e++)
            {
                if (entities[e].Type == EntityType.Norp) continue;
                var mentions = entities[e].Mentions;
                for (int i = 0; i < mentions.Count;)
                {
                    string article = mentions[i].Article;
                    int j = i + 1;
                    while (j < mentions.Count && string.Equals(mentions[j].Article, article, StringComparison.Ordinal)) j++;
                    if (articleNo.TryGetValue(article, out int a)) run(a, rank[e], j - i);
                    i = j;
                }
            }
        }

        // An entity in more than 2% of a corpus of thousands says nothing about which story an article tells.
        var articlesWith = new int[entities.Count];
        foreach (var r in runs)
        {
            if (r.Entity >= 0) articlesWith[r.Entity]++;
        }
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
        for (int article = 0; article < articleIds.Count; article++)
        {
            top.Clear();
            for (int k = runsOf[article]; k < runsOf[article + 1]; k++)
            {
                if (runs[k].Entity >= 0 && articlesWith[runs[k].Entity] <= ubiquitous) top.Add(runs[k]);
            }

            if (top.Count < 2) continue;
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
