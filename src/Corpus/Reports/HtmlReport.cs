using System.Globalization;
using System.Net;
using System.Text;
using Corpus.Quantities;
using Corpus.Claims;
using Corpus.Reconciliation;

namespace Corpus.Reports;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as one self-contained HTML page (inline CSS and SVG, no
/// scripts, nothing fetched): the conflicts with their evidence, each metric's reported values over
/// time by source, every figure, the entities with their aliases, and the quotes by speaker.
/// Stateless and thread-safe.
/// </summary>
public static class HtmlReport
{
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    /// <summary>Renders <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Render(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ReportBuffer.Render(writer => Write(result, writer));
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/> as it is produced (the page is never held whole in memory).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var ci = CultureInfo.InvariantCulture;
        var articles = result.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var figures = result.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var conflictsOf = new Dictionary<string, List<Conflict>>(StringComparer.Ordinal);
        foreach (var c in result.Conflicts)
        {
            foreach (var id in c.Figures) (conflictsOf.TryGetValue(id, out var l) ? l : conflictsOf[id] = new()).Add(c);
        }

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>Corpus analysis</title><style>").Append(Css).Append("</style></head><body>\n");
        sb.Append(ci, $"<h1>Corpus analysis</h1><p class=\"summary\">{result.Articles.Count} articles · {result.Entities.Count} entities · {result.Quotes.Count} quotes · {result.Figures.Count} figures · <b>{result.Conflicts.Count} conflicts</b> · {result.Rejected.Count} rejected inputs</p>\n");

        // Conflicts first: what readers come for.
        sb.Append("<h2 id=\"conflicts-heading\">Conflicts</h2>\n");
        if (result.Conflicts.Count == 0) sb.Append("<p>No conflicts: the sources agree, or differ only in scope, population or metric.</p>\n");
        sb.Append("<table id=\"conflicts\"><thead><tr><th>id</th><th>severity</th><th>metric</th><th>figures</th><th>why</th></tr></thead><tbody>\n");
        // Every hard conflict; soft ones (updates, explained differences) up to the cap.
        int softRoom = Math.Max(0, MaxConflicts - result.Conflicts.Count(c => c.Severity == ConflictSeverity.Hard));
        var shownConflicts = result.Conflicts.Where(c => c.Severity == ConflictSeverity.Hard || softRoom-- > 0).ToList();
        foreach (var c in shownConflicts)
        {
            string sev = c.Severity == ConflictSeverity.Hard ? "hard" : "soft";
            sb.Append(ci, $"<tr id=\"{E(c.Id)}\"><td>{E(c.Id)}</td><td><span class=\"badge {sev}\">{sev}</span></td><td>{E(c.Metric)}</td><td>");
            foreach (var id in c.Figures)
            {
                if (!figures.TryGetValue(id, out var f)) continue;
                sb.Append(ci, $"<div class=\"evidence\"><a href=\"#{E(id)}\">{E(id)}</a> <b>{E(FigureText.Value(f))}</b> in {E(f.Article)}{(f.Status == FigureStatus.Retracted ? " <span class=\"badge retracted\">retracted</span>" : "")}<blockquote>{Highlighted(f)}</blockquote></div>");
            }

            sb.Append(ci, $"</td><td>{E(c.Why)}</td></tr>\n");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        if (shownConflicts.Count < result.Conflicts.Count) sb.Append(ci, $"<tr><td colspan=\"5\" class=\"muted\">{result.Conflicts.Count - shownConflicts.Count} more soft conflicts: in the JSON output.</td></tr>\n");
        sb.Append("</tbody></table>\n");

        // Stories ranked by conflicts, then by size: the first few get charts, every figure table is
        // collapsed and capped, so the page grows with the number of stories, not of figures.
        var storyInfo = new Dictionary<string, (int Articles, string? Title)>(StringComparer.Ordinal);
        foreach (var a in result.Articles)
        {
            var (n, title) = storyInfo.GetValueOrDefault(a.Story);
            storyInfo[a.Story] = (n + 1, title ?? a.Title);
        }

        var conflictsByStory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in result.Conflicts)
        {
            if (c.Figures.Count > 0 && figures.TryGetValue(c.Figures[0], out var f0)) conflictsByStory[StoryOf(f0, articles)] = conflictsByStory.GetValueOrDefault(StoryOf(f0, articles)) + 1;
        }

        var ranked = result.Figures.GroupBy(f => StoryOf(f, articles))
            .OrderByDescending(g => conflictsByStory.GetValueOrDefault(g.Key)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        sb.Append("<h2>Figures by story and metric</h2>\n");
        if (ranked.Count > ChartedStories)
        {
            sb.Append(ci, $"<p class=\"muted\">The {ChartedStories} stories with the most conflicts (then the most figures) are shown in full; the other {ranked.Count - ChartedStories} are listed after them.</p>\n");
        }

        foreach (var story in ranked.Take(ChartedStories))
        {
            var info = storyInfo.GetValueOrDefault(story.Key);
            sb.Append(ci, $"<h3 id=\"story-{E(story.Key)}\">Story {E(story.Key)}: {E(info.Title ?? story.Key)} <span class=\"muted\">{info.Articles} articles · {story.Count()} figures · {conflictsByStory.GetValueOrDefault(story.Key)} conflicts</span></h3>\n");
            foreach (var group in story.GroupBy(f => f.Metric).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var list = group.OrderBy(f => DayOf(f, articles) ?? DateOnly.MaxValue).ThenBy(f => f.Article, StringComparer.Ordinal).ToList();
                sb.Append(ci, $"<h4>{E(group.Key)}</h4>\n").Append(Chart(group.Key, list, articles)).Append('\n');
                var shown = list.OrderBy(f => conflictsOf.ContainsKey(f.Id) ? 0 : 1).Take(RowsPerTable).ToHashSet();
                sb.Append(ci, $"<details><summary>{list.Count} {E(group.Key)} figures</summary><table class=\"figures\"><thead><tr><th>id</th><th>article</th><th>outlet</th><th>date</th><th>value</th><th>location</th><th>source</th><th>status</th><th>conflicts</th></tr></thead><tbody>\n");
                foreach (var f in list.Where(shown.Contains))
                {
                    articles.TryGetValue(f.Article, out var a);
                    var marks = conflictsOf.TryGetValue(f.Id, out var cs) ? string.Join(" ", cs.Select(c => $"<a class=\"badge {(c.Severity == ConflictSeverity.Hard ? "hard" : "soft")}\" href=\"#{E(c.Id)}\">{E(c.Id)}</a>")) : "";
                    sb.Append(ci, $"<tr id=\"{E(f.Id)}\" class=\"{(cs is null ? "" : "flagged")}\"><td>{E(f.Id)}</td><td>{E(f.Article)}</td><td>{E(a?.Outlet ?? "")}</td><td>{DayOf(f, articles)?.ToString("yyyy-MM-dd", ci)}</td><td><b>{E(FigureText.ValueAndCounted(f))}</b></td><td>{E(f.Location ?? "")}</td><td>{E(f.Source ?? "")}</td><td>{(f.Status == FigureStatus.Retracted ? "<span class=\"badge retracted\">retracted</span>" : "asserted")}</td><td>{marks}</td></tr>\n");
                    ReportBuffer.FlushIfLarge(sb, writer);
                }

                if (list.Count > shown.Count) sb.Append(ci, $"<tr><td colspan=\"9\" class=\"muted\">{list.Count - shown.Count} more {E(group.Key)} figures without conflicts: in the JSON output.</td></tr>\n");
                sb.Append("</tbody></table></details>\n");
            }
        }

        if (ranked.Count > ChartedStories)
        {
            sb.Append("<details><summary>Other stories</summary><table><thead><tr><th>story</th><th>title</th><th>articles</th><th>figures</th><th>conflicts</th></tr></thead><tbody>\n");
            foreach (var story in ranked.Skip(ChartedStories).Take(MaxListed))
            {
                var info = storyInfo.GetValueOrDefault(story.Key);
                sb.Append(ci, $"<tr><td>{E(story.Key)}</td><td>{E(info.Title ?? "")}</td><td>{info.Articles}</td><td>{story.Count()}</td><td>{conflictsByStory.GetValueOrDefault(story.Key)}</td></tr>\n");
                ReportBuffer.FlushIfLarge(sb, writer);
            }

            if (ranked.Count > ChartedStories + MaxListed) sb.Append(ci, $"<tr><td colspan=\"5\" class=\"muted\">{ranked.Count - ChartedStories - MaxListed} more stories: in the JSON output.</td></tr>\n");
            sb.Append("</tbody></table></details>\n");
        }

        // Articles: title, outlet, date, link.
        sb.Append(ci, $"<h2>Articles</h2>\n<details{(result.Articles.Count <= 30 ? " open" : "")}><summary>{result.Articles.Count} articles</summary><table id=\"articles\"><thead><tr><th>id</th><th>title</th><th>outlet</th><th>date</th><th>story</th></tr></thead><tbody>\n");
        foreach (var a in result.Articles.Take(MaxListed))
        {
            string title = E(a.Title ?? a.Id);
            if (a.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                title = $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{title}</a>";
            }

            sb.Append(ci, $"<tr><td>{E(a.Id)}</td><td>{title}</td><td>{E(a.Outlet ?? "")}</td><td>{a.Published?.ToString("yyyy-MM-dd", ci)}</td><td><a href=\"#story-{E(a.Story)}\">{E(a.Story)}</a></td></tr>\n");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        if (result.Articles.Count > MaxListed) sb.Append(ci, $"<tr><td colspan=\"5\" class=\"muted\">{result.Articles.Count - MaxListed} more articles: in the JSON output.</td></tr>\n");
        sb.Append("</tbody></table></details>\n");

        // Entities, most mentioned first.
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        sb.Append(ci, $"<h2>Entities</h2>\n<details><summary>{result.Entities.Count} entities{(result.Entities.Count > MaxListed ? $" (the {MaxListed} most mentioned)" : "")}</summary><table id=\"entities\"><thead><tr><th>type</th><th>name</th><th>aliases</th><th>roles</th><th>mentions</th></tr></thead><tbody>\n");
        foreach (var e in result.Entities.OrderByDescending(e => e.Mentions.Count + e.RoleMentions.Count).Take(MaxListed))
        {
            sb.Append(ci, $"<tr><td>{JsonReport.TypeName(e.Type)}</td><td>{E(e.Name)}</td><td>{E(string.Join(" · ", e.Aliases))}</td><td>{E(string.Join(" · ", e.Roles))}</td><td>{e.Mentions.Count + e.RoleMentions.Count}</td></tr>\n");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        sb.Append("</tbody></table></details>\n");

        // Quotes by speaker, most quoted first.
        sb.Append("<h2>Quotes by speaker</h2>\n");
        var speakers = result.Quotes.GroupBy(q => q.Speaker is { } s && names.TryGetValue(s, out var n) ? n : "(speaker not resolved)").OrderBy(g => g.Key == "(speaker not resolved)").ThenByDescending(g => g.Count()).ToList();
        foreach (var g in speakers.Take(MaxSpeakers))
        {
            sb.Append(ci, $"<details><summary>{E(g.Key)} ({g.Count()})</summary><ul>");
            foreach (var q in g.Take(QuotesPerSpeaker))
            {
                sb.Append(ci, $"<li>{(q.Direct ? "“" + E(q.Text) + "”" : E(q.Text))} <span class=\"muted\">{E(q.Article)}</span></li>");
                ReportBuffer.FlushIfLarge(sb, writer);
            }

            if (g.Count() > QuotesPerSpeaker) sb.Append(ci, $"<li class=\"muted\">{g.Count() - QuotesPerSpeaker} more: in the JSON output.</li>");
            sb.Append("</ul></details>\n");
        }

        if (speakers.Count > MaxSpeakers) sb.Append(ci, $"<p class=\"muted\">{speakers.Count - MaxSpeakers} more speakers: in the JSON output.</p>\n");

        if (result.Rejected.Count > 0)
        {
            sb.Append("<h2>Rejected inputs</h2><ul>");
            foreach (var r in result.Rejected) sb.Append(ci, $"<li><code>{E(r.Source)}</code>: {E(r.Reason)}</li>");
            sb.Append("</ul>\n");
        }

        if (result.Skipped.Count > 0)
        {
            sb.Append("<h2>Skipped files</h2><ul>");
            foreach (var s in result.Skipped) sb.Append(ci, $"<li><code>{E(s.Source)}</code>: {E(s.Reason)}</li>");
            sb.Append("</ul>\n");
        }

        sb.Append("</body></html>\n");
        writer.Write(sb);
    }

    /// <summary>
    /// Reported values over time: x is a time axis of the day each figure counts for (its own time
    /// expression, "on Tuesday", over its article's publication date; undated articles in a
    /// labelled band at the right), one colour per outlet; a range is a bar, a lower bound ("at
    /// least") an arrow, a withdrawn figure a hollow marker. The legend explains every mark.
    /// </summary>
    private static string Chart(string metric, List<Figure> figures, Dictionary<string, ArticleInfo> articles)
    {
        var ci = CultureInfo.InvariantCulture;
        const int w = 780, h = 260, left = 64, right = 210, top = 16, bottom = 44, pad = 14, band = 80;
        DateOnly? DateOf(Figure f) => DayOf(f, articles);
        string OutletOf(Figure f) => articles.TryGetValue(f.Article, out var a) && !string.IsNullOrWhiteSpace(a.Outlet) ? a.Outlet! : f.Article;
        var dates = figures.Select(DateOf).OfType<DateOnly>().ToList();
        bool undated = figures.Any(f => DateOf(f) is null);
        int plotRight = w - right - (undated ? band : 0);
        double x0 = left + pad, x1 = plotRight - pad;
        int first = dates.Count > 0 ? dates.Min().DayNumber : 0, last = dates.Count > 0 ? dates.Max().DayNumber : 0;
        double XDate(DateOnly d) => last == first ? (x0 + x1) / 2 : x0 + (d.DayNumber - first) * (x1 - x0) / (last - first);
        double max = figures.Select(f => f.High ?? f.Value ?? f.Low ?? 0).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        if (max <= 0) max = 1;
        max *= 1.15;
        double Y(double v) => top + (h - top - bottom) * (1 - Math.Min(v, max) / max);
        var outlets = figures.Select(OutletOf).Distinct(StringComparer.Ordinal).ToList();

        var sb = new StringBuilder();
        sb.Append(ci, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(metric)} reported over time by outlet\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(ci, $"<line x1=\"{left}\" y1=\"{h - bottom}\" x2=\"{plotRight}\" y2=\"{h - bottom}\" class=\"axis\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{h - bottom}\" class=\"axis\"/>");
        for (int t = 0; t <= 4; t++)
        {
            double v = max / 1.15 * t / 4;
            sb.Append(ci, $"<text x=\"{left - 6}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" class=\"tick\">{v.ToString("N0", ci)}</text><line x1=\"{left}\" y1=\"{Y(v):F1}\" x2=\"{plotRight}\" y2=\"{Y(v):F1}\" class=\"grid\"/>");
        }

        // Date ticks: at most five, evenly spaced in days; the year only when the dates span two.
        if (dates.Count > 0)
        {
            bool years = dates.Min().Year != dates.Max().Year;
            int steps = Math.Min(4, last - first);
            for (int t = 0; t <= steps; t++)
            {
                var d = DateOnly.FromDayNumber(steps == 0 ? first : first + (int)Math.Round((last - first) * t / (double)steps));
                sb.Append(ci, $"<line x1=\"{XDate(d):F1}\" y1=\"{h - bottom}\" x2=\"{XDate(d):F1}\" y2=\"{h - bottom + 4}\" class=\"axis\"/><text x=\"{XDate(d):F1}\" y=\"{h - bottom + 17}\" text-anchor=\"middle\" class=\"tick\">{d.ToString(years ? "yyyy-MM-dd" : "MMM d", ci)}</text>");
            }

            sb.Append(ci, $"<text x=\"{(x0 + x1) / 2:F1}\" y=\"{h - 8}\" text-anchor=\"middle\" class=\"tick\">day counted (its own time, else publication date)</text>");
        }

        var undatedFigures = figures.Where(f => DateOf(f) is null).ToList();
        if (undated)
        {
            sb.Append(ci, $"<rect x=\"{plotRight}\" y=\"{top}\" width=\"{band}\" height=\"{h - top - bottom}\" class=\"band\"/><text x=\"{plotRight + band / 2}\" y=\"{h - bottom + 17}\" text-anchor=\"middle\" class=\"tick\">undated</text>");
        }

        var sameDay = new Dictionary<int, int>();
        foreach (var f in figures)
        {
            double x;
            if (DateOf(f) is { } d)
            {
                int k = sameDay[d.DayNumber] = sameDay.GetValueOrDefault(d.DayNumber) + 1;
                x = XDate(d) + (k - 1) * 8 - (k > 1 ? 4 : 0);
            }
            else
            {
                int i = undatedFigures.IndexOf(f);
                x = plotRight + band * (i + 1) / (undatedFigures.Count + 1.0);
            }

            string color = Palette[outlets.IndexOf(OutletOf(f)) % Palette.Length];
            bool hollow = f.Status == FigureStatus.Retracted;
            string title = $"{f.Id} {FigureText.Value(f)}: {OutletOf(f)}, {DateOf(f)?.ToString("yyyy-MM-dd", ci) ?? "undated"}{(f.Source is { } src ? $", source {src}" : "")}{(hollow ? ", withdrawn" : "")}";
            if (f.Value is null && f.Low is { } lo && f.High is { } hi)
            {
                sb.Append(ci, $"<line x1=\"{x:F1}\" y1=\"{Y(lo):F1}\" x2=\"{x:F1}\" y2=\"{Y(hi):F1}\" stroke=\"{color}\" stroke-width=\"5\" stroke-linecap=\"round\"><title>{E(title)}</title></line>");
                continue;
            }

            double v = f.Value ?? 0;
            if (f.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan) sb.Append(Arrow(x, Y(v), color));
            sb.Append(ci, $"<circle cx=\"{x:F1}\" cy=\"{Y(v):F1}\" r=\"5\" fill=\"{(hollow ? "white" : color)}\" stroke=\"{color}\" stroke-width=\"2\"><title>{E(title)}</title></circle>");
        }

        // Legend: outlets, then what each mark means.
        int lx = w - right + 12, ly = top + 6;
        sb.Append(ci, $"<text x=\"{lx - 6}\" y=\"{ly}\" class=\"legend head\">Outlet</text>");
        for (int i = 0; i < outlets.Count && i < 8; i++)
        {
            ly += 15;
            sb.Append(ci, $"<circle cx=\"{lx}\" cy=\"{ly - 4}\" r=\"5\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">{E(Shorten(outlets[i], 26))}</text>");
        }

        if (outlets.Count > 8)
        {
            ly += 15;
            sb.Append(ci, $"<text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">and {outlets.Count - 8} more</text>");
        }

        ly += 20;
        sb.Append(ci, $"<circle cx=\"{lx}\" cy=\"{ly - 4}\" r=\"5\" fill=\"#555\"/><text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">stated</text>");
        ly += 15;
        sb.Append(ci, $"<circle cx=\"{lx}\" cy=\"{ly - 4}\" r=\"5\" fill=\"white\" stroke=\"#555\" stroke-width=\"2\"/><text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">withdrawn</text>");
        ly += 22;
        sb.Append(Arrow(lx, ly - 2, "#555")).Append(ci, $"<circle cx=\"{lx}\" cy=\"{ly - 2}\" r=\"3\" fill=\"#555\"/><text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">at least / more than</text>");
        ly += 17;
        sb.Append(ci, $"<line x1=\"{lx}\" y1=\"{ly - 10}\" x2=\"{lx}\" y2=\"{ly + 2}\" stroke=\"#555\" stroke-width=\"5\" stroke-linecap=\"round\"/><text x=\"{lx + 10}\" y=\"{ly}\" class=\"legend\">range (low to high)</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Arrow(double x, double y, string color) => string.Create(CultureInfo.InvariantCulture,
        $"<line x1=\"{x:F1}\" y1=\"{y:F1}\" x2=\"{x:F1}\" y2=\"{y - 16:F1}\" stroke=\"{color}\" stroke-width=\"2\"/><path d=\"M{x - 4:F1},{y - 12:F1} L{x:F1},{y - 18:F1} L{x + 4:F1},{y - 12:F1}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");

    /// <summary>Stories shown in full (charts and tables); figure rows per table; articles and entities listed; speakers and quotes each shown.</summary>
    private const int ChartedStories = 20, RowsPerTable = 25, MaxListed = 500, MaxSpeakers = 100, QuotesPerSpeaker = 20, MaxConflicts = 200;

    /// <summary>The figure's sentence with its number marked.</summary>
    private static string Highlighted(Figure f)
    {
        int start = f.Span.Start - f.Sentence.Start, end = f.Span.End - f.Sentence.Start;
        if (start < 0 || end > f.Text.Length || start >= end) return E(f.Text);
        return E(f.Text[..start]) + "<mark>" + E(f.Text[start..end]) + "</mark>" + E(f.Text[end..]);
    }

    /// <summary>The day a figure counts for: its own time expression over its article's date ("on Tuesday"), else the article's date.</summary>
    private static DateOnly? DayOf(Figure f, Dictionary<string, ArticleInfo> articles)
    {
        var published = articles.TryGetValue(f.Article, out var a) ? a.Published : null;
        return f.Facts.When?.DayOf(published) ?? published;
    }

    private static string StoryOf(Figure f, Dictionary<string, ArticleInfo> articles) => articles.TryGetValue(f.Article, out var a) ? a.Story : "s1";

    private static string Shorten(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2330;background:#fbfbfd}
        h1{margin:0 0 .25rem}h2{margin-top:2.2rem;border-bottom:2px solid #e3e6ee;padding-bottom:.3rem}h3{margin:1.6rem 0 .4rem}h4{margin:1rem 0 .3rem}mark{background:#ffe08a;padding:0 .1rem}
        .summary{color:#555}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;background:#fff;box-shadow:0 1px 2px #0001}
        th,td{border-bottom:1px solid #e8eaf0;padding:.45rem .55rem;text-align:left;vertical-align:top}th{background:#f1f3f8;font-weight:600;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em;color:#444}
        tr.flagged{background:#fff8e6}.badge{display:inline-block;border-radius:999px;padding:.05rem .55rem;font-size:.78rem;font-weight:600;text-decoration:none;color:#fff}
        .hard{background:#c62828}.soft{background:#ef8f00}.retracted{background:#6a1b9a}blockquote{margin:.2rem 0 .5rem;padding-left:.6rem;border-left:3px solid #d0d5e2;color:#444;font-size:.9rem}
        .evidence a{font-weight:600}.chart{background:#fff;border:1px solid #e3e6ee;border-radius:6px;max-width:100%;height:auto}.axis{stroke:#888}.grid{stroke:#eee}
        .tick{font-size:11px;fill:#666}.legend{font-size:12px;fill:#333}.legend.head{font-weight:600}.band{fill:#f4f5f9}details{margin:.3rem 0;background:#fff;border:1px solid #e8eaf0;border-radius:6px;padding:.4rem .7rem}
        summary{cursor:pointer;font-weight:600}.muted{color:#888;font-size:.8rem}code{background:#f1f3f8;padding:0 .3rem;border-radius:3px}
        """;
}
