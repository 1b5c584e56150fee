using System.Globalization;
using Corpus.Quantities;
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

    private sealed record Item(Figure Figure, FigureInterval Interval, DateOnly? Date, string Population, bool Vague, bool Snapshot)
    {
        public bool Rose { get; } = Figure.Facts.Trend == FigureTrend.Rise;
    }

    /// <summary>
    /// Figures in one group that make the same claim (same day, interval, status and wording class):
    /// many outlets repeating one number are one claim, compared once.
    /// </summary>
    private sealed class Claim(Item first)
    {
        private List<Item>? _more;

        public Item Rep { get; } = first;

        public double Point { get; } = first.Figure.Value ?? first.Interval.Point;

        /// <summary>Every figure making the claim; most claims have one, so the list is made only for a second.</summary>
        public IReadOnlyList<Item> Members => _more ?? (IReadOnlyList<Item>)[Rep];

        public int Count => _more?.Count ?? 1;

        public bool SingleArticle => _more is null || _more.TrueForAll(m => m.Figure.Article == Rep.Figure.Article);

        public void Add(Item item) => (_more ??= [Rep]).Add(item);
    }

    /// <summary>Claims compared pairwise when a neighbourhood has at most this many pairs; beyond it, only value neighbours.</summary>
    private const int FullComparePairs = 64;

    /// <summary>Value neighbours on each side a claim is compared with in a crowded neighbourhood.</summary>
    private const int Neighbours = 2;

    /// <summary>Conflicts among <paramref name="figures"/>; <paramref name="published"/> gives each article's date when known.</summary>
    /// <remarks>
    /// O(n log n): identical claims are merged, and a claim is compared with the claims of its own
    /// day and of the previous reported day (all of them when few, its value neighbours when many)
    /// and, when withdrawn, with restatements found by binary search on the value.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Conflict> Reconcile(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, DateOnly?> published)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(published);
        var found = new List<(Conflict Conflict, string Key)>();
        var groups = new Dictionary<(string Metric, string Place, string Population), List<Item>>();
        var placeKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            // An "other" figure is comparable only with figures counting the same thing; one that names nothing, with none.
            if (f.Metric == "other" && f.Counted is null) continue;
            var item = new Item(f, FigureInterval.Of(f), published.GetValueOrDefault(f.Article), f.Facts.Population, IsVague(f), f.Facts.Snapshot);
            string place = f.Location is null ? string.Empty : placeKeys.TryGetValue(f.Location, out var known) ? known : placeKeys[f.Location] = Norm(f.Location);
            var key = (f.Metric == "other" ? "other:" + f.Counted : f.Metric, place, item.Population);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(item);
        }

        foreach (var group in groups.Values) ReconcileGroup(group, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var result = new Conflict[found.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var c = found[i].Conflict;
            result[i] = new Conflict("k" + (i + 1).ToString(CultureInfo.InvariantCulture), c.Metric, c.Severity, c.Figures, c.Why);
        }

        return result;
    }

    private static void ReconcileGroup(List<Item> group, List<(Conflict, string)> found)
    {
        // A canonical order (not input order) keeps the result stable.
        group.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Figure.Article, b.Figure.Article);
            return c != 0 ? c : a.Figure.Span.Start.CompareTo(b.Figure.Span.Start);
        });
        var claims = new List<Claim>();
        var byKey = new Dictionary<(DateOnly?, double, double, double?, FigureStatus, bool, bool, bool), Claim>();
        foreach (var i in group)
        {
            var key = (i.Date, i.Interval.Low, i.Interval.High, i.Figure.Value, i.Figure.Status, i.Vague, i.Snapshot, i.Rose);
            if (byKey.TryGetValue(key, out var claim)) claim.Add(i);
            else claims.Add(byKey[key] = new Claim(i));
        }

        var dates = group.Where(i => i.Date is not null).Select(i => i.Date!.Value).Distinct().Order().ToArray();
        var pairs = new List<(int, int)>();
        var index = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++) index[claims[i]] = i;
        void Pair(Claim a, Claim b)
        {
            int x = index[a], y = index[b];
            if (x != y) pairs.Add(x < y ? (x, y) : (y, x));
        }

        // Withdrawn figures against restatements of the same number.
        var asserted = claims.Where(c => c.Rep.Figure.Status != FigureStatus.Retracted && !c.Rep.Vague && c.Rep.Figure.Value is not null)
            .OrderBy(c => c.Rep.Figure.Value!.Value).ToList();
        var values = asserted.Select(c => c.Rep.Figure.Value!.Value).ToArray();
        foreach (var r in claims.Where(c => c.Rep.Figure.Status == FigureStatus.Retracted && c.Rep.Figure.Value is not null))
        {
            double rv = r.Rep.Figure.Value!.Value, tolerance = Math.Max(1, rv * 0.01);
            for (int k = LowerBound(values, rv - tolerance); k < values.Length && values[k] <= rv + tolerance; k++) Pair(r, asserted[k]);
        }

        // The same day (or undated), then each reported day against the previous one.
        var days = claims.GroupBy(c => c.Rep.Date).ToDictionary(g => g.Key ?? DateOnly.MinValue, g => g.OrderBy(c => c.Point).ToList());
        foreach (var day in days.Values) Neighbourhood(day, day, Pair);
        for (int d = 1; d < dates.Length; d++) Neighbourhood(days[dates[d - 1]], days[dates[d]], Pair);
        if (days.TryGetValue(DateOnly.MinValue, out var undated) && dates.Length > 0)
        {
            var dated = claims.Where(c => c.Rep.Date is not null).OrderBy(c => c.Point).ToList();
            Neighbourhood(dated, undated, Pair);
        }

        pairs.Sort();
        for (int p = 0; p < pairs.Count; p++)
        {
            if (p > 0 && pairs[p] == pairs[p - 1]) continue;
            var (x, y) = pairs[p];
            var a = claims[x];
            var b = claims[y];
            if (a.SingleArticle && b.SingleArticle && a.Rep.Figure.Article == b.Rep.Figure.Article) continue;
            if (Compare(a, b, dates) is { } c) found.Add(c);
        }
    }

    /// <summary>Pairs each claim of <paramref name="later"/> with claims of <paramref name="earlier"/> (both sorted by value): all when few, value neighbours when many.</summary>
    private static void Neighbourhood(List<Claim> earlier, List<Claim> later, Action<Claim, Claim> pair)
    {
        if ((long)earlier.Count * later.Count <= FullComparePairs)
        {
            foreach (var a in earlier)
            {
                foreach (var b in later) pair(a, b);
            }

            return;
        }

        var points = earlier.Select(c => c.Point).ToArray();
        foreach (var b in later)
        {
            int at = LowerBound(points, b.Point);
            for (int k = Math.Max(0, at - Neighbours); k < Math.Min(points.Length, at + Neighbours + 1); k++) pair(earlier[k], b);
        }
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static (Conflict, string)? Compare(Claim cx, Claim cy, DateOnly[] dates)
    {
        var x = cx.Rep;
        var y = cy.Rep;
        var fx = x.Figure;
        var fy = y.Figure;
        string metric = fx.Metric;

        // A withdrawn figure restated as fact elsewhere.
        var retracted = fx.Status == FigureStatus.Retracted ? cx : fy.Status == FigureStatus.Retracted ? cy : null;
        if (retracted is not null)
        {
            var other = retracted == cx ? cy : cx;
            var o = other.Rep;
            var rf = retracted.Rep.Figure;
            // Restated means the same number, not merely a compatible one.
            if (o.Figure.Status == FigureStatus.Retracted || o.Vague || o.Figure.Value is not { } ov || rf.Value is not { } rv
                || Math.Abs(ov - rv) > Math.Max(1, rv * 0.01)) return null;
            string who = rf.Source ?? "its source";
            return Make(metric, ConflictSeverity.Hard, cx, cy,
                $"{FigureText.Value(o.Figure)} {metric} is stated as fact in {Articles(other)}, but {Articles(retracted)} says {who} withdrew that figure.");
        }

        // A count the text places at an earlier moment ("when ... there were already dozens") is not the current toll.
        if (x.Snapshot || y.Snapshot) return null;

        // Troops, aircraft or fighters counted in two articles are usually different groups: only tolls are compared.
        if (!Tolls.Contains(metric)) return null;
        var (early, late) = Order(x, y);
        var (ce, cl) = early == x ? (cx, cy) : (cy, cx);
        if (!x.Interval.Overlaps(y.Interval))
        {
            if (early is not null && late is not null && late.Interval.Point > early.Interval.Point)
            {
                if (HasDateBetween(dates, early, late)) return null; // a rising toll is flagged between consecutive reports only
                return Make(metric, ConflictSeverity.Soft, cx, cy,
                    $"The {metric} count rose from {FigureText.Value(early.Figure)} ({Date(early)}, {Articles(ce)}) to {FigureText.Value(late.Figure)} ({Date(late)}, {Articles(cl)}): a later update.");
            }

            if (x.Vague || y.Vague)
            {
                var (vague, precise) = x.Vague ? (cx, cy) : (cy, cx);
                return Make(metric, ConflictSeverity.Soft, cx, cy,
                    $"{Articles(vague)} speaks loosely of {FigureText.Value(vague.Rep.Figure)} {metric} while {Articles(precise)} gives {FigureText.Value(precise.Rep.Figure)}; the vague count does not reach it.");
            }

            if (x.Date != y.Date)
            {
                return Make(metric, ConflictSeverity.Soft, cx, cy,
                    $"{FigureText.Value(fx)} ({fx.Source ?? Articles(cx)}, {Date(x)}) and {FigureText.Value(fy)} ({fy.Source ?? Articles(cy)}, {Date(y)}) {metric} disagree; they were reported on different days, which may explain it.");
            }

            return Make(metric, ConflictSeverity.Hard, cx, cy,
                $"{FigureText.Value(fx)} ({fx.Source ?? Articles(cx)}) and {FigureText.Value(fy)} ({fy.Source ?? Articles(cy)}) {metric} cannot both hold for {fx.Location ?? "the same place"} on the same day.");
        }

        // Compatible intervals: quiet, unless the counts are far apart from different sources or moments.
        double px = fx.Value ?? x.Interval.Point, py = fy.Value ?? y.Interval.Point;
        double gap = Math.Abs(px - py) / Math.Max(Math.Max(px, py), 1);
        if (x.Vague || y.Vague || gap <= 0.25) return null;
        if (early is null || late is null) return null;
        double pe = early.Figure.Value ?? early.Interval.Point, pl = late.Figure.Value ?? late.Interval.Point;
        if (pl <= pe || HasDateBetween(dates, early, late)) return null;
        return Make(metric, ConflictSeverity.Soft, cx, cy,
            $"The {metric} count went from {FigureText.Value(early.Figure)} ({early.Figure.Source ?? Articles(ce)}, {Date(early)}) to {FigureText.Value(late.Figure)} ({late.Figure.Source ?? Articles(cl)}, {Date(late)}): both can hold; the later report has a higher count.");
    }

    /// <summary>The articles making a claim, for an explanation: "a", "a and b", "a, b and 3 others".</summary>
    private static string Articles(Claim c)
    {
        if (c.Count == 1) return c.Rep.Figure.Article;
        var ids = c.Members.Select(m => m.Figure.Article).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count switch
        {
            1 => ids[0],
            2 => $"{ids[0]} and {ids[1]}",
            3 => $"{ids[0]}, {ids[1]} and {ids[2]}",
            _ => $"{ids[0]}, {ids[1]} and {(ids.Count - 2).ToString(CultureInfo.InvariantCulture)} others",
        };
    }

    /// <summary>True when another report in the group falls strictly between the two dates.</summary>
    private static bool HasDateBetween(DateOnly[] dates, Item early, Item late)
    {
        if (early.Date is not { } d1 || late.Date is not { } d2) return false;
        int at = Array.BinarySearch(dates, d1);
        int next = at >= 0 ? at + 1 : ~at;
        return next < dates.Length && dates[next] < d2;
    }

    private static (Item? Early, Item? Late) Order(Item x, Item y)
    {
        if (x.Date is { } dx && y.Date is { } dy && dx != dy) return dx < dy ? (x, y) : (y, x);
        bool rx = x.Rose, ry = y.Rose;
        if (rx != ry) return rx ? (y, x) : (x, y);
        return (null, null);
    }

    private static (Conflict, string) Make(string metric, ConflictSeverity severity, Claim x, Claim y, string why)
    {
        if (x.Count == 1 && y.Count == 1)
        {
            // The common case, without intermediate lists.
            var (a, b) = (x.Rep.Figure, y.Rep.Figure);
            if (Before(b, a)) (a, b) = (b, a);
            string pairKey = string.Create(CultureInfo.InvariantCulture, $"{a.Article}:{a.Span.Start:D9}|{b.Article}:{b.Span.Start:D9}");
            return (new Conflict(string.Empty, metric, severity, [a.Id, b.Id], why), pairKey);
        }

        var ids = new List<Figure>(x.Count + y.Count);
        foreach (var m in x.Members) ids.Add(m.Figure);
        foreach (var m in y.Members) ids.Add(m.Figure);
        ids.Sort((a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        var key = new System.Text.StringBuilder(ids.Count * 24);
        foreach (var f in ids)
        {
            if (key.Length > 0) key.Append('|');
            key.Append(f.Article).Append(':').Append(f.Span.Start.ToString("D9", CultureInfo.InvariantCulture));
        }

        return (new Conflict(string.Empty, metric, severity, ids.ConvertAll(f => f.Id), why), key.ToString());
    }

    /// <summary>Canonical figure order: by article, then by position.</summary>
    private static bool Before(Figure a, Figure b)
    {
        int c = string.CompareOrdinal(a.Article, b.Article);
        return c < 0 || (c == 0 && a.Span.Start < b.Span.Start);
    }

    private static string Date(Item i) => i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Norm(string? s) => s is null ? string.Empty : Entities.NameForms.PlainKey(s);

    private static bool IsVague(Figure f) => f.Qualifier == Qualifier.Range && f.Value is null && f.Low is { } lo && f.High is { } hi && hi >= lo * 3;
}
