using Corpus.Cli;

namespace Corpus.Tests.Cli;

public class ProgressBarTests
{
    [Fact]
    public void The_line_shows_articles_rejections_speed_and_an_eta_when_the_size_is_known()
    {
        var p = new AnalysisProgress(1234, 5, 4 * 1048576, TimeSpan.FromSeconds(2));
        ProgressBar.Line(p, 8 * 1048576).Should().Be("[##########..........] 1,234 articles (5 rejected)  2.0 MB/s  ETA 0:02");
        ProgressBar.Line(p with { Rejected = 0 }, 0).Should().Be("1,234 articles  2.0 MB/s");
    }

    [Theory]
    [InlineData(true, 0.5, false)]
    [InlineData(true, 1.5, true)]
    [InlineData(false, 5.0, false)]
    public void It_draws_only_on_a_terminal_after_a_second(bool terminal, double seconds, bool drawn)
    {
        var output = new StringWriter();
        using (var bar = new ProgressBar(100, output, terminal ? ProgressStyle.Redraw : ProgressStyle.Off))
        {
            bar.Report(new AnalysisProgress(1, 0, 10, TimeSpan.FromSeconds(seconds)));
            (output.ToString().Length > 0).Should().Be(drawn);
        }

        // Erased at the end, so the next message starts on a clean line.
        if (drawn) output.ToString().Should().EndWith("\r\u001b[K");
    }

    [Theory]
    [InlineData("auto", false, "Redraw")]
    [InlineData("auto", true, "Off")]
    [InlineData("always", false, "Redraw")]
    [InlineData("always", true, "Lines")]
    [InlineData("never", false, "Off")]
    [InlineData("never", true, "Off")]
    public void The_progress_option_picks_a_style_from_whether_standard_error_is_redirected(string mode, bool redirected, string expected) =>
        ProgressBar.StyleFor(mode, redirected).ToString().Should().Be(expected);

    [Fact]
    public void Lines_style_writes_whole_lines_at_most_once_a_second_and_erases_nothing()
    {
        var output = new StringWriter();
        using (var bar = new ProgressBar(0, output, ProgressStyle.Lines))
        {
            foreach (double s in new[] { 0.5, 1.0, 1.5, 2.1, 2.2 }) bar.Report(new AnalysisProgress((int)(s * 10), 0, 1048576, TimeSpan.FromSeconds(s)));
        }

        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal("corpus: 10 articles  1.0 MB/s", "corpus: 21 articles  0.5 MB/s");
    }
}
