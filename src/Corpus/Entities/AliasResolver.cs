using Corpus.Text;

namespace Corpus.Entities;

/// <summary>The mentions one article contributed, ready for corpus-level resolution.</summary>
internal sealed record ArticleMentions(string ArticleId, Document Document, IReadOnlyList<Mention> Mentions);

/// <summary>
/// Resolves mentions across the corpus into entities: persons by surname and given names under a
/// romanization-aware similarity (within an article a surname or given name alone joins the full
/// name it follows), organisations by word-order-free content words and by acronyms (initials in
/// order, or in another language's word order), places and nationalities by name and gazetteer code.
/// Deterministic: the result depends only on the articles' order.
/// </summary>
internal sealed class AliasResolver
{
    private readonly Gazetteer _gazetteer;

    public AliasResolver(Gazetteer gazetteer) => _gazetteer = gazetteer;

    private sealed class Cluster
    {
        public required EntityType Type;
        public readonly List<(string Article, Mention Mention, string Text)> Mentions = new();
        public string[] NameWords = [];
        public Cluster? Parent;

        public Cluster Root()
        {
            var c = this;
            while (c.Parent is not null) c = c.Parent;
            return c;
        }
    }

    public List<Entity> Resolve(IReadOnlyList<ArticleMentions> articles)
    {
        var clusters = new List<Cluster>();
        var acronymLinks = new List<(Cluster Long, string Acronym)>();
        foreach (var a in articles) clusters.AddRange(LocalClusters(a, acronymLinks));

        MergePersons(clusters.Where(c => c.Type == EntityType.Person).ToList());
        MergeStraySurnames(clusters);
        MergeByKey(clusters.Where(c => c.Type is EntityType.Org).ToList(), c => GovernmentKey(Longest(c)) ?? NameForms.OrgKey(Longest(c)));
        MergeByKey(clusters.Where(c => c.Type is EntityType.Gpe or EntityType.Loc).ToList(), PlaceKey);
        MergeByKey(clusters.Where(c => c.Type is EntityType.Norp).ToList(), NorpKey);
        MergeAcronyms(clusters, acronymLinks);
        // The same non-person name typed differently in two articles is one entity (the majority type wins).
        // A lone word tagged as a person somewhere, matching no full name, joins a place or organisation of that name.
        var rootClusters = clusters.Where(c => c.Root() == c).ToList();
        var loneWords = rootClusters.Where(c => c.Type == EntityType.Person && clusters.Where(x => x.Root() == c).All(x => x.NameWords.Length == 1)).ToList();
        MergeByKey(rootClusters.Where(c => c.Type != EntityType.Person).Concat(loneWords).ToList(), c => "any:" + NameForms.PlainKey(Longest(c)));

        var roots = clusters.Select(c => c.Root()).Distinct().ToList();
        var members = clusters.GroupBy(c => c.Root()).ToDictionary(g => g.Key, g => g.ToList());
        var entities = new List<Entity>();
        var ordered = roots
            .Select(r => (Root: r, Mentions: members[r].SelectMany(m => m.Mentions).ToList()))
            .Select(x => (x.Root, x.Mentions, First: x.Mentions.Min(m => (ArticleIndex(articles, m.Article), m.Mention.Span.Start))))
            .OrderBy(x => x.First.Item1).ThenBy(x => x.First.Start)
            .ToList();
        foreach (var (root, mentions, _) in ordered)
        {
            mentions.Sort((a, b) => ArticleIndex(articles, a.Article) != ArticleIndex(articles, b.Article)
                ? ArticleIndex(articles, a.Article).CompareTo(ArticleIndex(articles, b.Article))
                : a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
            var type = mentions.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var aliases = mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
            string name = Canonical(aliases, mentions);
            aliases.Sort(StringComparer.Ordinal);
            entities.Add(new Entity($"e{entities.Count + 1}", type, name, aliases,
                mentions.Select(m => new EntityMention(m.Article, m.Mention.Span, m.Text)).ToList()));
        }

        return entities;
    }

    private static int ArticleIndex(IReadOnlyList<ArticleMentions> articles, string id)
    {
        for (int i = 0; i < articles.Count; i++)
        {
            if (articles[i].ArticleId == id) return i;
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The fullest form (most words), then the consensus spelling (words the other mentions use
    /// most), then the most frequent, then ordinal order.
    /// </summary>
    private static string Canonical(List<string> aliases, List<(string Article, Mention Mention, string Text)> mentions)
    {
        var wordUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            foreach (var w in NameForms.Words(m.Text).Distinct()) wordUse[w] = wordUse.GetValueOrDefault(w) + 1;
        }

        return aliases
            .OrderByDescending(a => NameForms.Acronym(a) is null ? NameForms.Words(a).Length : 0)
            .ThenByDescending(a => NameForms.Words(a).Sum(w => wordUse.GetValueOrDefault(w)))
            .ThenByDescending(a => mentions.Count(m => m.Text == a))
            .ThenBy(a => a, StringComparer.Ordinal)
            .First();
    }

    private static string Longest(Cluster c) => c.Mentions.Select(m => m.Text).OrderByDescending(t => NameForms.Words(t).Length).ThenBy(t => t, StringComparer.Ordinal).First();

    /// <summary>"Kazakh authorities", "the Kazakh government", "Kazakhstani officials": one state apparatus, keyed by country code.</summary>
    private string? GovernmentKey(string text)
    {
        var words = NameForms.Words(text);
        if (words.Length != 2 || !DescriptiveOrganisations.Collectives.Contains(words[1])) return null;
        var nationality = text[..text.LastIndexOf(' ')].Trim();
        return (_gazetteer.Lookup(nationality) & GazCategory.Demonym) != 0 && _gazetteer.CodeOf(nationality) is { Length: > 0 } code ? "gov:" + code : null;
    }

    private string PlaceKey(Cluster c)
    {
        // Countries merge by code (US, U.S., United States); other places by name.
        foreach (var (_, m, text) in c.Mentions)
        {
            if (CountryCode(text) is { } code) return "country:" + code;
        }

        return "place:" + NameForms.OrgKey(Longest(c));
    }

    private string NorpKey(Cluster c)
    {
        var text = Longest(c);
        if ((_gazetteer.Lookup(text) & GazCategory.Demonym) != 0 && _gazetteer.CodeOf(text) is { Length: > 0 } code) return "norp:" + code;
        var plain = NameForms.PlainKey(text);
        return "norp:" + (plain.EndsWith('s') && plain.Length > 4 ? plain[..^1] : plain);
    }

    private string? CountryCode(string text)
    {
        string name = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return (_gazetteer.Lookup(name) & GazCategory.Country) != 0 ? _gazetteer.CodeOf(name) : null;
    }

    /// <summary>
    /// Within one article: each full person name is a cluster, and a shorter mention (surname,
    /// given name) joins the nearest preceding full name it fits; other types cluster by name.
    /// "Long Name (ACR)" links the acronym to the long name.
    /// </summary>
    private IEnumerable<Cluster> LocalClusters(ArticleMentions a, List<(Cluster Long, string Acronym)> acronymLinks)
    {
        string text = a.Document.Text;
        var result = new List<Cluster>();
        var persons = new List<Cluster>();
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var ordered = a.Mentions.OrderBy(m => m.Span.Start).ToList();

        // Full names first, so that a surname before its full name still finds it.
        foreach (var m in ordered.Where(m => m.Type == EntityType.Person).OrderByDescending(m => NameForms.Words(m.Span.Of(text)).Length).ThenBy(m => m.Span.Start))
        {
            string t = m.Span.Of(text);
            var words = NameForms.Words(t);
            if (words.Length == 0) continue;
            Cluster? target = null;
            if (words.Length >= 2)
            {
                target = persons.FirstOrDefault(p => SamePersonWords(p.NameWords, words));
            }
            else
            {
                // A single word: surname or given name of a full name in this article; the nearest preceding wins.
                var candidates = persons.Where(p => p.NameWords.Length >= 2 && (NameForms.SimilarWords(p.NameWords[^1], words[0]) || p.NameWords[..^1].Any(g => g.Length > 1 && NameForms.SimilarWords(g, words[0])))).ToList();
                target = candidates.OrderBy(p => Distance(p, m)).FirstOrDefault() ?? persons.FirstOrDefault(p => p.NameWords.Length == 1 && NameForms.SimilarWords(p.NameWords[0], words[0]));
            }

            if (target is null && words.Length >= 2 && persons.FirstOrDefault(p => p.NameWords.Length >= 2 && GivenNamesMatch(p.NameWords[..^1], words)) is { } byGiven)
            {
                target = byGiven; // "Kassym-Jomart" alone after "Kassym-Jomart Tokayev"
            }

            if (target is null)
            {
                target = new Cluster { Type = EntityType.Person, NameWords = words };
                persons.Add(target);
                result.Add(target);
            }

            target.Mentions.Add((a.ArticleId, m, t));
        }

        foreach (var m in ordered.Where(m => m.Type != EntityType.Person))
        {
            string t = m.Span.Of(text);
            string key = m.Type + ":" + NameForms.PlainKey(t);
            if (!byKey.TryGetValue(key, out var c))
            {
                c = new Cluster { Type = m.Type, NameWords = NameForms.Words(t) };
                byKey[key] = c;
                result.Add(c);
            }

            c.Mentions.Add((a.ArticleId, m, t));
        }

        // "Long Name (ACR)": the acronym in brackets right after a name is that name's acronym.
        foreach (var m in ordered)
        {
            int p = m.Span.End;
            while (p < text.Length && text[p] == ' ') p++;
            if (p >= text.Length || text[p] != '(') continue;
            int close = text.IndexOf(')', p);
            if (close < 0 || close - p > 12) continue;
            string inner = text[(p + 1)..close].Trim();
            if (NameForms.Acronym(inner) is not { } acr || NameForms.Words(m.Span.Of(text)).Length < 2) continue;
            var cluster = result.First(c => c.Mentions.Any(x => x.Mention == m));
            acronymLinks.Add((cluster, acr));
        }

        return result;
    }

    private static int Distance(Cluster p, Mention m)
    {
        int best = int.MaxValue;
        foreach (var x in p.Mentions)
        {
            int d = m.Span.Start - x.Mention.Span.Start;
            best = Math.Min(best, d >= 0 ? d : 1_000_000 - d);
        }

        return best;
    }

    private static bool GivenNamesMatch(string[] given, string[] words)
    {
        if (given.Length != words.Length) return false;
        for (int i = 0; i < given.Length; i++)
        {
            if (!NameForms.SimilarWords(given[i], words[i])) return false;
        }

        return true;
    }

    /// <summary>Same surname (last word) and compatible given names: every given name of the shorter matches one of the longer, in order.</summary>
    private static bool SamePersonWords(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0 || !NameForms.SimilarWords(a[^1], b[^1])) return false;
        var ga = a[..^1];
        var gb = b[..^1];
        if (ga.Length == 0 || gb.Length == 0) return true;
        var (shorter, longer) = ga.Length <= gb.Length ? (ga, gb) : (gb, ga);
        int j = 0;
        foreach (var g in shorter)
        {
            while (j < longer.Length && !NameForms.SimilarWords(g, longer[j])) j++;
            if (j == longer.Length) return false;
            j++;
        }

        return true;
    }

    /// <summary>
    /// Across articles: full names merge when they are the same person; a lone surname merges with
    /// the one full name that has it, and stays apart when two different people share it.
    /// </summary>
    private static void MergePersons(List<Cluster> persons)
    {
        var full = persons.Where(p => p.NameWords.Length >= 2).ToList();
        for (int i = 0; i < full.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (full[i].Root() == full[j].Root()) continue;
                if (SamePersonWords(full[i].NameWords, full[j].NameWords)) Union(full[j], full[i]);
            }
        }

        foreach (var p in persons.Where(p => p.NameWords.Length < 2))
        {
            string word = p.NameWords.Length == 1 ? p.NameWords[0] : string.Empty;
            var roots = full.Where(f => NameForms.SimilarWords(f.NameWords[^1], word)).Select(f => f.Root()).Distinct().ToList();
            if (roots.Count == 1) Union(roots[0], p);
            else if (roots.Count == 0)
            {
                var other = persons.FirstOrDefault(q => q != p && q.NameWords.Length == 1 && q.Root() != p.Root() && NameForms.SimilarWords(q.NameWords[0], word));
                if (other is not null) Union(other, p);
            }
        }
    }

    /// <summary>
    /// A single word the tagger typed as a place or organisation somewhere, that is the surname of
    /// exactly one person in the corpus and no known place or organisation, is that person (a surname the tagger once read as a place).
    /// </summary>
    private void MergeStraySurnames(List<Cluster> clusters)
    {
        var fullPersons = clusters.Where(c => c.Type == EntityType.Person && c.NameWords.Length >= 2).ToList();
        foreach (var c in clusters.Where(c => c.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc))
        {
            if (c.NameWords.Length != 1 || NameForms.Acronym(c.Mentions[0].Text) is not null) continue;
            if (_gazetteer.Lookup(c.Mentions[0].Text) != GazCategory.None) continue;
            var roots = fullPersons.Where(p => NameForms.SimilarWords(p.NameWords[^1], c.NameWords[0])).Select(p => p.Root()).Distinct().ToList();
            if (roots.Count == 1)
            {
                foreach (var m in c.Mentions) roots[0].Mentions.Add((m.Article, m.Mention with { Type = EntityType.Person }, m.Text));
                c.Mentions.Clear();
            }
        }

        clusters.RemoveAll(c => c.Mentions.Count == 0);
    }

    private static void MergeByKey(List<Cluster> clusters, Func<Cluster, string> key)
    {
        var first = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            string k = key(c);
            if (k.Length == 0) continue;
            if (first.TryGetValue(k, out var f)) Union(f, c);
            else first[k] = c;
        }
    }

    /// <summary>Acronyms: explicit "(ACR)" links, then initials of a long name in order or in another word order, then shared gazetteer codes.</summary>
    private void MergeAcronyms(List<Cluster> clusters, List<(Cluster Long, string Acronym)> links)
    {
        var acronyms = clusters.Where(c => c.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc && c.Mentions.All(m => NameForms.Acronym(m.Text) is not null)).ToList();
        var longOrgs = clusters.Where(c => c.Type == EntityType.Org && c.Mentions.Any(m => NameForms.Acronym(m.Text) is null && NameForms.Words(m.Text).Length >= 2)).ToList();
        foreach (var (longCluster, acr) in links)
        {
            foreach (var a in acronyms.Where(a => a.Mentions.Any(m => NameForms.Acronym(m.Text) == acr))) Union(longCluster, a);
        }

        foreach (var a in acronyms)
        {
            string acr = NameForms.Acronym(a.Mentions[0].Text)!;
            if (acr.Length < 3) continue;
            string sorted = new(acr.Order().ToArray());
            var matches = longOrgs.Where(l => l.Mentions.Any(m =>
            {
                var ini = NameForms.Initials(m.Text);
                return ini == acr || (ini.Length == acr.Length && new string(ini.Order().ToArray()) == sorted);
            })).Select(l => l.Root()).Distinct().ToList();
            if (matches.Count == 1) Union(matches[0], a);
        }

        // Names the gazetteer gives one code (UN, United Nations; ISIS, Islamic State).
        var byCode = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var c in clusters.Where(c => c.Type == EntityType.Org))
        {
            foreach (var (_, _, text) in c.Mentions)
            {
                if ((_gazetteer.Lookup(text) & GazCategory.IntOrg) == 0 || _gazetteer.CodeOf(text) is not { Length: > 0 } code) continue;
                if (byCode.TryGetValue(code, out var f)) Union(f, c);
                else byCode[code] = c;
                break;
            }
        }
    }

    private static void Union(Cluster a, Cluster b)
    {
        var ra = a.Root();
        var rb = b.Root();
        if (ra != rb) rb.Parent = ra;
    }
}
