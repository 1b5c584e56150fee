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

        string bad = dir.Write("bad.txt", [0x41, 0xC3, 0x28, 0x0A]);
        var (badCode, _, stderr) = CliRunner.Run(null, "quantities", bad);
        badCode.Should().Be(3);
        stderr.Should().Contain("invalid UTF-8 at byte offset 1");
    }
}
