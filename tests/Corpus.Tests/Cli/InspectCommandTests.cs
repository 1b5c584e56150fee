namespace Corpus.Tests.Cli;

public class InspectCommandTests
{
    [Fact]
    public void Every_article_of_a_jsonl_file_is_shown_with_iso_dates()
    {
        using var dir = new TempFolder();
        string file = dir.Write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Roads closed. Crews waited.\",\"published\":\"2026-03-04\"}\n{\"id\":\"b\",\"text\":\"Power returned.\"}\n");
        var (code, stdout, stderr) = CliRunner.Run(null, "inspect", file);
        code.Should().Be(0, stderr);
        stdout.Should().Contain("id=a ").And.Contain("published=2026-03-04").And.Contain("id=b ");
        stdout.Should().Contain("Crews waited.");
    }

    [Fact]
    public void An_empty_folder_says_it_holds_no_article_instead_of_crashing()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));
        var (code, stdout, stderr) = CliRunner.Run(null, "inspect", Path.Combine(dir.Path, "empty"));
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("holds no article").And.NotContain("Unhandled exception");
    }
}
