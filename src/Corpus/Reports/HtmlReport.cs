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
        foreach (var c in result.Conflicts)
        {
            string sev = c.Severity == ConflictSeverity.Hard ? "hard" : "soft";
            sb.Append(ci, $"<tr id=\"{E(c.Id)}\"><td>{E(c.Id)}</td><td><span class=\"badge {sev}\">{sev}</span></td><td>{E(c.Metric)}</td><td>");
            foreach (var id in c.Figures)
            {
                if (!figures.TryGetValue(id, out var f)) continue;
                sb.Append(ci, $"<div class=\"evidence\"><a href=\"#{E(id)}\">{E(id)}</a> <b>{E(FigureText.Value(f))}</b> in {E(f.Article)}{(f.Status == FigureStatus.Retracted ? " <span class=\"badge retracted\">retracted</span>" : "")}<blockquote>{E(f.Text)}</blockquote></div>");
            }

            sb.Append(ci, $"</td><td>{E(c.Why)}</td></tr>\n");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        sb.Append("</tbody></table>\n");

        // Figures by metric, with a chart of reported values over time by source.
        var stories = new Dictionary<string, (int Articles, string? Title)>(StringComparer.Ordinal);
        foreach (var a in result.Articles)
        {
            var (n, title) = stories.GetValueOrDefault(a.Story);
            stories[a.Story] = (n + 1, title ?? a.Title);
        }

        sb.Append("<h2>Figures by story and metric</h2>\n");
        foreach (var group in result.Figures.GroupBy(f => (Story: StoryOf(f, articles), f.Metric)).OrderBy(g => g.Key.Story, StringComparer.Ordinal).ThenBy(g => g.Key.Metric, StringComparer.Ordinal))
        {
            var story = stories.GetValueOrDefault(group.Key.Story);
            string storyTitle = story.Title ?? group.Key.Story;
            var list = group.OrderBy(f => articles.TryGetValue(f.Article, out var a) ? a.Published ?? DateOnly.MaxValue : DateOnly.MaxValue).ThenBy(f => f.Article, StringComparer.Ordinal).ToList();
            sb.Append(ci, $"<h3>{E(group.Key.Metric)} <span class=\"muted\">story {E(group.Key.Story)}: {E(storyTitle)} ({story.Articles} articles)</span></h3>\n").Append(Chart(group.Key.Metric, list, articles)).Append('\n');
            sb.Append("<table class=\"figures\"><thead><tr><th>id</th><th>article</th><th>outlet</th><th>date</th><th>value</th><th>location</th><th>source</th><th>status</th><th>conflicts</th></tr></thead><tbody>\n");
            foreach (var f in list)
            {
                articles.TryGetValue(f.Article, out var a);
                var marks = conflictsOf.TryGetValue(f.Id, out var cs) ? string.Join(" ", cs.Select(c => $"<a class=\"badge {(c.Severity == ConflictSeverity.Hard ? "hard" : "soft")}\" href=\"#{E(c.Id)}\">{E(c.Id)}</a>")) : "";
                sb.Append(ci, $"<tr id=\"{E(f.Id)}\" class=\"{(cs is null ? "" : "flagged")}\"><td>{E(f.Id)}</td><td>{E(f.Article)}</td><td>{E(a?.Outlet ?? "")}</td><td>{a?.Published?.ToString("yyyy-MM-dd", ci)}</td><td><b>{E(FigureText.ValueAndCounted(f))}</b></td><td>{E(f.Location ?? "")}</td><td>{E(f.Source ?? "")}</td><td>{(f.Status == FigureStatus.Retracted ? "<span class=\"badge retracted\">retracted</span>" : "asserted")}</td><td>{marks}</td></tr>\n");
                ReportBuffer.FlushIfLarge(sb, writer);
            }

            sb.Append("</tbody></table>\n");
        }

        // Entities.
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        sb.Append("<h2>Entities</h2>\n<table id=\"entities\"><thead><tr><th>type</th><th>name</th><th>aliases</th><th>roles</th><th>mentions</th></tr></thead><tbody>\n");
        foreach (var e in result.Entities)
        {
            sb.Append(ci, $"<tr><td>{JsonReport.TypeName(e.Type)}</td><td>{E(e.Name)}</td><td>{E(string.Join(" · ", e.Aliases))}</td><td>{E(string.Join(" · ", e.Roles))}</td><td>{e.Mentions.Count + e.RoleMentions.Count}</td></tr>\n");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        sb.Append("</tbody></table>\n");

        // Quotes by speaker.
        sb.Append("<h2>Quotes by speaker</h2>\n");
        foreach (var g in result.Quotes.GroupBy(q => q.Speaker is { } s && names.TryGetValue(s, out var n) ? n : "(speaker not resolved)").OrderBy(g => g.Key == "(speaker not resolved)").ThenByDescending(g => g.Count()))
        {
            sb.Append(ci, $"<details><summary>{E(g.Key)} ({g.Count()})</summary><ul>");
            foreach (var q in g)
            {
                sb.Append(ci, $"<li>{(q.Direct ? "“" + E(q.Text) + "”" : E(q.Text))} <span class=\"muted\">{E(q.Article)}</span></li>");
                ReportBuffer.FlushIfLarge(sb, writer);
            }

            sb.Append("</ul></details>\n");
        }

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

    /// <summary>Reported values over time (x: publication date, undated last), by source; ranges as bars, lower bounds as arrows, withdrawn figures hollow.</summary>
    private static string Chart(string metric, List<Figure> figures, Dictionary<string, ArticleInfo> articles)
    {
        var ci = CultureInfo.InvariantCulture;
        const int w = 720, h = 240, left = 64, right = 170, top = 16, bottom = 40;
        var slots = figures.Select(f => SlotOf(f, articles)).Distinct().OrderBy(s => s).ToList();
        double max = figures.Select(f => f.High ?? f.Value ?? f.Low ?? 0).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        if (max <= 0) max = 1;
        max *= 1.15;
        double X(string slot) => left + (slots.Count == 1 ? (w - left - right) / 2.0 : slots.IndexOf(slot) * (w - left - right) / (double)(slots.Count - 1));
        double Y(double v) => top + (h - top - bottom) * (1 - Math.Min(v, max) / max);
        var sources = figures.Select(f => f.Source ?? f.Article).Distinct(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.Append(ci, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(metric)} reported over time by source\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(ci, $"<line x1=\"{left}\" y1=\"{h - bottom}\" x2=\"{w - right}\" y2=\"{h - bottom}\" class=\"axis\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{h - bottom}\" class=\"axis\"/>");
        for (int t = 0; t <= 4; t++)
        {
            double v = max / 1.15 * t / 4;
            sb.Append(ci, $"<text x=\"{left - 6}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" class=\"tick\">{v.ToString("N0", ci)}</text><line x1=\"{left}\" y1=\"{Y(v):F1}\" x2=\"{w - right}\" y2=\"{Y(v):F1}\" class=\"grid\"/>");
        }

        foreach (var slot in slots) sb.Append(ci, $"<text x=\"{X(slot):F1}\" y=\"{h - bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{E(slot[2..])}</text>");
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            string slot = SlotOf(f, articles);
            int k = offsets[slot] = offsets.GetValueOrDefault(slot) + 1;
            double x = X(slot) + (k - 1) * 7 - 7;
            string color = Palette[sources.IndexOf(f.Source ?? f.Article) % Palette.Length];
            bool hollow = f.Status == FigureStatus.Retracted;
            string title = $"{f.Id} {FigureText.Value(f)} ({f.Source ?? f.Article})";
            if (f.Value is null && f.Low is { } lo && f.High is { } hi)
            {
                sb.Append(ci, $"<line x1=\"{x:F1}\" y1=\"{Y(lo):F1}\" x2=\"{x:F1}\" y2=\"{Y(hi):F1}\" stroke=\"{color}\" stroke-width=\"5\" stroke-linecap=\"round\"><title>{E(title)}</title></line>");
                continue;
            }

            double v = f.Value ?? 0;
            if (f.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan)
            {
                sb.Append(ci, $"<line x1=\"{x:F1}\" y1=\"{Y(v):F1}\" x2=\"{x:F1}\" y2=\"{Y(v) - 18:F1}\" stroke=\"{color}\" stroke-width=\"2\"/><path d=\"M{x - 4:F1},{Y(v) - 14:F1} L{x:F1},{Y(v) - 20:F1} L{x + 4:F1},{Y(v) - 14:F1}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
            }

            sb.Append(ci, $"<circle cx=\"{x:F1}\" cy=\"{Y(v):F1}\" r=\"5\" fill=\"{(hollow ? "white" : color)}\" stroke=\"{color}\" stroke-width=\"2\"><title>{E(title)}</title></circle>");
        }

        for (int i = 0; i < sources.Count; i++)
        {
            int y = top + 6 + i * 16;
            sb.Append(ci, $"<circle cx=\"{w - right + 14}\" cy=\"{y}\" r=\"5\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{w - right + 24}\" y=\"{y + 4}\" class=\"legend\">{E(Shorten(sources[i], 22))}</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string StoryOf(Figure f, Dictionary<string, ArticleInfo> articles) => articles.TryGetValue(f.Article, out var a) ? a.Story : "s1";

    /// <summary>Sortable x slot: the date, or the article id for undated articles (after every date).</summary>
    private static string SlotOf(Figure f, Dictionary<string, ArticleInfo> articles) =>
        articles.TryGetValue(f.Article, out var a) && a.Published is { } d ? "0:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "1:" + Shorten(f.Article, 12);

    private static string Shorten(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2330;background:#fbfbfd}
        h1{margin:0 0 .25rem}h2{margin-top:2.2rem;border-bottom:2px solid #e3e6ee;padding-bottom:.3rem}h3{margin:1.4rem 0 .4rem;text-transform:capitalize}
        .summary{color:#555}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;background:#fff;box-shadow:0 1px 2px #0001}
        th,td{border-bottom:1px solid #e8eaf0;padding:.45rem .55rem;text-align:left;vertical-align:top}th{background:#f1f3f8;font-weight:600;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em;color:#444}
        tr.flagged{background:#fff8e6}.badge{display:inline-block;border-radius:999px;padding:.05rem .55rem;font-size:.78rem;font-weight:600;text-decoration:none;color:#fff}
        .hard{background:#c62828}.soft{background:#ef8f00}.retracted{background:#6a1b9a}blockquote{margin:.2rem 0 .5rem;padding-left:.6rem;border-left:3px solid #d0d5e2;color:#444;font-size:.9rem}
        .evidence a{font-weight:600}.chart{background:#fff;border:1px solid #e3e6ee;border-radius:6px;max-width:100%;height:auto}.axis{stroke:#888}.grid{stroke:#eee}
        .tick{font-size:11px;fill:#666}.legend{font-size:12px;fill:#333}details{margin:.3rem 0;background:#fff;border:1px solid #e8eaf0;border-radius:6px;padding:.4rem .7rem}
        summary{cursor:pointer;font-weight:600}.muted{color:#888;font-size:.8rem}code{background:#f1f3f8;padding:0 .3rem;border-radius:3px}
        """;
}
