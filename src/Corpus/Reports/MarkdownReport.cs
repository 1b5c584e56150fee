using System.Globalization;
using System.Text;

namespace Corpus.Reports;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as a Markdown report for people. Every field that comes
/// from the input (ids, titles, outlets, names, quotes, sentences, reasons) is escaped, so no
/// article can inject HTML, links, images or table columns into the rendered page. Stateless and thread-safe.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Renders <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Render(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ReportBuffer.Render(writer => Write(result, writer));
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/> as it is produced (the report is never held whole in memory).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine("# Corpus analysis").AppendLine();
        sb.AppendLine(ci, $"{result.Articles.Count} articles, {result.Entities.Count} entities, {result.Quotes.Count} quotes, {result.Figures.Count} figures, {result.Conflicts.Count} conflicts, {result.Rejected.Count} rejected inputs.").AppendLine();

        sb.AppendLine("## Articles").AppendLine();
        sb.AppendLine("| id | story | title | published | outlet | tokens |").AppendLine("|---|---|---|---|---|---|");
        foreach (var a in result.Articles)
        {
            sb.AppendLine(ci, $"| {Cell(a.Id)} | {Cell(a.Story)} | {Cell(a.Title)} | {a.Published?.ToString("yyyy-MM-dd", ci)} | {Cell(a.Outlet)} | {a.Tokens} |");
            ReportBuffer.FlushIfLarge(sb, writer);
        }

        if (result.Conflicts.Count > 0)
        {
            var figures = result.Figures.ToDictionary(f => f.Id);
            sb.AppendLine().AppendLine("## Conflicts").AppendLine();
            foreach (var c in result.Conflicts)
            {
                sb.AppendLine(ci, $"### {Cell(c.Id)}: {Cell(c.Metric)} ({(c.Severity == Reconciliation.ConflictSeverity.Hard ? "hard" : "soft")})").AppendLine();
                sb.AppendLine(Cell(c.Why)).AppendLine();
                foreach (var id in c.Figures)
                {
                    if (figures.TryGetValue(id, out var f)) sb.AppendLine(ci, $"- **{Cell(id)}** {Cell(Claims.FigureText.Value(f))} in {Cell(f.Article)}{(f.Status == Claims.FigureStatus.Retracted ? " (retracted)" : string.Empty)}: > {Cell(f.Text)}");
                }

                sb.AppendLine();
                ReportBuffer.FlushIfLarge(sb, writer);
            }
        }

        if (result.Figures.Count > 0)
        {
            var articles = result.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            var marks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var c in result.Conflicts)
            {
                foreach (var id in c.Figures) (marks.TryGetValue(id, out var l) ? l : marks[id] = new()).Add($"{Cell(c.Id)} ({(c.Severity == Reconciliation.ConflictSeverity.Hard ? "hard" : "soft")})");
            }

            var storyTitles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in result.Articles)
            {
                if (a.Title is not null) storyTitles.TryAdd(a.Story, a.Title);
            }

            sb.AppendLine().AppendLine("## Figures by story and metric").AppendLine();
            foreach (var group in result.Figures.GroupBy(f => (Story: articles.TryGetValue(f.Article, out var sa) ? sa.Story : "s1", f.Metric)).OrderBy(g => g.Key.Story, StringComparer.Ordinal).ThenBy(g => g.Key.Metric, StringComparer.Ordinal))
            {
                string storyTitle = storyTitles.GetValueOrDefault(group.Key.Story) ?? group.Key.Story;
                sb.AppendLine(ci, $"### {Cell(group.Key.Metric)} (story {Cell(group.Key.Story)}: {Cell(storyTitle)})").AppendLine();
                sb.AppendLine("| id | article | outlet | date | value | location | source | status | conflicts |").AppendLine("|---|---|---|---|---|---|---|---|---|");
                foreach (var f in group.OrderBy(f => articles.TryGetValue(f.Article, out var a) ? a.Published ?? DateOnly.MaxValue : DateOnly.MaxValue).ThenBy(f => f.Article, StringComparer.Ordinal))
                {
                    articles.TryGetValue(f.Article, out var a);
                    string flagged = marks.TryGetValue(f.Id, out var m) ? "**" + string.Join(", ", m) + "**" : string.Empty;
                    sb.AppendLine(ci, $"| {Cell(f.Id)} | {Cell(f.Article)} | {Cell(a?.Outlet)} | {a?.Published?.ToString("yyyy-MM-dd", ci)} | {Cell(Claims.FigureText.ValueAndCounted(f))} | {Cell(f.Location)} | {Cell(f.Source)} | {(f.Status == Claims.FigureStatus.Retracted ? "**retracted**" : "asserted")} | {flagged} |");
                    ReportBuffer.FlushIfLarge(sb, writer);
                }

                sb.AppendLine();
            }
        }

        if (result.Entities.Count > 0)
        {
            sb.AppendLine().AppendLine("## Entities").AppendLine();
            sb.AppendLine("| id | type | name | aliases | roles | mentions |").AppendLine("|---|---|---|---|---|---|");
            foreach (var e in result.Entities)
            {
                sb.AppendLine(ci, $"| {Cell(e.Id)} | {JsonReport.TypeName(e.Type)} | {Cell(e.Name)} | {Cell(string.Join(", ", e.Aliases))} | {Cell(string.Join(", ", e.Roles))} | {e.Mentions.Count + e.RoleMentions.Count} |");
                ReportBuffer.FlushIfLarge(sb, writer);
            }
        }

        if (result.Quotes.Count > 0)
        {
            var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
            sb.AppendLine().AppendLine("## Quotes by speaker").AppendLine();
            foreach (var group in result.Quotes.GroupBy(q => q.Speaker is { } s && names.TryGetValue(s, out var n) ? n : "(unresolved)"))
            {
                sb.AppendLine(ci, $"### {Cell(group.Key)}").AppendLine();
                foreach (var q in group)
                {
                    sb.AppendLine(ci, $"- {(q.Direct ? "“" + Cell(q.Text) + "”" : Cell(q.Text))} ({Cell(q.Article)})");
                    ReportBuffer.FlushIfLarge(sb, writer);
                }

                sb.AppendLine();
            }
        }

        if (result.Rejected.Count > 0)
        {
            sb.AppendLine().AppendLine("## Rejected inputs").AppendLine();
            foreach (var r in result.Rejected) sb.AppendLine(ci, $"- {Cell(r.Source)}: {Cell(r.Reason)}");
        }

        if (result.Skipped.Count > 0)
        {
            sb.AppendLine().AppendLine("## Skipped files").AppendLine();
            foreach (var s in result.Skipped) sb.AppendLine(ci, $"- {Cell(s.Source)}: {Cell(s.Reason)}");
        }

        writer.Write(sb);
    }

    /// <summary>
    /// Text from the input as inline Markdown that renders as itself: every ASCII punctuation mark
    /// is backslash-escaped (CommonMark allows it for all of them, and it disarms HTML tags, entity
    /// references, links, images, emphasis and table pipes), line breaks and other control
    /// characters become spaces (one field stays one line, one list item, one table row), and leading
    /// spaces are dropped (they could start a code block).
    /// </summary>
    internal static string Cell(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append(' ');
            else if (c < 0x80 && char.IsAsciiLetterOrDigit(c) is false && c != ' ' && (char.IsPunctuation(c) || char.IsSymbol(c))) sb.Append('\\').Append(c);
            else sb.Append(c);
        }

        return sb.ToString().TrimStart(' ');
    }
}
