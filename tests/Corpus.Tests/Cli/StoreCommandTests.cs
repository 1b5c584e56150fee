using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Corpus.Tests.Cli;

public class StoreCommandTests
{
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll");

    /// <summary>A folder of small articles: enough work that a kill lands mid-run.</summary>
    private static void WriteArticles(TempFolder dir, int count, int paragraphs = 1)
    {
        for (int i = 0; i < count; i++)
        {
            string body = string.Concat(Enumerable.Repeat($"LUSK, Veskaria — At least {i + 5} people were killed and {i * 2 + 9} injured when the river burst its banks, the Interior Ministry said on Monday.\n\n“We have never seen water like this,” said Mara Olsen, a shopkeeper. Police arrested {i % 7 + 2} people for looting.\n\n", paragraphs));
            dir.Write($"in/a{i:D4}.txt", $"Flooding in Lusk, report {i}\n\n{body}");
        }
    }

    private static Process Start(params string[] args)
    {
        // Standard output is not redirected: a full pipe nobody reads would stall the process.
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Cli);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    /// <summary>What must hold after any crash: SQLite's own check passes, every stored record reads back, no id or text twice.</summary>
    private static int AssertConsistent(string db)
    {
        if (!File.Exists(db)) return 0;
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using (var check = c.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            check.ExecuteScalar().Should().Be("ok");
        }

        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, record FROM articles";
        using var r = cmd.ExecuteReader();
        var ids = new HashSet<string>();
        while (r.Read())
        {
            ids.Add(r.GetString(0)).Should().BeTrue();
            ArticleRecord.FromBytes((byte[])r.GetValue(1)).Id.Should().Be(r.GetString(0));
        }

        return ids.Count;
    }

    [Fact]
    public void Killing_the_process_while_it_writes_leaves_a_consistent_store_that_a_rerun_completes()
    {
        using var dir = new TempFolder();
        WriteArticles(dir, 1200);
        string input = Path.Combine(dir.Path, "in"), db = Path.Combine(dir.Path, "c.db");
        var rng = new Random(7);
        var counts = new List<int>();
        for (int round = 0; round < 5; round++)
        {
            using var p = Start("analyze", input, "--db", db, "--parallel", "2", "--out", Path.Combine(dir.Path, "out.json"));
            // Wait until this run has committed a batch, then kill it a random moment later.
            int before = counts.Count > 0 ? counts[^1] : 0;
            var waited = Stopwatch.StartNew();
            while (!p.HasExited && StoredCount(db) <= before && waited.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
            Thread.Sleep(rng.Next(0, 400));
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
            counts.Add(AssertConsistent(db));
        }

        counts.Should().Contain(n => n > 0 && n < 1200, $"some kill should land mid-run (stored after each kill: {string.Join(", ", counts)})");
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", input, "--db", db);
        code.Should().Be(0, stderr);
        AssertConsistent(db).Should().Be(1200, $"after kills the store held {string.Join(", ", counts)} articles");
        var (_, fresh, _) = CliRunner.Run(null, "analyze", input);
        Figures(stdout).Should().Equal(Figures(fresh));
    }

    private static int StoredCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (int)(long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static List<string> Figures(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("figures").EnumerateArray()
            .Select(f => $"{f.GetProperty("article").GetString()} {f.GetProperty("metric").GetString()} {f.GetProperty("value")}").ToList();
    }

    [Fact]
    public void Report_renders_the_store_as_analyze_wrote_it()
    {
        using var dir = new TempFolder();
        WriteArticles(dir, 5);
        string input = Path.Combine(dir.Path, "in"), db = Path.Combine(dir.Path, "c.db");
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", input, "--db", db);
        code.Should().Be(0, stderr);
        stderr.Should().Contain("5 added, 0 already stored");
        var (code2, report, _) = CliRunner.Run(null, "report", "--db", db);
        code2.Should().Be(0);
        report.Should().Be(stdout);
        var (code3, again, stderr3) = CliRunner.Run(null, "analyze", input, "--db", db);
        (code3, again).Should().Be((0, stdout));
        stderr3.Should().Contain("0 added, 5 already stored");
    }

    [Theory]
    [InlineData("report", "--db", "/nonexistent/c.db")]
    [InlineData("analyze", "--db", "/proc/version")]
    public void A_store_that_cannot_be_opened_exits_3_naming_it(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(null, args);
        code.Should().Be(3, stderr);
        stderr.Should().Contain(args[^1]);
    }

    [Fact]
    public void Ctrl_c_stops_within_a_second_and_leaves_no_output_file()
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT is POSIX
        using var dir = new TempFolder();
        WriteArticles(dir, 3000, paragraphs: 10); // a run of several seconds
        string output = Path.Combine(dir.Path, "out.json");
        using var p = Start("analyze", Path.Combine(dir.Path, "in"), "--out", output, "--progress", "always");
        var stderr = new List<string>();
        using var analyzing = new ManualResetEventSlim();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.Add(e.Data);
            if (e.Data.Contains("articles", StringComparison.Ordinal)) analyzing.Set();
        };
        p.BeginErrorReadLine();

        // Signal only once analysis has reported progress: a signal that lands while the runtime is still
        // starting (a loaded machine) ends the process before the command's handler exists.
        analyzing.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("a progress line comes once the run has taken a second");
        p.HasExited.Should().BeFalse("3,000 articles take longer than the first progress line");
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        p.WaitForExit(10_000).Should().BeTrue();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        p.WaitForExit(); // drains the asynchronous stderr reader
        p.ExitCode.Should().Be(130);
        lock (stderr) stderr.Should().Contain(l => l.Contains("cancelled; no output was written", StringComparison.Ordinal));
        Directory.EnumerateFiles(dir.Path).Should().BeEmpty("neither the output nor its temporary file may be left");
    }
}
