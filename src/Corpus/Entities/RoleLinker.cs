namespace Corpus.Entities;

/// <summary>
/// Links role nouns to the entity the corpus introduces with that role: the same article's
/// introduction first, otherwise the only matching one in the corpus; never a guess between two.
/// </summary>
internal static class RoleLinker
{
    public static List<Entity> Link(IReadOnlyList<Entity> entities, IReadOnlyList<(string Article, IReadOnlyList<RoleUse> Uses)> roles)
    {
        // Only the people roles introduce are looked up: indexing just those keeps this map small.
        var wanted = new HashSet<(string, int)>();
        foreach (var (article, uses) in roles)
        {
            foreach (var u in uses)
            {
                if (u.Person is { } p) wanted.Add((article, p.Span.Start));
            }
        }

        var entityOf = new Dictionary<(string, int), string>(wanted.Count);
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                if (wanted.Contains((m.Article, m.Span.Start))) entityOf[(m.Article, m.Span.Start)] = e.Id;
            }
        }

        var intros = new List<(string Article, Role Role, string Entity, string Text)>();
        foreach (var (article, uses) in roles)
        {
            foreach (var u in uses)
            {
                if (u.Person is { } p && entityOf.TryGetValue((article, p.Span.Start), out var id)) intros.Add((article, u.Role, id, u.Text));
            }
        }

        var roleTexts = new Dictionary<string, List<string>>();
        var roleMentions = new Dictionary<string, List<EntityMention>>();
        var introsOf = intros.GroupBy(i => i.Article, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var entitiesByRole = intros.GroupBy(i => i.Role).Select(g => (Role: g.Key, Entities: g.Select(i => i.Entity).Distinct(StringComparer.Ordinal).ToList())).ToList();
        var corpusWide = new Dictionary<Role, string?>();
        foreach (var (article, uses) in roles)
        {
            foreach (var u in uses)
            {
                if (u.Person is { } p)
                {
                    if (entityOf.TryGetValue((article, p.Span.Start), out var id)) Add(roleTexts, id, RoleText(u));
                    continue;
                }

                // The same article's introduction first, otherwise the only one in the corpus (decided once per role).
                string? only = OnlyLocal(introsOf.GetValueOrDefault(article), u.Role, out bool introducedHere);
                if (!introducedHere) only = OnlyFitting(u.Role, entitiesByRole, corpusWide);
                if (only is not null) Add(roleMentions, only, new EntityMention(article, u.Span, u.Text));
            }
        }

        return entities.Select(e => e with
        {
            Roles = roleTexts.TryGetValue(e.Id, out var r) ? r.Distinct(StringComparer.Ordinal).ToList() : [],
            RoleMentions = roleMentions.TryGetValue(e.Id, out var m) ? m : [],
        }).ToList();
    }

    /// <summary>The one entity this article introduces with a role that fits; null when none or several (<paramref name="found"/> tells which).</summary>
    private static string? OnlyLocal(List<(string Article, Role Role, string Entity, string Text)>? intros, Role role, out bool found)
    {
        string? first = null;
        bool several = false;
        foreach (var i in intros ?? [])
        {
            if (!role.Fits(i.Role)) continue;
            if (first is null) first = i.Entity;
            else if (first != i.Entity) several = true;
        }

        found = first is not null;
        return several ? null : first;
    }

    private static string? OnlyFitting(Role role, List<(Role Role, List<string> Entities)> entitiesByRole, Dictionary<Role, string?> cache)
    {
        if (cache.TryGetValue(role, out var known)) return known;
        string? only = null;
        foreach (var (introduced, entities) in entitiesByRole)
        {
            if (!role.Fits(introduced)) continue;
            foreach (var e in entities)
            {
                if (only is null) only = e;
                else if (only != e)
                {
                    cache[role] = null;
                    return null;
                }
            }
        }

        cache[role] = only;
        return only;
    }

    private static string RoleText(RoleUse u) => u.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? u.Text[4..] : u.Text;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new();
        list.Add(value);
    }
}
