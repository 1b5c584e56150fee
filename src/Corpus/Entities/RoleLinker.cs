namespace Corpus.Entities;

/// <summary>
/// Links role nouns to the entity the corpus introduces with that role: the same article's
/// introduction first, otherwise the only matching one in the corpus; never a guess between two.
/// </summary>
internal static class RoleLinker
{
    /// <param name="entities">The resolved entities.</param>
    /// <param name="roles">Each article's role uses, in corpus order.</param>
    /// <param name="roleSlots">Optional, aligned with <paramref name="roles"/>: for each use, the owner slot a source or speaker span at it waits on (-1 for none).</param>
    /// <param name="slotOwners">Filled for those slots still unowned: the index of the entity a linked role noun refers to.</param>
    public static List<Entity> Link(IReadOnlyList<Entity> entities, IReadOnlyList<(string Article, IReadOnlyList<RoleUse> Uses)> roles,
        IReadOnlyList<int[]?>? roleSlots = null, int[]? slotOwners = null)
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

        wanted.Clear();
        wanted.TrimExcess();

        // Who the corpus introduces with each role (for role nouns whose article introduces nobody fitting).
        var byRole = new Dictionary<Role, (List<string> InOrder, HashSet<string> Seen)>();
        foreach (var (article, uses) in roles)
        {
            foreach (var u in uses)
            {
                if (u.Person is not { } p || !entityOf.TryGetValue((article, p.Span.Start), out var id)) continue;
                if (!byRole.TryGetValue(u.Role, out var known)) byRole[u.Role] = known = ([], new(StringComparer.Ordinal));
                if (known.Seen.Add(id)) known.InOrder.Add(id);
            }
        }

        var entitiesByRole = byRole.Select(x => (Role: x.Key, Entities: x.Value.InOrder)).ToList();
        var indexOf = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++) indexOf[entities[i].Id] = i;

        var roleTexts = new Dictionary<string, List<string>>();
        var roleMentions = new Dictionary<string, List<EntityMention>>();
        var corpusWide = new Dictionary<Role, string?>();
        var intros = new List<(string Article, Role Role, string Entity, string Text)>();
        for (int r = 0; r < roles.Count; r++)
        {
            var (article, uses) = roles[r];
            // This article's introductions: the first choice for its role nouns.
            intros.Clear();
            foreach (var u in uses)
            {
                if (u.Person is { } p && entityOf.TryGetValue((article, p.Span.Start), out var id)) intros.Add((article, u.Role, id, u.Text));
            }

            for (int k = 0; k < uses.Count; k++)
            {
                var u = uses[k];
                if (u.Person is { } p)
                {
                    if (entityOf.TryGetValue((article, p.Span.Start), out var id)) Add(roleTexts, id, RoleText(u));
                    continue;
                }

                // The same article's introduction first, otherwise the only one in the corpus (decided once per role).
                string? only = OnlyLocal(intros, u.Role, out bool introducedHere);
                if (!introducedHere) only = OnlyFitting(u.Role, entitiesByRole, corpusWide);
                if (only is null) continue;
                Add(roleMentions, only, new EntityMention(article, u.Span, u.Text));
                if (roleSlots?[r] is { } slots && slots[k] >= 0 && slotOwners is not null && slotOwners[slots[k]] < 0) slotOwners[slots[k]] = indexOf[only];
            }
        }

        return entities.Select(e => e with
        {
            Roles = roleTexts.TryGetValue(e.Id, out var r) ? r.Distinct(StringComparer.Ordinal).ToList() : [],
            RoleMentions = roleMentions.TryGetValue(e.Id, out var m) ? m : [],
        }).ToList();
    }

    /// <summary>The one entity this article introduces with a role that fits; null when none or several (<paramref name="found"/> tells which).</summary>
    private static string? OnlyLocal(List<(string Article, Role Role, string Entity, string Text)> intros, Role role, out bool found)
    {
        string? first = null;
        bool several = false;
        foreach (var i in intros)
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
