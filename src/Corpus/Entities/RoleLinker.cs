namespace Corpus.Entities;

/// <summary>
/// Links role nouns to the entity the corpus introduces with that role: the same article's
/// introduction first, otherwise the only matching one in the corpus; never a guess between two.
/// </summary>
internal static class RoleLinker
{
    public static List<Entity> Link(IReadOnlyList<Entity> entities, IReadOnlyList<(string Article, IReadOnlyList<RoleUse> Uses)> roles)
    {
        var entityOf = new Dictionary<(string, int), string>();
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) entityOf[(m.Article, m.Span.Start)] = e.Id;
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
        foreach (var (article, uses) in roles)
        {
            foreach (var u in uses)
            {
                if (u.Person is { } p)
                {
                    if (entityOf.TryGetValue((article, p.Span.Start), out var id)) Add(roleTexts, id, RoleText(u));
                    continue;
                }

                var local = intros.Where(i => i.Article == article && u.Role.Fits(i.Role)).Select(i => i.Entity).Distinct().ToList();
                var all = local.Count > 0 ? local : intros.Where(i => u.Role.Fits(i.Role)).Select(i => i.Entity).Distinct().ToList();
                if (all.Count == 1) Add(roleMentions, all[0], new EntityMention(article, u.Span, u.Text));
            }
        }

        return entities.Select(e => e with
        {
            Roles = roleTexts.TryGetValue(e.Id, out var r) ? r.Distinct(StringComparer.Ordinal).ToList() : [],
            RoleMentions = roleMentions.TryGetValue(e.Id, out var m) ? m : [],
        }).ToList();
    }

    private static string RoleText(RoleUse u) => u.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? u.Text[4..] : u.Text;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new();
        list.Add(value);
    }
}
