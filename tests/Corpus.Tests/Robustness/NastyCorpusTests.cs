using System.Diagnostics;
using System.Text.Json;
using Corpus.Tests.Cli;

namespace Corpus.Tests.Robustness;

/// <summary>
/// The nasty corpus (tests/Corpus.Tests/Robustness/nasty, plus inputs too big or too odd to commit,
/// made here) through the real runner: it exits as documented with valid JSON, and every input is
/// an article or a rejection whose reason says where and why.
/// </summary>
public class NastyCorpusTests
{
    private static string Committed => Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Tests", "Robustness", "nasty");

    /// <summary>What each committed input must become: an article, or a rejection whose reason contains the text.</summary>
    public static TheoryData<string, string?> Expected => new()
    {
        { "empty.txt", "empty file" },
        { "whitespace-only.txt", "only whitespace" },
        { "binary.txt", "binary file: NUL byte at byte offset 0" },
        { "invalid-utf8-middle.txt", "byte offset 60" },
        { "nul-bytes.txt", "NUL byte at byte offset 30" },
        { "utf16le-bom.txt", null },
        { "utf16be-bom.txt", null },
        { "utf16le-no-bom.txt", null },
        { "utf16be-no-bom.txt", null },
        { "unclosed-quotes.txt", null },
        { "nested-quotes.txt", null },
        { "rtl-and-mixed-scripts.txt", null },
        { "emoji-and-combining.txt", null },
        { "crlf.txt", null },
        { "lone-cr.txt", null },
        { "odd-numbers.txt", null },
    };

    private static readonly (string Source, string Reason)[] JsonlExpected =
    [
        ("malformed.jsonl:2", "line 2 is not valid JSON"),
        ("malformed.jsonl:3", "\"id\" must be a non-empty string or a number"),
        ("malformed.jsonl:4", "\"text\" is a number, expected a string"),
        ("malformed.jsonl:5", "is a JSON array, expected an object"),
        ("malformed.jsonl:6", "duplicate article id 'ok-1'"),
        ("malformed.jsonl:7", "has no \"text\" field"),
        ("malformed.jsonl:8", "\"text\" is empty"),
        ("malformed.jsonl:9", "\"published\" is 'yesterday'"),
        ("malformed.jsonl:11", "line 11 is not valid JSON"),
        ("truncated-last-line.jsonl:2", "line 2 is not valid JSON"),
        ("escaped-strings.jsonl:2", "escaped lone surrogate"),
        ("escaped-strings.jsonl:3", "escaped lone surrogate"),
        ("escaped-strings.jsonl:4", "escaped lone surrogate"),
        ("escaped-strings.jsonl:5", "escaped lone surrogate"),
    ];

    /// <summary>Made at test time (links, pipes, odd names cannot be committed): file name, and the rejection reason it must get.</summary>
    private static readonly (string Name, string Reason)[] MadeExpected =
    [
        ("pipe.jsonl", "named pipe (FIFO); it was not opened"),
        ("zero.jsonl", "a device (through a symbolic link)"),
        ("urandom.txt", "a device (through a symbolic link)"),
        ("loop-a.txt", "symbolic link loop"),
        ("big-link.txt", "over the limit"),
    ];

    private static (JsonElement Root, int Code, string Stderr, TimeSpan Took) Run(TempFolder dir, params string[] extra)
    {
        var watch = Stopwatch.StartNew();
        var (code, stdout, stderr) = CliRunner.Run(null, ["analyze", Path.Combine(dir.Path, "in"), .. extra]);
        watch.Stop();
        using var doc = JsonDocument.Parse(stdout);
        return (doc.RootElement.Clone(), code, stderr, watch.Elapsed);
    }

    private static TempFolder Build()
    {
        var dir = new TempFolder();
        foreach (var f in Directory.EnumerateFiles(Committed)) dir.Write(Path.Combine("in", Path.GetFileName(f)), File.ReadAllBytes(f));
        // Too big to commit: a 50 MB line with no break, a 1 MB run of one character.
        dir.Write("in/huge-single-line.txt", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("twelve people were hurt in lusk and ", 50 * 1024 * 1024 / 36))));
        dir.Write("in/one-char-run.txt", System.Text.Encoding.UTF8.GetBytes(new string('a', 1024 * 1024)));
        // One article of 10,000 distinct names: the corpus stages stay linear in mentions per article.
        var rng = new Random(5);
        string Name() => new string([(char)('A' + rng.Next(26)), .. Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26)))]);
        dir.Write("in/ten-thousand-names.txt", string.Join(" ", Enumerable.Range(0, 10_000).Select(_ => $"{Name()} {Name()} spoke.")));
        if (!OperatingSystem.IsWindows())
        {
            string input = Path.Combine(dir.Path, "in");
            File.CreateSymbolicLink(Path.Combine(input, "broken-link.txt"), Path.Combine(dir.Path, "nowhere.txt"));
            UnixFiles.MakeFifo(Path.Combine(input, "named-pipe.txt"));
            UnixFiles.MakeFifo(Path.Combine(input, "pipe.jsonl"));
            UnixFiles.Link(Path.Combine(input, "zero.jsonl"), "/dev/zero");
            UnixFiles.Link(Path.Combine(input, "urandom.txt"), "/dev/urandom");
            UnixFiles.Link(Path.Combine(input, "loop-a.txt"), Path.Combine(input, "loop-b.txt"));
            UnixFiles.Link(Path.Combine(input, "loop-b.txt"), Path.Combine(input, "loop-a.txt"));
            dir.Write("outside/big.dat", new byte[9 * 1024 * 1024]);
            UnixFiles.Link(Path.Combine(input, "big-link.txt"), Path.Combine(dir.Path, "outside", "big.dat"));
            dir.Write("shared/linked-article.txt", "Four boats were lost off Brill, the coastguard said.");
            UnixFiles.Link(Path.Combine(input, "linked"), Path.Combine(dir.Path, "shared"));
            UnixFiles.Link(Path.Combine(input, "linked-again"), Path.Combine(dir.Path, "shared"));
            dir.Write("in/escape\u001b[2Jname.txt", "Three people were hurt in Lusk.");
        }

        return dir;
    }

    [Fact]
    public void The_nasty_corpus_exits_1_with_valid_json_accounting_for_every_input()
    {
        using var dir = Build();
        var (root, code, stderr, took) = Run(dir);
        code.Should().Be(1, "some inputs are rejected; " + stderr);
        took.Should().BeLessThan(TimeSpan.FromSeconds(90), "nothing may hang");

        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a);
        var rejected = root.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r.GetProperty("reason").GetString()!);

        foreach (var row in Expected)
        {
            string file = (string)row[0];
            string? reason = (string?)row[1];
            string path = Path.Combine(dir.Path, "in", file);
            if (reason is null) articles.Should().ContainKey(Path.GetFileNameWithoutExtension(file), $"{file} is readable text");
            else rejected.Should().ContainKey(path).WhoseValue.Should().Contain(reason, file);
        }

        foreach (var (source, reason) in JsonlExpected)
        {
            rejected.Should().ContainKey(Path.Combine(dir.Path, "in", source)).WhoseValue.Should().Contain(reason, source);
        }

        articles.Should().ContainKeys("ok-1", "ok-2", "ok-3", "one-char-run", "ten-thousand-names", "esc-ok", "esc-control");
        rejected[Path.Combine(dir.Path, "in", "huge-single-line.txt")].Should().Contain("over the limit").And.Contain("--max-bytes");
        if (!OperatingSystem.IsWindows())
        {
            rejected[Path.Combine(dir.Path, "in", "broken-link.txt")].Should().Contain("broken symbolic link");
            rejected[Path.Combine(dir.Path, "in", "named-pipe.txt")].Should().Contain("not a regular file");
            foreach (var (name, reason) in MadeExpected) rejected[Path.Combine(dir.Path, "in", name)].Should().Contain(reason, name);
            root.GetProperty("skipped").EnumerateArray().Should().ContainSingle().Which.GetProperty("reason").GetString().Should().Contain("folder already read", "a second path to a folder is skipped, not an error");
            articles.Should().ContainKeys("linked-article", "escape\u001b[2Jname");
            rejected.Should().NotContainKey(Path.Combine(dir.Path, "in", "linked"), "a linked folder is read once, through its first path");
            stderr.Should().NotContain("\u001b", "control characters in names are shown escaped");
        }

        // Every file is accounted for: text files one item each, JSONL files one per non-blank line.
        // A link to a folder stands for the files in it; a JSONL that is a pipe or device link is one rejection.
        int expectedItems = Directory.EnumerateFileSystemEntries(Path.Combine(dir.Path, "in")).Sum(f =>
            Directory.Exists(f) && new DirectoryInfo(f).LinkTarget is not null ? (f.EndsWith("linked", StringComparison.Ordinal) ? Directory.GetFiles(f).Length : 1)
            : f.EndsWith(".jsonl", StringComparison.Ordinal) && Corpus.Ingestion.FileKinds.Of(f) == Corpus.Ingestion.FileKind.Regular ? File.ReadAllLines(f).Count(l => l.Trim().Length > 0)
            : 1);
        (articles.Count + rejected.Count + root.GetProperty("skipped").GetArrayLength()).Should().Be(expectedItems);
        stderr.Should().Contain("corpus: rejected");
    }

    [Fact]
    public void A_huge_article_let_past_the_size_limit_is_stopped_by_its_time_budget()
    {
        using var dir = Build();
        var (root, code, stderr, took) = Run(dir, "--max-bytes", "60000000", "--article-timeout", "3");
        code.Should().Be(1, stderr);
        var rejected = root.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r.GetProperty("reason").GetString()!);
        rejected[Path.Combine(dir.Path, "in", "huge-single-line.txt")].Should().Contain("took longer than 3 s");
        took.Should().BeLessThan(TimeSpan.FromSeconds(90));
    }
}
