namespace Corpus.Tests.Cli;

public class ParseCommandTests
{
    [Fact]
    public void Text_becomes_conllu_with_sentences_multiword_tokens_and_offsets()
    {
        var (code, stdout, stderr) = CliRunner.Run("Crews haven't reached the valley.\n\nTwo bridges collapsed.\n", "parse");
        code.Should().Be(0, stderr);
        var lines = stdout.Split('\n');
        lines.Should().Contain("# text = Crews haven't reached the valley.");
        lines.Should().Contain("# text = Two bridges collapsed.");
        lines.Should().Contain(l => l.StartsWith("2-3\thaven't\t", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("3\tn't\tnot\tPART\t", StringComparison.Ordinal) && l.EndsWith("TokenRange=10:13", StringComparison.Ordinal));
        var words = lines.Where(l => l.Length > 0 && l[0] != '#' && !l.Split('\t')[0].Contains('-', StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        words.Should().OnlyContain(c => c.Length == 10 && c[3] != "_" && c[6] != "_" && c[7] != "_");
        words.Count(c => c[6] == "0").Should().Be(2, "one root per sentence");
        stdout.Should().EndWith("\n\n");
    }

    [Fact]
    public void Given_words_are_kept_and_annotated()
    {
        const string input = "# sent_id = x\n1\tFloods\t_\t_\t_\t_\t_\t_\t_\t_\n2\tcut\t_\t_\t_\t_\t_\t_\t_\t_\n3\troads\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        using var dir = new TempFolder();
        string file = dir.Write("in.conllu", input);
        var (code, stdout, stderr) = CliRunner.Run(null, "parse", "--input", "conllu", file);
        code.Should().Be(0, stderr);
        var lines = stdout.Split('\n');
        lines[0].Should().Be("# sent_id = x");
        lines.Skip(1).Take(4).Select(l => l.Split('\t')[1]).Should().Equal("Floods", "cut", "roads", ".");
        lines[3].Should().EndWith("\tSpaceAfter=No");
        lines.Skip(1).Take(4).Should().OnlyContain(l => l.Split('\t')[3] != "_");
    }

    [Theory]
    [InlineData("in.conllu", "1\tA\t_\t_\t_\t_\t_\t_\t_\n", "in.conllu, line 1: 9 tab-separated columns")]
    [InlineData("in.conllu", "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tB\t_\t_\t_\t_\t_\t_\t_\t_\n3\tC\t_\t_\t_\t_\t_\t_\t_\t_\n", "in.conllu, line 4: word ID '3' where 2 was expected")]
    public void Invalid_conllu_is_rejected_naming_the_file_and_line(string name, string content, string message)
    {
        using var dir = new TempFolder();
        string file = dir.Write(name, content);
        var (code, stdout, stderr) = CliRunner.Run(null, "parse", "--input", "conllu", file);
        code.Should().Be(1);
        stdout.Should().BeEmpty("nothing is written for a rejected input");
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Binary_empty_and_missing_inputs_are_rejected_with_a_reason()
    {
        using var dir = new TempFolder();
        string binary = dir.Write("b.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var (code, _, stderr) = CliRunner.Run(null, "parse", binary);
        code.Should().Be(1);
        stderr.Should().Contain("b.txt").And.Contain("binary");

        string empty = dir.Write("e.conllu", "");
        (code, _, stderr) = CliRunner.Run(null, "parse", "--input", "conllu", empty);
        code.Should().Be(1);
        stderr.Should().Contain("e.conllu").And.Contain("empty");

        (code, _, stderr) = CliRunner.Run(null, "parse", Path.Combine(dir.Path, "missing.txt"));
        code.Should().Be(1);
        stderr.Should().Contain("missing.txt");

        (code, _, stderr) = CliRunner.Run(null, "parse", "--input", "xml");
        code.Should().Be(2);
        stderr.Should().Contain("xml");
    }

    [Fact]
    public void A_device_a_pipe_or_an_oversized_input_is_rejected_without_being_read_whole()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempFolder();
        string zero = Path.Combine(dir.Path, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        string pipe = Path.Combine(dir.Path, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        foreach (var path in new[] { zero, pipe })
        {
            var (code, stdout, stderr) = CliRunner.Run(null, "parse", path);
            code.Should().Be(1, path);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("not a regular file");
        }

        string big = dir.Write("big.txt", new string('a', 9 << 20));
        var (bigCode, _, bigErr) = CliRunner.Run(null, "parse", big);
        bigCode.Should().Be(1);
        bigErr.Should().Contain("over the limit");
    }
}
