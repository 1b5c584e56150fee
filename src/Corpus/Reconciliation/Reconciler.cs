using System.Globalization;
using Corpus.Claims;

namespace Corpus.Reconciliation;

/// <summary>
/// Finds where sources disagree about the same count, says why, and stays quiet where they only
/// seem to: figures are grouped by metric, place and population (a city's toll is part of the
/// country's; police killed are part of all killed); within a group, figures from different
/// articles are compared as intervals. Hard: a withdrawn figure repeated as fact elsewhere, or
/// precise counts that cannot both hold on the same day. Soft: a later update, a vague count below
/// a precise one, or compatible counts from different sources far apart. The result does not
/// depend on the order of the articles. Stateless and thread-safe.
/// </summary>
public static class Reconciler
{
    private static readonly HashSet<string> Tolls = new(StringComparer.Ordinal) { "killed", "injured", "arrested", "missing", "displaced" };

    private static readonly string[] SecurityWords = ["police", "policemen", "officers", "soldiers", "troops", "guards", "servicemen", "security forces", "military", "personnel"];

    private static readonly string[] SnapshotWords = ["when ", "there were already", "there had already been", "initially", "at first", "at the time", "by then"];

    private sealed record Item(Figure Figure, FigureInterval Interval, DateOnly? Date, string Population, bool Vague, bool Snapshot);

    /// <summary>Conflicts among <paramref name="figures"/>; <paramref name="published"/> gives each article's date when known.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Conflict> Reconcile(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, DateOnly?> published)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(published);
        var items = figures.Select(f => new Item(f, FigureInterval.Of(f), published.GetValueOrDefault(f.Article), Population(f), IsVague(f), IsSnapshot(f))).ToList();
        var found = new List<(Conflict Conflict, string Key)>();
        var groups = items.GroupBy(i => (i.Figure.Metric, Place: Norm(i.Figure.Location), i.Population));
        foreach (var group in groups.OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Place, StringComparer.Ordinal).ThenBy(g => g.Key.Population, StringComparer.Ordinal))
        {
            // A canonical order (not input order) keeps the result stable.
            var list = group.OrderBy(i => i.Figure.Article, StringComparer.Ordinal).ThenBy(i => i.Figure.Span.Start).ToList();
            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    if (list[a].Figure.Article == list[b].Figure.Article) continue;
                    if (Compare(list[a], list[b], list) is { } c) found.Add(c);
                }
            }
        }

        return found.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select((c, i) => c.Conflict with { Id = "k" + (i + 1).ToString(CultureInfo.InvariantCulture) })
            .ToList();
    }

    private static (Conflict, string)? Compare(Item x, Item y, List<Item> group)
    {
        var fx = x.Figure;
        var fy = y.Figure;
        string metric = fx.Metric;

        // A withdrawn figure restated as fact elsewhere.
        var retracted = fx.Status == FigureStatus.Retracted ? x : fy.Status == FigureStatus.Retracted ? y : null;
        if (retracted is not null)
        {
            var other = retracted == x ? y : x;
            // Restated means the same number, not merely a compatible one.
            if (other.Figure.Status == FigureStatus.Retracted || other.Vague || other.Figure.Value is not { } ov || retracted.Figure.Value is not { } rv
                || Math.Abs(ov - rv) > Math.Max(1, rv * 0.01)) return null;
            string who = retracted.Figure.Source ?? "its source";
            return Make(metric, ConflictSeverity.Hard, x, y,
                $"{FigureText.Value(other.Figure)} {metric} is stated as fact in {other.Figure.Article}, but {retracted.Figure.Article} says {who} withdrew that figure.");
        }

        // A count the text places at an earlier moment ("when ... there were already dozens") is not the current toll.
        if (x.Snapshot || y.Snapshot) return null;

        // Troops, aircraft or fighters counted in two articles are usually different groups: only tolls are compared.
        bool tolls = Tolls.Contains(metric);
        if (!tolls) return null;
        if (!x.Interval.Overlaps(y.Interval))
        {
            // Deployment sizes described loosely ("thousands of troops") say little; only precise ones are compared.
            if ((x.Vague || y.Vague) && !tolls) return null;
            var (early, late) = Order(x, y);
            if (early is not null && late is not null && tolls && late.Interval.Point > early.Interval.Point)
            {
                if (HasDateBetween(group, early, late)) return null; // a rising toll is flagged between consecutive reports only
                return Make(metric, ConflictSeverity.Soft, x, y,
                    $"The {metric} count rose from {FigureText.Value(early.Figure)} ({Date(early)}, {early.Figure.Article}) to {FigureText.Value(late.Figure)} ({Date(late)}, {late.Figure.Article}): a later update.");
            }

            if (x.Vague || y.Vague)
            {
                var vague = x.Vague ? x : y;
                var precise = x.Vague ? y : x;
                return Make(metric, ConflictSeverity.Soft, x, y,
                    $"{vague.Figure.Article} speaks loosely of {FigureText.Value(vague.Figure)} {metric} while {precise.Figure.Article} gives {FigureText.Value(precise.Figure)}; the vague count does not reach it.");
            }

            if (x.Date != y.Date)
            {
                return Make(metric, ConflictSeverity.Soft, x, y,
                    $"{FigureText.Value(fx)} ({fx.Source ?? fx.Article}, {Date(x)}) and {FigureText.Value(fy)} ({fy.Source ?? fy.Article}, {Date(y)}) {metric} disagree; they were reported on different days, which may explain it.");
            }

            return Make(metric, ConflictSeverity.Hard, x, y,
                $"{FigureText.Value(fx)} ({fx.Source ?? fx.Article}) and {FigureText.Value(fy)} ({fy.Source ?? fy.Article}) {metric} cannot both hold for {fx.Location ?? "the same place"} on the same day.");
        }

        // Compatible intervals: quiet, unless the counts are far apart from different sources or moments.
        double px = fx.Value ?? x.Interval.Point, py = fy.Value ?? y.Interval.Point;
        double gap = Math.Abs(px - py) / Math.Max(Math.Max(px, py), 1);
        if (x.Vague || y.Vague || gap <= 0.25) return null;
        if (!tolls) return null;
        var (e2, l2) = Order(x, y);
        double pe = e2 is null ? 0 : e2.Figure.Value ?? e2.Interval.Point, pl = l2 is null ? 0 : l2.Figure.Value ?? l2.Interval.Point;
        if (e2 is null || l2 is null || pl <= pe || HasDateBetween(group, e2, l2)) return null;
        return Make(metric, ConflictSeverity.Soft, x, y,
            $"The {metric} count went from {FigureText.Value(e2.Figure)} ({e2.Figure.Source ?? e2.Figure.Article}, {Date(e2)}) to {FigureText.Value(l2.Figure)} ({l2.Figure.Source ?? l2.Figure.Article}, {Date(l2)}): both can hold; the later report has a higher count.");
    }

    /// <summary>True when another report in the group falls strictly between the two dates.</summary>
    private static bool HasDateBetween(List<Item> group, Item early, Item late) =>
        early.Date is { } d1 && late.Date is { } d2 && group.Any(i => i.Date is { } d && d > d1 && d < d2);

    private static (Item? Early, Item? Late) Order(Item x, Item y)
    {
        if (x.Date is { } dx && y.Date is { } dy && dx != dy) return dx < dy ? (x, y) : (y, x);
        bool rx = Rose(x.Figure), ry = Rose(y.Figure);
        if (rx != ry) return rx ? (y, x) : (x, y);
        return (null, null);
    }

    /// <summary>"has risen to", "rose to", "climbed to": the sentence reports an update.</summary>
    private static bool Rose(Figure f) => f.Text.Contains("risen", StringComparison.OrdinalIgnoreCase) || f.Text.Contains("rose to", StringComparison.OrdinalIgnoreCase)
        || f.Text.Contains("climbed", StringComparison.OrdinalIgnoreCase) || f.Text.Contains("increased to", StringComparison.OrdinalIgnoreCase);

    private static (Conflict, string) Make(string metric, ConflictSeverity severity, Item x, Item y, string why)
    {
        var ids = new[] { x.Figure, y.Figure }.OrderBy(f => f.Article, StringComparer.Ordinal).ThenBy(f => f.Span.Start).ToList();
        string key = string.Join('|', ids.Select(f => $"{f.Article}:{f.Span.Start:D9}"));
        return (new Conflict(string.Empty, metric, severity, ids.Select(f => f.Id).ToList(), why), key);
    }

    private static string Date(Item i) => i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Norm(string? s) => s is null ? string.Empty : Entities.NameForms.PlainKey(s);

    /// <summary>Police, soldiers or guards counted apart are a part of all people, not a rival count.</summary>
    private static string Population(Figure f)
    {
        // The counted noun phrase right after the number: "a dozen police, national guards and soldiers".
        string after = string.Join(' ', Window(f, 80).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5)).ToLowerInvariant();
        if (SecurityWords.Any(w => after.Contains(w, StringComparison.Ordinal)) && f.Metric is not ("troops" or "aircraft")) return "security";
        if (after.Contains("foreign", StringComparison.Ordinal) || Before(f, 12).Contains("foreign", StringComparison.OrdinalIgnoreCase)) return "foreign";
        if (after.Contains("children", StringComparison.Ordinal)) return "children";
        return "all";
    }

    private static bool IsVague(Figure f) => f.Qualifier == Qualifier.Range && f.Value is null && f.Low is { } lo && f.High is { } hi && hi >= lo * 3;

    private static bool IsSnapshot(Figure f)
    {
        string before = Before(f, 80).ToLowerInvariant();
        return SnapshotWords.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    private static string Window(Figure f, int chars)
    {
        int start = f.Span.End - f.Sentence.Start;
        if (start < 0 || start > f.Text.Length) return string.Empty;
        return f.Text.Substring(start, Math.Min(chars, f.Text.Length - start));
    }

    private static string Before(Figure f, int chars)
    {
        int end = f.Span.Start - f.Sentence.Start;
        if (end <= 0 || end > f.Text.Length) return string.Empty;
        int start = Math.Max(0, end - chars);
        return f.Text[start..end];
    }
}
