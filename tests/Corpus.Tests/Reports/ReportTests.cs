using System.Diagnostics;
using System.Text.RegularExpressions;
using Corpus.Reports;
using Corpus.Text;
using Markdig;
using Markdig.Syntax;

namespace Corpus.Tests.Reports;

/// <summary>A fact that needs Debian's chromium; it says so and skips when the browser is absent (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path)) Skip = $"skipped: {Path} is absent (apt-get install chromium; .ci/run installs it)";
    }
}

public class ReportTests
{
    private static readonly Lazy<AnalysisResult> Sample = new(() =>
    {
        var articles = TestPaths.SampleArticles().Select(f => Corpus.Ingestion.ArticleReader.FromText(System.IO.Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        return new CorpusAnalyzer().Analyze(articles);
    });

    [Fact]
    public void Html_report_is_one_self_contained_file_with_the_conflicts_table()
    {
        string html = HtmlReport.Render(Sample.Value);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<table id=\"conflicts\">").And.Contain("<svg class=\"chart\"");
        Regex.IsMatch(html, "(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase).Should().BeFalse("nothing may be fetched from the network");
        html.Should().NotContain("<script");
        Sample.Value.Conflicts.Should().NotBeEmpty();
        foreach (var c in Sample.Value.Conflicts) html.Should().Contain($"<tr id=\"{c.Id}\">");
    }

    [Fact]
    public void Html_report_escapes_article_text()
    {
        var result = new CorpusAnalyzer().Analyze([new Article("x<y>", "Title <b>bold</b>\n\nAt least 40 people were killed in Oslo, <script>alert(1)</script> police said.")]);
        string html = HtmlReport.Render(result);
        html.Should().NotContain("<script>").And.NotContain("x<y>").And.Contain("x&lt;y&gt;");
    }

    [Fact]
    public void Html_report_lists_articles_marks_numbers_and_explains_every_chart_mark()
    {
        var articles = new[]
        {
            new Article("a1", "Flood\n\nAt least 40 people were killed in Oslo on Monday, police said.") { Outlet = "Daily One", Published = new DateOnly(2024, 5, 1), Url = "https://news.example/a1" },
            new Article("a2", "Flood\n\nAt least 45 people were killed in Oslo on Monday, police said.") { Outlet = "Evening Two", Url = "javascript:alert(1)" },
        };
        string html = HtmlReport.Render(new CorpusAnalyzer().Analyze(articles));
        html.Should().Contain("<table id=\"articles\">").And.Contain("<a href=\"https://news.example/a1\" rel=\"noopener noreferrer nofollow\">");
        html.Should().NotContain("javascript:", "only http and https addresses become links");
        HtmlReport.Render(Sample.Value).Should().MatchRegex("<blockquote>[^<]*<mark>[^<]+</mark>", "a conflict's evidence sentence marks its number");
        html.Should().Contain(">Daily One<").And.Contain(">Evening Two<").And.Contain(">undated<", "undated articles sit in a labelled band");
        html.Should().Contain(">withdrawn<").And.Contain(">at least / more than<").And.Contain(">range (low to high)<").And.Contain("day counted");
        html.Should().NotContain("text-transform:capitalize");
    }

    [Fact]
    public void Html_report_dates_a_figure_by_its_own_time_expression()
    {
        // Published on Thursday 2 May 2024; "on Monday" is 29 April.
        var articles = new[] { new Article("a1", "Flood\n\nAt least 40 people were killed in Oslo on Monday, police said.") { Published = new DateOnly(2024, 5, 2) } };
        string html = HtmlReport.Render(new CorpusAnalyzer().Analyze(articles));
        html.Should().Contain("<td>2024-04-29</td>").And.Contain("day counted");
    }

    [Fact]
    public void Html_report_size_is_bounded_by_its_caps_not_by_the_corpus()
    {
        // 60 stories of 2 articles each: 20 are charted, the rest listed in one table.
        var articles = Enumerable.Range(0, 60).SelectMany(i => new[]
        {
            new Article($"s{i}a", $"Town{(char)('A' + i % 26)}{i} flood\n\nAt least {i + 10} people were killed in Town{(char)('A' + i % 26)}{i}, police in Town{(char)('A' + i % 26)}{i} said.") { Published = new DateOnly(2024, 1, 1 + i % 28) },
            new Article($"s{i}b", $"Town{(char)('A' + i % 26)}{i} flood\n\nAt least {i + 20} people were killed in Town{(char)('A' + i % 26)}{i}, police in Town{(char)('A' + i % 26)}{i} said.") { Published = new DateOnly(2024, 1, 2 + i % 27) },
        });
        var result = new CorpusAnalyzer().Analyze(articles);
        string html = HtmlReport.Render(result);
        int stories = result.Articles.Select(a => a.Story).Distinct().Count();
        Regex.Matches(html, "<svg class=\"chart\"").Count.Should().BeLessThanOrEqualTo(20 * 9, "at most 20 stories are charted");
        if (stories > 20) html.Should().Contain("<summary>Other stories</summary>");
    }

    [Fact]
    public void Markdown_report_lists_figures_by_metric_with_conflict_marks_and_quotes_by_speaker()
    {
        string md = MarkdownReport.Render(Sample.Value);
        md.Should().Contain("## Conflicts").And.Contain("## Figures by story and metric").And.Contain("### killed (story s1").And.Contain("## Entities").And.Contain("## Quotes by speaker");
        md.Should().Contain("(hard)**").And.Contain("**retracted**");
    }

    [Fact]
    public void Json_read_back_writes_the_same_json_and_renders_the_same_reports()
    {
        var result = Sample.Value with { Skipped = [new Corpus.Ingestion.SkippedInput("data/README.md", "not an article file")] };
        using var written = new MemoryStream();
        JsonReport.Write(result, written);
        written.Position = 0;
        var read = JsonReport.Read(written);

        using var again = new MemoryStream();
        JsonReport.Write(read, again);
        System.Text.Encoding.UTF8.GetString(again.ToArray()).Should().Be(System.Text.Encoding.UTF8.GetString(written.ToArray()));
        MarkdownReport.Render(read).Should().Be(MarkdownReport.Render(result));
        read.Figures.Should().Contain(f => f.Facts != Corpus.Claims.FigureFacts.None, "figure facts survive the round trip");
        read.Entities.Should().Contain(e => e.RoleMentions.Count > 0);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1, 2]", "the document: expected an object with articles")]
    [InlineData("{\"articles\": [], \"entities\": [], \"quotes\": [], \"figures\": [{\"id\": \"f1\", \"value\": \"many\"}], \"conflicts\": [], \"rejected\": []}", "figures[0].value: expected a number or null")]
    [InlineData("{\"articles\": []}", "entities: expected an array")]
    [InlineData("{\"articles\": [{\"id\": 5}], \"entities\": [], \"quotes\": [], \"figures\": [], \"conflicts\": [], \"rejected\": []}", "articles[0].id: expected a string")]
    public void Reading_json_that_is_not_an_analysis_names_the_field(string json, string message)
    {
        var act = () => JsonReport.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        act.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Markdown_report_rendered_by_a_markdown_renderer_shows_hostile_fields_as_text()
    {
        const string Attack = "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) ![p](http://remote.example/p.png) &lt;b&gt; \\| a | b |";
        var articles = new[]
        {
            new Article("id-one\n- injected item <b>x</b>", $"{Attack}\n\nAt least 40 people were killed in Oslo on Monday, police said. \"{Attack}\", said Ann Berg.") { Outlet = "<i>outlet</i> | col", Published = new DateOnly(2024, 5, 1) },
            new Article("two`code`", $"Title two {Attack}\n\nAt least 45 people were killed in Oslo on Monday, the ministry said.") { Published = new DateOnly(2024, 5, 2) },
        };
        var result = new CorpusAnalyzer().Analyze(articles);
        result = result with { Rejected = [new Corpus.Ingestion.RejectedInput("bad`source`\n* item " + Attack, "reason " + Attack)] };

        string md = MarkdownReport.Render(result);
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        string html = Markdown.ToHtml(md, pipeline);

        html.Should().NotContainAny("<script", "<img", "<i>", "<b>", "href=\"javascript", "src=\"http", "<code>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;", "the attack is shown as text");
        var doc = Markdown.Parse(md, pipeline);
        var articleTable = doc.Descendants<Markdig.Extensions.Tables.Table>().First();
        articleTable.Cast<Markdig.Extensions.Tables.TableRow>().Should().OnlyContain(row => row.Count == 6, "a pipe in a title or outlet never adds a column");
        Regex.Matches(html, "<li>").Count.Should().Be(result.Rejected.Count + result.Quotes.Count + result.Conflicts.Sum(c => c.Figures.Count), "a newline in a field never starts another list item");
    }

    [Theory]
    [InlineData("plain words 12", "plain words 12")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("    indented", "indented")]
    [InlineData("<tag>", "\\<tag\\>")]
    public void Markdown_cells_escape_punctuation_and_keep_one_line(string field, string expected)
    {
        MarkdownReport.Cell(field).Should().Be(expected);
    }

    [ChromiumFact]
    public void Html_report_loads_in_headless_chromium_and_shows_the_conflicts_table()
    {
        using var dir = new TempFolder();
        string file = dir.Write("report.html", HtmlReport.Render(Sample.Value));
        var psi = new ProcessStartInfo(ChromiumFactAttribute.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + System.IO.Path.Combine(dir.Path, "profile"), "--dump-dom", "file://" + file })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).Should().BeTrue("chromium must finish within a minute");
        string dom = stdout.Result;
        dom.Should().Contain("<table id=\"conflicts\">", "the browser parsed the page and kept the conflicts table");
        dom.Should().Contain("Conflicts</h2>");
        stderr.Result.Should().NotContain("Uncaught");
    }

    [Fact]
    public void Json_is_streamed_to_its_stream_in_small_writes_not_built_whole_in_memory()
    {
        // A result far larger than the writer's flush threshold, built by hand.
        var figures = Enumerable.Range(1, 20_000).Select(i => new Corpus.Claims.Figure($"f{i}", "a", "killed", i, null, null, Corpus.Quantities.Qualifier.Exact, "Lusk", null,
            Corpus.Claims.FigureStatus.Asserted, "Twelve people were killed in Lusk on Monday, the police said.", new TextSpan(0, 6), new TextSpan(0, 60))).ToList();
        var result = new AnalysisResult([], [], [], figures, [], []);
        using var stream = new WriteSizeStream();
        JsonReport.Write(result, stream);
        stream.Length.Should().BeGreaterThan(4_000_000);
        stream.LargestWrite.Should().BeLessThan(1 << 20);
    }

    /// <summary>Counts what is written and remembers the largest single write.</summary>
    private sealed class WriteSizeStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }

    [Fact]
    public void Markdown_and_html_are_written_in_parts_and_equal_the_rendered_string()
    {
        var articles = Enumerable.Range(1, 400).Select(i => new ArticleInfo($"a{i}", $"Flood in Lusk, report {i}", new DateOnly(2025, 3, 1 + i % 20), "Daily Meridian", null, null, 100, 20, 2, 0) { Story = $"s{1 + i % 7}" }).ToList();
        var figures = Enumerable.Range(1, 4_000).Select(i => new Corpus.Claims.Figure($"f{i}", $"a{1 + i % 400}", "killed", i, null, null, Corpus.Quantities.Qualifier.Exact, "Lusk", null,
            Corpus.Claims.FigureStatus.Asserted, "Twelve people were killed in Lusk on Monday, the police said.", new TextSpan(0, 6), new TextSpan(0, 60))).ToList();
        var result = new AnalysisResult(articles, [], [], figures, [], []);
        foreach (var (render, write) in new (Func<AnalysisResult, string>, Action<AnalysisResult, TextWriter>)[] { (MarkdownReport.Render, MarkdownReport.Write), (HtmlReport.Render, HtmlReport.Write) })
        {
            using var writer = new WriteSizeWriter();
            write(result, writer);
            writer.ToString().Should().Be(render(result));
            writer.ToString().Length.Should().BeGreaterThan(300_000);
            writer.LargestWrite.Should().BeLessThan(writer.ToString().Length / 3, "a part (one table row, one chart) at a time, never the whole report");
        }
    }

    /// <summary>Remembers the largest single write.</summary>
    private sealed class WriteSizeWriter : StringWriter
    {
        public WriteSizeWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public int LargestWrite { get; private set; }

        public override void Write(string? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(System.Text.StringBuilder? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }
    }
}
