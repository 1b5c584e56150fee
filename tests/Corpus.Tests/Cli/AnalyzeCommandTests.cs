using System.Text.Json;

namespace Corpus.Tests.Cli;

public class AnalyzeCommandTests
{
    private static readonly string[] ContractKeys = ["articles", "entities", "quotes", "figures", "conflicts", "rejected"];

    [Fact]
    public void With_no_path_it_analyzes_the_embedded_sample_corpus_as_contract_json()
    {
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze");
        code.Should().Be(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        foreach (var key in ContractKeys) doc.RootElement.GetProperty(key).ValueKind.Should().Be(JsonValueKind.Array, key);
        var ids = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        ids.Should().Equal(Directory.EnumerateFiles(TestPaths.SampleData, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        var first = doc.RootElement.GetProperty("articles")[0];
        first.GetProperty("published").GetString().Should().Be("2025-03-04");
        first.TryGetProperty("outlet", out _).Should().BeTrue();
    }

    [Fact]
    public void Every_offset_in_the_json_points_at_its_text_in_the_original_article()
    {
        var (code, stdout, _) = CliRunner.Run(null, "analyze");
        code.Should().Be(0);
        var texts = Directory.EnumerateFiles(TestPaths.SampleData, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        string Slice(JsonElement e, string startName = "start", string endName = "end") =>
            texts[e.GetProperty("article").GetString()!][e.GetProperty(startName).GetInt32()..e.GetProperty(endName).GetInt32()];

        int checkedCount = 0;
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
            {
                Slice(m).Should().Be(m.GetProperty("text").GetString());
                checkedCount++;
            }
        }

        foreach (var f in root.GetProperty("figures").EnumerateArray())
        {
            Slice(f).Should().Be(f.GetProperty("text").GetString());
            Slice(f, "quantityStart", "quantityEnd").Should().NotBeEmpty();
            checkedCount++;
        }

        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            // A split quote's text joins its pieces with " … "; its offsets run from the first piece to the last.
            string text = q.GetProperty("text").GetString()!;
            string slice = Slice(q);
            text.Split(" … ").Should().OnlyContain(piece => slice.Contains(piece, StringComparison.Ordinal));
            checkedCount++;
        }

        checkedCount.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Markdown_format_writes_a_report()
    {
        var (code, stdout, _) = CliRunner.Run(null, "analyze", "--format", "markdown");
        code.Should().Be(0);
        stdout.Should().StartWith("# Corpus analysis");
    }

    [Fact]
    public void Rejected_inputs_are_listed_and_exit_code_is_1()
    {
        using var dir = new TempFolder();
        dir.Write("good.txt", "Headline\n\nA fine article.");
        dir.Write("empty.txt", "");
        dir.Write("bad.jsonl", "{\"text\": \"ok\"}\nnot json\n");
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", dir.Path);
        code.Should().Be(1);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("articles").GetArrayLength().Should().Be(2);
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToList();
        rejected.Should().BeEquivalentTo([Path.Combine(dir.Path, "bad.jsonl") + ":2", Path.Combine(dir.Path, "empty.txt")]);
        stderr.Should().Contain("rejected");
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var (code, stdout, _) = CliRunner.Run("{\"id\":\"p1\",\"text\":\"Piped article.\"}\n", "analyze", "-");
        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("articles")[0].GetProperty("id").GetString().Should().Be("p1");
    }

    [Theory]
    [InlineData("analyze", "--format", "yaml")]
    [InlineData("analyze", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("analyze", "--max-bytes", "0")]
    [InlineData("analyze", "--max-memory", "0")]
    public void A_usage_error_exits_2_with_a_message_on_stderr_and_nothing_on_stdout(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(null, args);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("corpus:");
    }

    [Fact]
    public void A_folder_with_a_readme_exits_0_and_lists_the_readme_as_skipped()
    {
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", TestPaths.SampleData);
        code.Should().Be(0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("rejected").GetArrayLength().Should().Be(0);
        root.GetProperty("skipped").EnumerateArray().Should().ContainSingle().Which.GetProperty("source").GetString().Should().EndWith("README.md");
        stderr.Should().Contain("skipped").And.Contain("README.md");
    }

    [Fact]
    public void Include_narrows_a_folder_to_matching_files()
    {
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", TestPaths.SampleData, "--include", "01_*", "--include", "02_*");
        code.Should().Be(0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()![..3]).Should().Equal("01_", "02_");
        root.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("reason").GetString()).Should().Contain(r => r!.Contains("--include"));
    }

    [Fact]
    public void On_a_terminal_without_format_it_prints_a_summary_and_redirected_it_prints_json()
    {
        if (!File.Exists("/usr/bin/script")) return; // util-linux's script gives the runner a terminal
        string dll = Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll");
        var psi = new System.Diagnostics.ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-qec", $"dotnet {dll} analyze --progress never", "/dev/null" }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        string shown = p.StandardOutput.ReadToEnd();
        p.WaitForExit(60_000).Should().BeTrue();
        p.ExitCode.Should().Be(0, shown);
        shown.Should().Contain("6 articles ·").And.Contain("Conflicts").And.Contain("Main figures by story").And.Contain("Most quoted")
            .And.Contain("--format json|markdown|html").And.NotContain("\"articles\":");

        var (code, stdout, _) = CliRunner.Run(null, "analyze");
        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("articles").GetArrayLength().Should().Be(6, "redirected output stays JSON");
    }

    [Fact]
    public void Usage_and_errors_name_the_runner_corpus()
    {
        var (code, stdout, _) = CliRunner.Run(null, "--help");
        code.Should().Be(0);
        stdout.Should().Contain("corpus [command] [options]").And.NotContain("Corpus.Cli");
        CliRunner.Run(null, "analyze", "--help").Stdout.Should().Contain("corpus analyze [<PATH>...] [options]");
    }

    [Fact]
    public void Out_writes_the_file_and_leaves_no_temporary_behind()
    {
        using var dir = new TempFolder();
        string target = Path.Combine(dir.Path, "result.json");
        var (code, stdout, _) = CliRunner.Run(null, "analyze", "--out", target);
        code.Should().Be(0);
        stdout.Should().BeEmpty();
        JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("articles").GetArrayLength().Should().BeGreaterThan(4);
        Directory.GetFiles(dir.Path).Should().ContainSingle();
    }

    [Fact]
    public void An_unwritable_out_path_exits_3_with_an_actionable_message()
    {
        var (code, _, stderr) = CliRunner.Run(null, "analyze", "--out", "/no/such/folder/result.json");
        code.Should().Be(3);
        stderr.Should().Contain("cannot write").And.Contain("/no/such/folder/result.json");
    }

    [Fact]
    public void A_memory_cap_the_analysis_cannot_fit_exits_3_naming_the_cap_and_writes_nothing()
    {
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", "--max-memory", "8");
        code.Should().Be(3, stderr);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--max-memory 8 MB").And.NotContain("Unhandled exception");
    }

    [Fact]
    public void A_memory_cap_with_room_gives_the_same_output_as_none()
    {
        var (code, capped, stderr) = CliRunner.Run(null, "analyze", "--max-memory", "400");
        code.Should().Be(0, stderr);
        capped.Should().Be(CliRunner.Run(null, "analyze").Stdout);
    }

    [Fact]
    public void No_syntax_runs_the_word_rules_and_refuses_a_store()
    {
        var (code, stdout, _) = CliRunner.Run(null, "analyze", "--no-syntax");
        code.Should().Be(0);
        using (var doc = System.Text.Json.JsonDocument.Parse(stdout))
        {
            doc.RootElement.GetProperty("figures").EnumerateArray().Should().OnlyContain(f => f.GetProperty("metric").GetString() != "other");
        }

        var (refused, _, stderr) = CliRunner.Run(null, "analyze", "--no-syntax", "--db", Path.Combine(Path.GetTempPath(), "never-written.db"));
        refused.Should().Be(2);
        stderr.Should().Contain("--no-syntax cannot be combined with --db");
    }
}
