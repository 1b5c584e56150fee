using System.Text.Json;

namespace Corpus.Tests.Cli;

public class QuantitiesCommandTests
{
    [Fact]
    public void Writes_one_json_object_per_input_line_counting_from_one()
    {
        var (code, stdout, stderr) = CliRunner.Run("At least 164 people died.\n\nIt cost $200 billion, up 5%.\r\n", "quantities");
        code.Should().Be(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("line").GetInt32()).Should().Equal(1, 2, 3);
        lines[1].GetProperty("quantities").GetArrayLength().Should().Be(0);
        var first = lines[0].GetProperty("quantities")[0];
        first.GetProperty("text").GetString().Should().Be("At least 164");
        first.GetProperty("start").GetInt32().Should().Be(0);
        first.GetProperty("end").GetInt32().Should().Be(12);
        first.GetProperty("value").GetDouble().Should().Be(164);
        first.GetProperty("low").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("qualifier").GetString().Should().Be("at-least");
        var money = lines[2].GetProperty("quantities");
        money[0].GetProperty("value").GetDouble().Should().Be(200_000_000_000);
        money[0].GetProperty("unit").GetString().Should().Be("$");
        money[1].GetProperty("qualifier").GetString().Should().Be("rise");
    }

    [Fact]
    public void Reads_a_file_and_reports_an_unreadable_one()
    {
        using var dir = new TempFolder();
        string file = dir.Write("s.txt", "Dozens were hurt.\n");
        var (code, stdout, _) = CliRunner.Run(null, "quantities", file);
        code.Should().Be(0);
        JsonDocument.Parse(stdout.Trim()).RootElement.GetProperty("quantities")[0].GetProperty("low").GetDouble().Should().Be(24);

        // A bad line is reported and skipped; the lines around it are still read (exit 1: output written, some input rejected).
        string bad = dir.Write("bad.txt", [0x41, 0xC3, 0x28, 0x0A, (byte)'7', (byte)' ', (byte)'d', (byte)'i', (byte)'e', (byte)'d', 0x0A]);
        var (badCode, badOut, stderr) = CliRunner.Run(null, "quantities", bad);
        badCode.Should().Be(1);
        stderr.Should().Contain("line 1: invalid UTF-8 at byte offset 1");
        badOut.Should().Contain("\"line\":2");
    }

    [Fact]
    public void Every_line_is_a_sentence_even_one_that_starts_with_a_brace()
    {
        var (code, stdout, stderr) = CliRunner.Run("{5 people} were hurt\n{\"json\": 3}\nthen 8 more\n", "quantities");
        code.Should().Be(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("quantities")[0].GetProperty("value").GetDouble()).Should().Equal(5, 3, 8);
    }

    [Fact]
    public void A_file_larger_than_the_article_limit_is_streamed_not_refused()
    {
        using var dir = new TempFolder();
        var line = "Officials counted 12 homes and 3 boats.\n";
        string file = dir.Write("big.txt", string.Concat(Enumerable.Repeat(line, 9 * 1024 * 1024 / line.Length + 10)));
        var (code, stdout, stderr) = CliRunner.Run(null, "quantities", file);
        code.Should().Be(0, stderr);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().Be(9 * 1024 * 1024 / line.Length + 10);
    }

    [Fact]
    public void Binary_input_stops_at_its_first_nul_byte()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string zero = UnixFiles.Link(Path.Combine(dir.Path, "zero.txt"), "/dev/zero");
        var (code, _, stderr) = CliRunner.Run(null, "quantities", zero);
        code.Should().Be(3);
        stderr.Should().Contain("NUL byte").And.Contain("binary");
    }
}
