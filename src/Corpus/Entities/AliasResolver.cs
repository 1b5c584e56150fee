using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// The mentions one article contributed, ready for corpus-level resolution: each mention's text and
/// the "Long Name (ACR)" links are read from the article here, so the text itself need not be kept.
/// </summary>
internal sealed record ArticleMentions(string ArticleId, IReadOnlyList<Mention> Mentions, IReadOnlyList<string> Texts, IReadOnlyList<(int Mention, string Acronym)> AcronymLinks)
{
    public static ArticleMentions Of(string articleId, Document document, IReadOnlyList<Mention> mentions)
    {
        string text = document.Text;
        var texts = mentions.Select(m => m.Span.Of(text)).ToList();
        var links = new List<(int, string)>();
        for (int i = 0; i < mentions.Count; i++)
        {
            // "Long Name (ACR)": the acronym in brackets right after a name is that name's acronym.
            int p = mentions[i].Span.End;
            while (p < text.Length && text[p] == ' ') p++;
            if (p >= text.Length || text[p] != '(') continue;
            int close = text.IndexOf(')', p, Math.Min(14, text.Length - p));
            if (close < 0 || close - p > 12) continue;
            string inner = text[(p + 1)..close].Trim();
            if (NameForms.Acronym(inner) is { } acr && NameForms.Words(texts[i]).Length >= 2) links.Add((i, acr));
        }

        return new ArticleMentions(articleId, mentions, texts, links);
    }
}

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

    /// <summary>
    /// One mention inside a cluster: the result's mention object itself (built once, as the article
    /// arrives), the article's number in corpus order, the mention's type, and the owner slot a figure
    /// source or quote speaker at this span waits on (-1 for none). 16 bytes: there is one per mention in the corpus.
    /// </summary>
    private readonly struct Use
    {
        private readonly int _articleAndType;

        public Use(EntityMention mention, int article, EntityType type, int slot)
        {
            Ref = mention;
            _articleAndType = (article << 3) | (int)type;
            Slot = slot;
        }

        public EntityMention Ref { get; }

        public int Slot { get; }

        public int Article => _articleAndType >> 3;

        public EntityType Type => (EntityType)(_articleAndType & 7);

        public TextSpan Span => Ref.Span;

        public string Text => Ref.Text;

        public Use WithType(EntityType type) => new(Ref, Article, type, Slot);

        /// <summary>The same mention in a corpus where <paramref name="articles"/> articles and <paramref name="slots"/> slots come before its part.</summary>
        public Use Shifted(int articles, int slots) => new(Ref, Article + articles, Type, CorpusAccumulator.ShiftSlot(Slot, slots));
    }

    /// <summary>
    /// A group of mentions known to be one entity. Its mentions are held inline: most clusters (one
    /// per name per article) have a single mention, and there are millions of them in a large corpus,
    /// so the first mention lives in the cluster itself and only further ones in a list.
    /// </summary>
    private sealed class Cluster : IReadOnlyList<Use>
    {
        public required EntityType Type;
        public string[] NameWords = [];
        public Cluster? Parent;
        private Use _first;
        private List<Use>? _rest;

        /// <summary>The mentions (the cluster itself, as a list).</summary>
        public Cluster Mentions => this;

        public int Count { get; private set; }

        public Use this[int index]
        {
            get => (uint)index < (uint)Count ? (index == 0 ? _first : _rest![index - 1]) : throw new ArgumentOutOfRangeException(nameof(index));
            set
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                if (index == 0) _first = value;
                else _rest![index - 1] = value;
            }
        }

        public void Add(Use use)
        {
            if (Count == 0) _first = use;
            else (_rest ??= new(1)).Add(use);
            Count++;
        }

        /// <summary>Moves every mention of <paramref name="other"/> here, leaving it empty.</summary>
        public void TakeAll(Cluster other)
        {
            foreach (var u in other) Add(u);
            other.Clear();
        }

        public void Clear()
        {
            _first = default;
            _rest = null;
            Count = 0;
        }

        public IEnumerator<Use> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public Cluster Root()
        {
            var c = this;
            while (c.Parent is not null) c = c.Parent;
            // Path compression keeps later lookups short on large corpora.
            var x = this;
            while (x.Parent is not null && x.Parent != c)
            {
                var next = x.Parent;
                x.Parent = c;
                x = next;
            }

            return c;
        }
    }

    /// <summary>Resolves a whole corpus at once: <see cref="Start"/>, every article in order, <see cref="Builder.Build"/>.</summary>
    public List<Entity> Resolve(IReadOnlyList<ArticleMentions> articles)
    {
        var builder = Start(new StringPool());
        foreach (var a in articles) builder.Add(a);
        return builder.Build([]);
    }

    /// <summary>Starts an incremental resolution; texts are pooled in <paramref name="strings"/>.</summary>
    public Builder Start(StringPool strings) => new(this, strings);

    /// <summary>
    /// Takes articles one at a time, in corpus order, keeping only their clusters of mentions (so
    /// the articles themselves need not be kept), then resolves the corpus. Not thread-safe.
    /// </summary>
    internal sealed class Builder
    {
        private readonly AliasResolver _resolver;
        private readonly StringPool _strings;
        private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);
        private readonly List<Cluster> _clusters = [];
        private readonly List<(Cluster Long, string Acronym)> _acronymLinks = [];
        private int _articles;

        internal Builder(AliasResolver resolver, StringPool strings)
        {
            _resolver = resolver;
            _strings = strings;
        }

        /// <summary>A title-cased word that ends a name and says what it names ("Hospital", "Avenue").</summary>
        private bool IsHead(string word) => KeywordOrganisations.IsShortenableHead(word) || (_resolver._gazetteer.LookupWord(word) & GazCategory.OrgKey) != 0;

        /// <summary>Adds the next article's mentions.</summary>
        /// <param name="article">The article's mentions.</param>
        /// <param name="slots">Optional, one per mention: the owner slot that <see cref="Build"/> fills with the mention's entity (-1 for none).</param>
        public void Add(ArticleMentions article, int[]? slots = null)
        {
            var texts = new string[article.Texts.Count];
            for (int i = 0; i < texts.Length; i++) texts[i] = _strings.Intern(article.Texts[i]);
            _clusters.AddRange(LocalClusters(article, _articles++, texts, slots, Words, _acronymLinks, IsHead));
        }

        /// <summary>
        /// Appends the articles another builder took, after this one's, as if they had been added here:
        /// local clusters are per article, so this is a concatenation (associative). <paramref name="other"/> is spent.
        /// </summary>
        /// <param name="other">The later part.</param>
        /// <param name="slotOffset">Owner slots numbered before the other part's (its slots move up by this).</param>
        public void Append(Builder other, int slotOffset)
        {
            int offset = _articles;
            foreach (var c in other._clusters)
            {
                for (int i = 0; i < c.Mentions.Count; i++) c.Mentions[i] = c.Mentions[i].Shifted(offset, slotOffset);
            }

            _clusters.AddRange(other._clusters);
            _acronymLinks.AddRange(other._acronymLinks);
            _articles += other._articles;
            other._clusters.Clear();
            other._acronymLinks.Clear();
        }

        /// <summary>The words of a pooled name, split once per distinct name.</summary>
        private string[] Words(string text)
        {
            if (!_words.TryGetValue(text, out var words)) _words[text] = words = NameForms.Words(text);
            return words;
        }

        /// <summary>Resolves everything added into entities, ordered by first mention. The builder is spent afterwards.</summary>
        /// <param name="slotOwners">Filled with the index of the entity each slotted mention belongs to.</param>
        public List<Entity> Build(int[] slotOwners)
        {
            _words.Clear();
            return _resolver.Resolve(_clusters, _acronymLinks, slotOwners);
        }
    }

    private List<Entity> Resolve(List<Cluster> clusters, List<(Cluster Long, string Acronym)> acronymLinks, int[] slotOwners)
    {
        MergePersons(clusters.Where(c => c.Type == EntityType.Person).ToList());
        MergeStraySurnames(clusters);
        var organisations = clusters.Where(c => c.Type is EntityType.Org).ToList();
        MergeByKey(organisations, c => GovernmentKey(Longest(c)) ?? MinistryKey(Longest(c)) ?? NameForms.OrgKey(Longest(c)));
        MergeUnsaidCountryMinistries(organisations);
        var places = clusters.Where(c => c.Type is EntityType.Gpe or EntityType.Loc).ToList();
        MergeByKey(places, PlaceKey);
        MergeRomanizedPlaces(places);
        MergeByKey(clusters.Where(c => c.Type is EntityType.Norp).ToList(), NorpKey);
        MergeAcronyms(clusters, acronymLinks);
        // The same non-person name typed differently in two articles is one entity (the majority type wins).
        // A lone word tagged as a person somewhere, matching no full name, joins a place or organisation of that name.
        var rootClusters = clusters.Where(c => c.Root() == c).ToList();
        var multiWord = clusters.Where(x => x.NameWords.Length != 1).Select(x => x.Root()).ToHashSet();
        var loneWords = rootClusters.Where(c => c.Type == EntityType.Person && !multiWord.Contains(c)).ToList();
        MergeByKey(rootClusters.Where(c => c.Type != EntityType.Person).Concat(loneWords).ToList(), c => "any:" + NameForms.PlainKey(Longest(c)));

        // Each root takes its members' mentions; the members' lists are released as they are moved.
        var roots = new List<Cluster>();
        var seen = new HashSet<Cluster>(ReferenceEqualityComparer.Instance);
        foreach (var c in clusters)
        {
            var root = c.Root();
            if (seen.Add(root)) roots.Add(root);
            if (root == c) continue;
            root.TakeAll(c);
        }

        clusters.Clear();
        clusters.TrimExcess();
        seen.Clear();
        var ordered = roots
            .Where(r => r.Mentions.Count > 0)
            .Select(r => (Root: r, First: r.Mentions.Min(m => (m.Article, m.Span.Start))))
            .OrderBy(x => x.First.Article).ThenBy(x => x.First.Start)
            .Select(x => x.Root)
            .ToList();
        roots.Clear();
        var entities = new List<Entity>(ordered.Count);
        for (int k = 0; k < ordered.Count; k++)
        {
            var mentions = ordered[k].Mentions.ToList();
            ordered[k].Clear();
            ordered[k] = null!; // each cluster is released once its entity is built
            mentions.Sort((a, b) => a.Article != b.Article ? a.Article.CompareTo(b.Article) : a.Span.Start.CompareTo(b.Span.Start));
            var type = mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var m in mentions) uses[m.Text] = uses.GetValueOrDefault(m.Text) + 1;
            var aliases = mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
            string name = Canonical(aliases, uses);
            aliases.Sort(StringComparer.Ordinal);
            foreach (var m in mentions)
            {
                if (m.Slot >= 0) slotOwners[m.Slot] = entities.Count;
            }

            entities.Add(new Entity($"e{entities.Count + 1}", type, name, aliases, mentions.Select(m => m.Ref).ToArray()));
        }

        AddBareAreaNames(entities);
        return entities;
    }

    /// <summary>
    /// An area the corpus names only with its area word ("the Donbass region") is also known by the bare name, unless
    /// another entity goes by it (the town "Charsadda" beside "Charsadda district" stays its own place).
    /// </summary>
    private static void AddBareAreaNames(List<Entity> entities)
    {
        HashSet<string>? taken = null;
        for (int k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is not (EntityType.Gpe or EntityType.Loc) || BareAreaName(e.Name) is null) continue;
            var bare = e.Aliases.Select(BareAreaName).ToList();
            if (bare.Any(b => b is null)) continue;
            taken ??= entities.SelectMany(x => x.Aliases).Select(NameForms.PlainKey).ToHashSet(StringComparer.Ordinal);
            var add = bare.Select(b => b!).Distinct(StringComparer.Ordinal).Where(b => !taken.Contains(NameForms.PlainKey(b))).ToList();
            if (add.Count == 0) continue;
            var aliases = e.Aliases.Concat(add).Distinct(StringComparer.Ordinal).ToList();
            aliases.Sort(StringComparer.Ordinal);
            entities[k] = e with { Aliases = aliases };
        }
    }

    /// <summary>"Donbass" for "Donbass region"; null when the name does not end in a lowercase area word.</summary>
    private static string? BareAreaName(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && Places.IsAreaWord(name[(space + 1)..]) ? name[..space].TrimEnd() : null;
    }

    /// <summary>
    /// The fullest form (most words), then the consensus spelling (words the other mentions use
    /// most), then the most frequent, then ordinal order.
    /// </summary>
    /// <param name="aliases">The distinct texts.</param>
    /// <param name="uses">How many mentions use each text.</param>
    private static string Canonical(List<string> aliases, Dictionary<string, int> uses)
    {
        // Each mention counts once for each distinct word of its text: weighted per distinct text.
        var wordUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, n) in uses)
        {
            foreach (var w in NameForms.Words(text).Distinct()) wordUse[w] = wordUse.GetValueOrDefault(w) + n;
        }

        return aliases
            .OrderByDescending(a => NameForms.Acronym(a) is null ? NameForms.Words(a).Length : 0)
            .ThenBy(a => ReferenceEquals(PlaceAbbreviations.Expand(a), a) ? 0 : 1) // "Florida" before "Fla."
            .ThenByDescending(a => NameForms.Words(a).Sum(w => wordUse.GetValueOrDefault(w)))
            .ThenByDescending(a => uses.GetValueOrDefault(a))
            .ThenBy(a => a, StringComparer.Ordinal)
            .First();
    }

    private static string Longest(Cluster c) => c.Mentions.Count == 1
        ? c.Mentions[0].Text
        : c.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).OrderByDescending(t => NameForms.Words(t).Length).ThenBy(t => t, StringComparer.Ordinal).First();

    /// <summary>"Kazakh authorities", "the Kazakh government", "Kazakhstani officials": one state apparatus, keyed by country code.</summary>
    private string? GovernmentKey(string text)
    {
        var words = NameForms.Words(text);
        if (words.Length != 2 || !DescriptiveOrganisations.Collectives.Contains(words[1])) return null;
        var nationality = text[..text.LastIndexOf(' ')].Trim();
        return (_gazetteer.Lookup(nationality) & GazCategory.Demonym) != 0 && _gazetteer.CodeOf(nationality) is { Length: > 0 } code ? "gov:" + code : null;
    }

    /// <summary>
    /// A ministry by its country and field: "Kazakh Interior Ministry", "the Ministry of Internal Affairs of Kazakhstan"
    /// → <c>ministry:KZ:interior</c>; without a country, <c>ministry::interior</c>. Null for other names.
    /// </summary>
    private string? MinistryKey(string text)
    {
        var words = NameForms.Words(text, dropTitles: false);
        if (!words.Contains("ministry")) return null;
        string? field = null, code = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && DescriptiveOrganisations.Fields.TryGetValue(words[i] + " " + words[i + 1], out var two)) field ??= two;
            else if (DescriptiveOrganisations.Fields.TryGetValue(words[i], out var one)) field ??= one;
            if ((_gazetteer.LookupWord(words[i]) & (GazCategory.Demonym | GazCategory.Country)) != 0 && _gazetteer.CodeOf(words[i]) is { Length: > 0 } c) code ??= c;
        }

        return field is null ? null : $"ministry:{code}:{field}";
    }

    /// <summary>
    /// "the interior ministry" with no country joins the one country's interior ministry the corpus names in full; with
    /// two countries' ministries of that field named, it stays apart (it could be either).
    /// </summary>
    private void MergeUnsaidCountryMinistries(List<Cluster> organisations)
    {
        var byField = new Dictionary<string, (List<Cluster> Unsaid, HashSet<Cluster> Said)>(StringComparer.Ordinal);
        foreach (var c in organisations)
        {
            if (MinistryKey(Longest(c)) is not { } key) continue;
            var parts = key.Split(':');
            if (!byField.TryGetValue(parts[2], out var group)) byField[parts[2]] = group = ([], new HashSet<Cluster>(ReferenceEqualityComparer.Instance));
            if (parts[1].Length == 0) group.Unsaid.Add(c);
            else group.Said.Add(c.Root());
        }

        foreach (var (_, (unsaid, said)) in byField)
        {
            if (said.Count != 1) continue;
            var whole = said.First();
            foreach (var c in unsaid) Union(whole, c);
        }
    }

    /// <summary>
    /// Two spellings of one place name in different romanizations ("Khyber Pakhtunkhwa", "Khyber Pakhtounkhwa"): names
    /// of two or more words that agree word for word in their romanization skeleton but for one word, which differs as
    /// transliterations do (<see cref="NameForms.SimilarWords"/>). Names the gazetteer knows on both sides are distinct
    /// places and stay apart; one-word names are left alone (Gambia and Zambia differ by one letter).
    /// </summary>
    private void MergeRomanizedPlaces(List<Cluster> places)
    {
        var byRest = new Dictionary<string, List<(Cluster Cluster, string Word, bool Known)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in places)
        {
            var name = Longest(c);
            var words = NameForms.Words(name);
            if (words.Length < 2 || !seen.Add(name)) continue;
            var skeletons = words.Select(NameForms.Skeleton).ToArray();
            bool known = _gazetteer.Lookup(name) != GazCategory.None;
            for (int i = 0; i < words.Length; i++)
            {
                string key = $"{words.Length}:{i}:" + string.Join(' ', skeletons.Where((_, k) => k != i));
                if (!byRest.TryGetValue(key, out var list)) byRest[key] = list = [];
                list.Add((c, words[i], known));
            }
        }

        foreach (var list in byRest.Values)
        {
            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    var (x, y) = (list[a], list[b]);
                    if (x.Known && y.Known || x.Cluster.Root() == y.Cluster.Root()) continue;
                    if (x.Word != y.Word && NameForms.SimilarWords(x.Word, y.Word)) Union(x.Cluster, y.Cluster);
                }
            }
        }
    }

    private string PlaceKey(Cluster c)
    {
        // Countries merge by code (US, U.S., United States); other places by name.
        foreach (var m in c.Mentions)
        {
            if (CountryCode(m.Text) is { } code) return "country:" + code;
        }

        return "place:" + NameForms.OrgKey(PlaceAbbreviations.Expand(Longest(c)));
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
    private static List<Cluster> LocalClusters(ArticleMentions a, int articleNumber, string[] texts, int[]? slots, Func<string, string[]> wordsOf, List<(Cluster Long, string Acronym)> acronymLinks, Func<string, bool> isHead)
    {
        var indexOf = new Dictionary<Mention, int>(a.Mentions.Count);
        for (int i = 0; i < a.Mentions.Count; i++) indexOf.TryAdd(a.Mentions[i], i);
        string TextOf(Mention m) => texts[indexOf[m]];
        Use UseOf(Mention m, string text) => new(new EntityMention(a.ArticleId, m.Span, text), articleNumber, m.Type, slots is null ? -1 : slots[indexOf[m]]);
        var result = new List<Cluster>();
        var persons = new List<Cluster>();
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var ordered = a.Mentions.OrderBy(m => m.Span.Start).ToList();

        // The article's people filed by surname, by each given name and by first word: a mention is
        // compared with the people whose words are like its own, not with every person so far, so an
        // article of thousands of names stays near-linear. Candidates keep the order people were found.
        var order = new Dictionary<Cluster, int>(ReferenceEqualityComparer.Instance);
        var bySurname = new SimilarWordIndex<Cluster>();
        var byGivenName = new SimilarWordIndex<Cluster>();
        var byFirstWord = new SimilarWordIndex<Cluster>();
        IEnumerable<Cluster> InOrder(IEnumerable<Cluster> found) => found.Distinct().OrderBy(p => order[p]);

        // Full names first, so that a surname before its full name still finds it.
        foreach (var m in ordered.Where(m => m.Type == EntityType.Person).OrderByDescending(m => wordsOf(TextOf(m)).Length).ThenBy(m => m.Span.Start))
        {
            string t = TextOf(m);
            var words = wordsOf(t);
            if (words.Length == 0) continue;
            Cluster? target = null;
            if (words.Length >= 2)
            {
                target = InOrder(bySurname.Similar(words[^1])).FirstOrDefault(p => SamePersonWords(p.NameWords, words));
            }
            else
            {
                // A single word: surname or given name of a full name in this article; the nearest preceding wins.
                var candidates = InOrder(bySurname.Similar(words[0]).Concat(byGivenName.Similar(words[0]))).Where(p => p.NameWords.Length >= 2).ToList();
                target = candidates.OrderBy(p => Distance(p, m)).FirstOrDefault() ?? InOrder(bySurname.Similar(words[0])).FirstOrDefault(p => p.NameWords.Length == 1);
            }

            if (target is null && words.Length >= 2 && InOrder(byFirstWord.Similar(words[0])).FirstOrDefault(p => p.NameWords.Length >= 2 && GivenNamesMatch(p.NameWords[..^1], words)) is { } byGiven)
            {
                target = byGiven; // "Kassym-Jomart" alone after "Kassym-Jomart Tokayev"
            }

            if (target is null)
            {
                target = new Cluster { Type = EntityType.Person, NameWords = words };
                order[target] = persons.Count;
                persons.Add(target);
                result.Add(target);
                bySurname.Add(words[^1], target);
                byFirstWord.Add(words[0], target);
                for (int g = 0; g < words.Length - 1; g++)
                {
                    if (words[g].Length > 1) byGivenName.Add(words[g], target);
                }
            }

            target.Mentions.Add(UseOf(m, t));
        }

        foreach (var m in ordered.Where(m => m.Type != EntityType.Person))
        {
            string t = TextOf(m);
            string key = m.Type + ":" + NameForms.PlainKey(t);
            if (!byKey.TryGetValue(key, out var c))
            {
                c = new Cluster { Type = m.Type, NameWords = wordsOf(t) };
                byKey[key] = c;
                result.Add(c);
            }

            c.Mentions.Add(UseOf(m, t));
        }

        MergeOrganisationTails(result);
        MergePlacesBeforeHeads(result, isHead);

        foreach (var (index, acr) in a.AcronymLinks)
        {
            var m = a.Mentions[index];
            acronymLinks.Add((result.First(c => c.Mentions.Any(x => x.Span == m.Span && x.Type == m.Type)), acr));
        }

        return result;
    }

    /// <summary>
    /// Within one article, "the Sheriff's Office" after "the Orange County Sheriff's Office", "Metropolitan Police
    /// Department" beside "Las Vegas Metropolitan Police Department", "Nampa police" beside "Nampa Police Department": an
    /// organisation named by two or more words of exactly one longer organisation name of the article, in order, either
    /// its last words or starting with its first, is that organisation. Longer names are settled first, so a chain of
    /// shorter forms ends in the fullest name.
    /// </summary>
    private static void MergeOrganisationTails(List<Cluster> clusters)
    {
        var orgs = clusters.Where(c => c.Type == EntityType.Org)
            .Select(c => (Cluster: c, Name: NameForms.Words(Longest(c), dropTitles: false)))
            .Where(x => x.Name.Length >= 2)
            .OrderByDescending(x => x.Name.Length)
            .ToList();
        if (orgs.Count < 2) return;
        // Candidates share the short name's first word (a shortened form) or its last (a tail).
        var byWord = new Dictionary<string, List<(Cluster Cluster, string[] Name)>>(StringComparer.Ordinal);
        foreach (var x in orgs)
        {
            foreach (var w in new[] { x.Name[0], x.Name[^1] }.Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(x);
            }
        }

        // A shortened form may leave out words inside the name and an office word after it ("department"), but not
        // another head: "<University>" is not "<University> School of Law", nor "<Caucus>" its "<Caucus> PAC".
        static bool ShortFormOf(string[] s, string[] l)
        {
            if (l.AsSpan(l.Length - s.Length).SequenceEqual(s)) return true;
            if (s[0] != l[0] || !IsSubsequence(s, l)) return false;
            int last = Array.LastIndexOf(l, s[^1]);
            for (int k = last + 1; k < l.Length; k++)
            {
                if (!DescriptiveOrganisations.OfficeWords.Contains(l[k])) return false;
            }

            return true;
        }

        MergeIntoSoleFit(clusters, orgs, words => byWord[words[0]].Concat(byWord[words[^1]]), (s, l) => l.Length > s.Length && ShortFormOf(s, l));
    }

    /// <summary>
    /// Within one article, "Hillcrest" beside "Hillcrest Avenue": a place named by the words before the head of exactly
    /// one longer place name (one or two words more, the last a head: <c>name-heads.tsv</c> or the gazetteer's keywords)
    /// is that place. Only places: a place is not the body named after it (a town and its police), an organisation's first
    /// words often name another body (a party and its rules committee), and a street named after a person
    /// is not the person.
    /// </summary>
    private static void MergePlacesBeforeHeads(List<Cluster> clusters, Func<string, bool> isHead)
    {
        var named = clusters.Where(c => c.Type is EntityType.Gpe or EntityType.Loc)
            .Select(c => (Cluster: c, Name: (Text: Longest(c), Words: NameForms.Words(Longest(c), dropTitles: false))))
            .Where(x => x.Name.Words.Length > 0)
            .ToList();
        if (named.Count < 2) return;
        var byFirst = named.GroupBy(x => x.Name.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        MergeIntoSoleFit(clusters, named.OrderBy(x => x.Name.Words.Length), name => byFirst[name.Words[0]], (s, l) =>
            l.Words.Length - s.Words.Length is >= 1 and <= 2 && l.Words.AsSpan(0, s.Words.Length).SequenceEqual(s.Words)
            && l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var head] && isHead(head));
    }

    /// <summary>
    /// Moves each cluster of <paramref name="shorter"/>, in order, into the one other cluster among its
    /// <paramref name="candidates"/> that it <paramref name="fits"/>, when exactly one does; a cluster moved is no longer
    /// a candidate, and the moved clusters leave <paramref name="clusters"/>.
    /// </summary>
    private static void MergeIntoSoleFit<T>(List<Cluster> clusters, IEnumerable<(Cluster Cluster, T Name)> shorter,
        Func<T, IEnumerable<(Cluster Cluster, T Name)>> candidates, Func<T, T, bool> fits)
    {
        var gone = new HashSet<Cluster>(ReferenceEqualityComparer.Instance);
        foreach (var (part, name) in shorter)
        {
            Cluster? whole = null;
            bool several = false;
            foreach (var (other, otherName) in candidates(name))
            {
                if (other == part || gone.Contains(other) || !fits(name, otherName)) continue;
                several |= whole is not null && whole != other;
                whole = other;
            }

            if (whole is null || several) continue;
            whole.TakeAll(part);
            gone.Add(part);
        }

        if (gone.Count > 0) clusters.RemoveAll(gone.Contains);
    }

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        int j = 0;
        foreach (var w in shorter)
        {
            while (j < longer.Length && longer[j] != w) j++;
            if (j++ == longer.Length) return false;
        }

        return true;
    }

    private static int Distance(Cluster p, Mention m)
    {
        int best = int.MaxValue;
        foreach (var x in p.Mentions)
        {
            int d = m.Span.Start - x.Span.Start;
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
        // The same written name is the same person: merged first, so the pairwise test below runs
        // over distinct names, not over every article's cluster.
        var full = new List<Cluster>();
        var bySignature = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var p in persons.Where(p => p.NameWords.Length >= 2))
        {
            string signature = string.Join(' ', p.NameWords);
            if (bySignature.TryGetValue(signature, out var first)) Union(first, p);
            else
            {
                bySignature[signature] = p;
                full.Add(p);
            }
        }

        var surnames = new Surnames(full);
        foreach (var f in full)
        {
            foreach (var other in surnames.Clusters(f.NameWords[^1]))
            {
                if (other == f || f.Root() == other.Root()) continue;
                if (SamePersonWords(f.NameWords, other.NameWords)) Union(other, f);
            }
        }

        // Lone words ("Varga"), decided once per distinct word: the one full name with that surname,
        // or, when no full name has it, the other lone words like it; never a guess between two people.
        var byWord = ByWord(persons.Where(p => p.NameWords.Length == 1), p => p.NameWords[0]);
        var loneIndex = new SimilarWordIndex<string>();
        foreach (var word in byWord.Keys) loneIndex.Add(word, word);
        foreach (var (word, group) in byWord)
        {
            var roots = surnames.Roots(word);
            if (roots.Count == 1)
            {
                foreach (var p in group) Union(roots[0], p);
            }
            else if (roots.Count == 0)
            {
                for (int k = 1; k < group.Count; k++) Union(group[0], group[k]);
                if (loneIndex.Similar(word).FirstOrDefault(w => w != word) is { } other) Union(byWord[other][0], group[0]);
            }
        }
    }

    private static Dictionary<string, List<Cluster>> ByWord(IEnumerable<Cluster> clusters, Func<Cluster, string> word)
    {
        var byWord = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (!byWord.TryGetValue(word(c), out var list)) byWord[word(c)] = list = [];
            list.Add(c);
        }

        return byWord;
    }

    /// <summary>
    /// Full-name clusters filed by surname: which people a word could be the surname of, found
    /// through the similar-word index once per distinct word.
    /// </summary>
    private sealed class Surnames
    {
        private readonly Dictionary<string, List<Cluster>> _byWord;
        private readonly SimilarWordIndex<string> _index = new();
        private readonly Dictionary<string, List<string>> _similar = new(StringComparer.Ordinal);

        public Surnames(IEnumerable<Cluster> fullNames)
        {
            _byWord = ByWord(fullNames, c => c.NameWords[^1]);
            foreach (var w in _byWord.Keys) _index.Add(w, w);
        }

        /// <summary>The full-name clusters with a surname like <paramref name="word"/> (before any <see cref="Roots"/> call).</summary>
        public IEnumerable<Cluster> Clusters(string word) => SimilarWords(word).SelectMany(w => _byWord[w]);

        /// <summary>The distinct people (current roots) with a surname like <paramref name="word"/>.</summary>
        public List<Cluster> Roots(string word) => SimilarWords(word).SelectMany(w => RootsOf(_byWord, w)).Distinct().ToList();

        private List<string> SimilarWords(string word)
        {
            if (!_similar.TryGetValue(word, out var similar)) _similar[word] = similar = _index.Similar(word).ToList();
            return similar;
        }
    }

    /// <summary>
    /// A single word the tagger typed as a place or organisation somewhere, that is the surname of
    /// exactly one person in the corpus and no known place or organisation, is that person (a surname the tagger once read as a place).
    /// </summary>
    private void MergeStraySurnames(List<Cluster> clusters)
    {
        var surnames = new Surnames(clusters.Where(c => c.Type == EntityType.Person && c.NameWords.Length >= 2));
        foreach (var c in clusters.Where(c => c.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc))
        {
            if (c.NameWords.Length != 1 || NameForms.Acronym(c.Mentions[0].Text) is not null) continue;
            if (_gazetteer.Lookup(c.Mentions[0].Text) != GazCategory.None) continue;
            var roots = surnames.Roots(c.NameWords[0]);
            if (roots.Count == 1)
            {
                foreach (var m in c.Mentions) roots[0].Mentions.Add(m.WithType(EntityType.Person));
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
        var byAcronym = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        foreach (var a in acronyms)
        {
            foreach (var acr in a.Mentions.Select(m => NameForms.Acronym(m.Text)!).Distinct(StringComparer.Ordinal))
            {
                if (!byAcronym.TryGetValue(acr, out var list)) byAcronym[acr] = list = [];
                list.Add(a);
            }
        }

        // Every "Long Name (ACR)" joins every cluster of that acronym: one hub per acronym keeps it linear.
        foreach (var (longCluster, acr) in links)
        {
            if (byAcronym.GetValueOrDefault(acr) is [var hub, ..]) Union(longCluster, hub);
        }

        var linked = links.Select(l => l.Acronym).ToHashSet(StringComparer.Ordinal);
        foreach (var (acr, list) in byAcronym)
        {
            if (!linked.Contains(acr)) continue;
            for (int k = 1; k < list.Count; k++) Union(list[0], list[k]);
        }

        // Initials in order or in another word order: the same letters once sorted.
        var bySortedInitials = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        foreach (var l in longOrgs)
        {
            foreach (var key in l.Mentions.SelectMany(m => InitialsForms(m.Text)).Select(Sorted).Distinct(StringComparer.Ordinal))
            {
                if (!bySortedInitials.TryGetValue(key, out var list)) bySortedInitials[key] = list = [];
                list.Add(l);
            }
        }

        foreach (var a in acronyms)
        {
            string acr = NameForms.Acronym(a.Mentions[0].Text)!;
            if (acr.Length < 3) continue;
            var matches = RootsOf(bySortedInitials, Sorted(acr));
            if (matches.Count == 1) Union(matches[0], a);
        }

        // Names the gazetteer gives one code (UN, United Nations; ISIS, Islamic State), and international organisations'
        // names in other languages (organisation-names.tsv: PAM, ONU, OTAN). A name of that list the tagger took for a
        // person ("the director of the PAM") is the organisation.
        var byCode = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var c in clusters.Where(c => c.Type is EntityType.Org or EntityType.Person))
        {
            foreach (var m in c.Mentions)
            {
                string text = m.Text;
                string? code = c.Type == EntityType.Org && (_gazetteer.Lookup(text) & GazCategory.IntOrg) != 0 && _gazetteer.CodeOf(text) is { Length: > 0 } known
                    ? known : OrganisationNames.Code(text);
                if (code is null) continue;
                if (c.Type == EntityType.Person) Retype(c, EntityType.Org);
                if (byCode.TryGetValue(code, out var f)) Union(f, c);
                else byCode[code] = c;
                break;
            }
        }
    }

    /// <summary>
    /// The initials an acronym of <paramref name="name"/> may be made of: its own; with the "Department" US police forces
    /// add ("San Francisco Police" → SFPD); without a leading place ("Arkansas Department of Human Services" → DHS).
    /// </summary>
    private IEnumerable<string> InitialsForms(string name)
    {
        string initials = NameForms.Initials(name);
        yield return initials;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words[^1] is "Police" or "police") yield return initials + "D";
        for (int n = 1; n <= 2 && n < words.Length - 1; n++)
        {
            string lead = string.Join(' ', words, 0, n);
            if ((_gazetteer.Lookup(lead) & (GazCategory.Country | GazCategory.City | GazCategory.Capital | GazCategory.Town | GazCategory.Region)) == 0
                && _gazetteer.SubdivisionsNamed(lead).Count == 0) continue;
            string rest = NameForms.Initials(string.Join(' ', words, n, words.Length - n));
            if (rest.Length >= 2) yield return rest;
        }
    }

    private static void Retype(Cluster c, EntityType type)
    {
        var uses = c.ToList();
        c.Clear();
        foreach (var u in uses) c.Add(u.WithType(type));
        c.Type = type;
    }

    private static string Sorted(string s) => new(s.Order().ToArray());

    /// <summary>The distinct roots of the clusters filed under a key, the list shrunk to those roots so the next lookup is short.</summary>
    private static List<Cluster> RootsOf(Dictionary<string, List<Cluster>> index, string key)
    {
        if (!index.TryGetValue(key, out var list)) return [];
        var roots = list.Select(l => l.Root()).Distinct().ToList();
        index[key] = roots;
        return roots;
    }

    private static void Union(Cluster a, Cluster b)
    {
        var ra = a.Root();
        var rb = b.Root();
        if (ra != rb) rb.Parent = ra;
    }
}
