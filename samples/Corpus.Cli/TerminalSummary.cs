using System.Globalization;
using Corpus.Claims;
using Corpus.Reconciliation;

namespace Corpus.Cli;

/// <summary>
/// What <c>analyze</c> and <c>report</c> print when standard output is a terminal and no
/// <c>--format</c> was asked for: a page a person reads (counts, conflicts with their why, the main
/// figures per story and metric, the most quoted speakers, rejected inputs) and where the full
/// output is. Redirected output stays JSON, which scripts read.
/// </summary>
internal static class TerminalSummary
{
    private const int MaxConflicts = 10, MaxStories = 5, MaxMetrics = 6, MaxSpeakers = 5, MaxRejected = 10, Width = 100;

    public static void Write(AnalysisResult result, TextWriter w, string command)
    {
        var ci = CultureInfo.InvariantCulture;
        int hard = result.Conflicts.Count(c => c.Severity == ConflictSeverity.Hard);
        w.WriteLine(string.Create(ci, $"{result.Articles.Count} articles · {result.Entities.Count} entities · {result.Quotes.Count} quotes · {result.Figures.Count} figures · {result.Conflicts.Count} conflicts ({hard} hard) · {result.Rejected.Count} rejected · {result.Skipped.Count} skipped"));

        if (result.Conflicts.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Conflicts");
            foreach (var c in result.Conflicts.OrderBy(c => c.Severity == ConflictSeverity.Hard ? 0 : 1).Take(MaxConflicts))
            {
                w.WriteLine(string.Create(ci, $"  {c.Id,-4} {(c.Severity == ConflictSeverity.Hard ? "hard" : "soft"),-4} {Clip($"{c.Metric}: {c.Why}", Width - 12)}"));
            }

            More(w, result.Conflicts.Count - MaxConflicts, "conflicts");
        }

        if (result.Figures.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Main figures by story (the largest stated value of each metric, and how many sources give one)");
            var story = result.Articles.ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);
            var stories = result.Articles.GroupBy(a => a.Story).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var byStory = result.Figures.Where(f => f.Status == FigureStatus.Asserted && story.ContainsKey(f.Article))
                .GroupBy(f => story[f.Article]).OrderByDescending(g => g.Count()).Take(MaxStories);
            foreach (var s in byStory)
            {
                var articles = stories[s.Key];
                string title = articles.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "(untitled)";
                w.WriteLine(string.Create(ci, $"  {s.Key} {Clip(title, 60)} ({articles.Count} article{(articles.Count == 1 ? string.Empty : "s")})"));
                foreach (var m in s.GroupBy(f => f.Metric).OrderByDescending(g => g.Count()).Take(MaxMetrics))
                {
                    var top = m.OrderByDescending(f => f.Value ?? f.High ?? f.Low ?? 0).First();
                    int sources = m.Select(f => f.Source ?? f.Article).Distinct(StringComparer.Ordinal).Count();
                    w.WriteLine(string.Create(ci, $"     {m.Key,-12} {Clip(FigureText.ValueAndCounted(top), 40),-40} {sources} source{(sources == 1 ? string.Empty : "s")}"));
                }
            }

            More(w, result.Figures.Select(f => story.GetValueOrDefault(f.Article)).Distinct().Count() - MaxStories, "stories");
        }

        var speakers = result.Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!).OrderByDescending(g => g.Count()).Take(MaxSpeakers).ToList();
        if (speakers.Count > 0)
        {
            var names = result.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
            w.WriteLine();
            w.WriteLine("Most quoted");
            foreach (var g in speakers) w.WriteLine(string.Create(ci, $"  {Clip(names.GetValueOrDefault(g.Key) ?? g.Key, 40),-40} {g.Count()} quote{(g.Count() == 1 ? string.Empty : "s")}"));
        }

        if (result.Rejected.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Rejected inputs");
            foreach (var r in result.Rejected.Take(MaxRejected)) w.WriteLine(string.Create(ci, $"  {Clip(SafeErrorWriter.Printable(r.Source), 50)}: {Clip(SafeErrorWriter.Printable(RunnerWords.Translate(r.Reason)), Width - 56)}"));
            More(w, result.Rejected.Count - MaxRejected, "rejected inputs");
        }

        w.WriteLine();
        w.WriteLine(string.Create(ci, $"This is a summary for the terminal. The full analysis: corpus {command} ... --format json|markdown|html [--out FILE]; redirected, standard output is JSON."));
    }

    private static void More(TextWriter w, int more, string what)
    {
        if (more > 0) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {more} more {what}"));
    }

    /// <summary>One line, at most <paramref name="max"/> characters, controls shown escaped (titles come from the input).</summary>
    private static string Clip(string text, int max)
    {
        text = SafeErrorWriter.Printable(text.ReplaceLineEndings(" "));
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
