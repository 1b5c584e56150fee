using System.Diagnostics;
using System.Text.Json;
using Corpus.Ingestion;

namespace Corpus.Tests.Cli;

/// <summary>
/// The runner against hostile files, paths and process conditions, as a real process: outputs that
/// are devices, pipes and links; inputs that are pipes, devices, loops and bad names; closed
/// standard streams; signals during a run. Each case names what it guards.
/// </summary>
public class HostileRunnerTests
{
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll");

    private static string Article(TempFolder dir, string name = "a.txt") =>
        dir.Write(name, "Flood in Lusk\n\nAt least 12 people were killed in Lusk on Monday, police said.\n");

    [Fact]
    public async Task Out_to_a_named_pipe_writes_through_it_and_leaves_it_a_pipe()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string fifo = UnixFiles.MakeFifo(Path.Combine(dir.Path, "out.pipe"));
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", fifo);
        code.Should().Be(0, stderr);
        string read = await reader.WaitAsync(TimeSpan.FromSeconds(30)); // the pipe's reader gets the output and its end
        JsonDocument.Parse(read).RootElement.GetProperty("articles").GetArrayLength().Should().Be(1);
        FileKinds.Of(fifo).Should().Be(FileKind.Fifo, "a device or pipe is written to, never replaced by a regular file");
    }

    [Fact]
    public void Out_through_a_symlink_to_a_device_writes_the_device_and_keeps_the_link()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string link = UnixFiles.Link(Path.Combine(dir.Path, "null.json"), "/dev/null");
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", link);
        code.Should().Be(0, stderr);
        new FileInfo(link).LinkTarget.Should().Be("/dev/null");
        FileKinds.Of("/dev/null").Should().Be(FileKind.Device);
    }

    [Fact]
    public void Out_through_a_symlink_replaces_the_target_and_keeps_the_link()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string target = dir.Write("real/target.json", "old");
        string link = UnixFiles.Link(Path.Combine(dir.Path, "link.json"), target);
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", link);
        code.Should().Be(0, stderr);
        new FileInfo(link).LinkTarget.Should().Be(target);
        JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("articles").GetArrayLength().Should().Be(1);
        Directory.GetFiles(Path.Combine(dir.Path, "real")).Should().ContainSingle("the temporary file was made beside the target and renamed over it");
    }

    [Fact]
    public void Out_over_a_private_file_keeps_it_private()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempFolder();
        string target = dir.Write("private.json", "secret");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", target);
        code.Should().Be(0, stderr);
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(target).Should().Contain("\"articles\"");
    }

    [Fact]
    public void A_long_out_name_is_written_and_an_unwritable_folder_fails_before_the_analysis()
    {
        using var dir = new TempFolder();
        string longName = Path.Combine(dir.Path, new string('n', 245) + ".json");
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", longName);
        code.Should().Be(0, stderr);
        File.Exists(longName).Should().BeTrue();

        var (missing, _, why) = CliRunner.Run(null, "analyze", "--out", Path.Combine(dir.Path, "nope", "r.json"));
        missing.Should().Be(3);
        why.Should().Contain("nope").And.Contain("does not exist").And.NotContain("corpus-tmp").And.NotContain("..");
    }

    [Fact]
    public void A_temporary_file_left_by_a_killed_run_is_removed_by_the_next()
    {
        using var dir = new TempFolder();
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        string stale = dir.Write($".r.json.{gone.Id}-00112233aabbccdd.corpus-tmp", "half a report");
        string mine = dir.Write($".other.json.{gone.Id}-00112233aabbccdd.corpus-tmp", "another output's leftover");
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", Path.Combine(dir.Path, "r.json"));
        code.Should().Be(0, stderr);
        File.Exists(stale).Should().BeFalse();
        File.Exists(mine).Should().BeTrue("only the leftovers of the same output are removed");
    }

    [Fact]
    public void Links_planted_at_predictable_temporary_names_are_never_written_through()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string victim = dir.Write("victim.txt", "untouched");
        using (var probe = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            probe.WaitForExit();

            // The next process ids, at the name scheme an earlier version used (".<name>.<pid>.tmp").
            for (int pid = probe.Id; pid < probe.Id + 200; pid++) UnixFiles.Link(Path.Combine(dir.Path, $".r.json.{pid}.tmp"), victim);
        }

        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", Path.Combine(dir.Path, "r.json"));
        code.Should().Be(0, stderr);
        File.ReadAllText(victim).Should().Be("untouched");
        File.ReadAllText(Path.Combine(dir.Path, "r.json")).Should().Contain("\"articles\"");
    }

    [Fact]
    public void Out_to_dev_stdout_writes_to_standard_output()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempFolder();
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--out", "/dev/stdout");
        code.Should().Be(0, stderr);
        JsonDocument.Parse(stdout).RootElement.GetProperty("articles").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_lone_surrogate_line_is_rejected_in_a_store_run_and_a_rerun_completes()
    {
        using var dir = new TempFolder();
        string input = dir.Write("s.jsonl", "{\"id\":\"a\",\"text\":\"Seven people were hurt in Lusk.\"}\n{\"id\":\"b\",\"text\":\"x \\ud800 y\"}\n");
        string db = Path.Combine(dir.Path, "s.db");
        for (int run = 0; run < 2; run++)
        {
            var (code, stdout, stderr) = CliRunner.Run(null, "analyze", input, "--db", db);
            code.Should().Be(1, stderr);
            stderr.Should().Contain("s.jsonl:2").And.Contain("lone surrogate");
            JsonDocument.Parse(stdout).RootElement.GetProperty("articles").GetArrayLength().Should().Be(1);
        }
    }

    [Fact]
    public void Bench_on_a_folder_with_a_link_loop_runs_and_names_the_loop()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        Article(dir, "in/a.txt");
        UnixFiles.Link(Path.Combine(dir.Path, "in", "up"), Path.Combine(dir.Path, "in"));
        var (code, _, stderr) = CliRunner.Run(null, "bench", Path.Combine(dir.Path, "in"), "--cores", "1");
        code.Should().Be(0, stderr);
        stderr.Should().Contain("folder already read").And.NotContain("Exception");
    }

    [Fact]
    public void Out_naming_the_store_is_refused_and_the_store_kept()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "s.db");
        CliRunner.Run(null, "analyze", Article(dir), "--db", db).ExitCode.Should().Be(0);
        long size = new FileInfo(db).Length;
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--db", db, "--out", db);
        code.Should().Be(2);
        stderr.Should().Contain("is the --db store");
        var (report, _, reportErr) = CliRunner.Run(null, "report", "--db", db, "--out", db);
        report.Should().Be(2, reportErr);
        new FileInfo(db).Length.Should().Be(size);
        CliRunner.Run(null, "report", "--db", db).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Another_applications_database_as_store_is_refused_unmodified()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "app.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE notes (body TEXT);";
            cmd.ExecuteNonQuery();
        }

        byte[] before = File.ReadAllBytes(db);
        var (code, _, stderr) = CliRunner.Run(null, "analyze", Article(dir), "--db", db);
        code.Should().Be(3);
        stderr.Should().Contain("not a Corpus store").And.Contain("not modified");
        File.ReadAllBytes(db).Should().Equal(before);
    }

    [Fact]
    public void Wire_copies_under_two_ids_are_two_articles_with_or_without_the_store()
    {
        using var dir = new TempFolder();
        Article(dir, "in/one.txt");
        Article(dir, "in/two.txt");
        string input = Path.Combine(dir.Path, "in");
        var plain = CliRunner.Run(null, "analyze", input);
        var stored = CliRunner.Run(null, "analyze", input, "--db", Path.Combine(dir.Path, "s.db"));
        stored.ExitCode.Should().Be(0, stored.Stderr);
        stored.Stderr.Should().Contain("2 added (1 with the same text as another article");
        string Ids(string json) => string.Join(",", JsonDocument.Parse(json).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Ids(stored.Stdout).Should().Be(Ids(plain.Stdout)).And.Be("one,two");
    }

    [Theory]
    [InlineData("analyze", "--parallel", "x")]
    [InlineData("analyze", "--max-bytes", "lots")]
    [InlineData("analyze", "--max-bytes", "3000000000")]
    [InlineData("analyze", "--article-timeout", "soon")]
    [InlineData("analyze", "--max-memory", "1e3")]
    [InlineData("bench", "--size", "big")]
    [InlineData("bench", "--cores", "0")]
    [InlineData("bench", "--cores", "1", "two")]
    public void A_bad_number_is_a_one_line_usage_error(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(null, args);
        code.Should().Be(2, stderr);
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n").And.StartWith("corpus: ").And.NotContain("Exception");
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_shown_escaped_on_standard_error()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempFolder();
        string name = dir.Write("bad\u001b[2J\u001b]0;title\u0007.txt", string.Empty);
        var (code, _, stderr) = CliRunner.Run(null, "analyze", name);
        code.Should().Be(1);
        stderr.Should().NotContain("\u001b").And.NotContain("\u0007").And.Contain("bad\\x1b[2J\\x1b]0;title\\x07.txt");
    }

    [Fact]
    public void A_closed_standard_error_does_not_crash_a_run_with_rejections()
    {
        using var dir = new TempFolder();
        Article(dir);
        var (code, stdout, _) = CliRunner.Shell("$CORPUS analyze a.txt missing.txt 2>&-", dir.Path);
        code.Should().Be(1, "output written, one input rejected: not an abort (134)");
        JsonDocument.Parse(stdout).RootElement.GetProperty("articles").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("analyze -")]
    [InlineData("quantities")]
    [InlineData("parse -")]
    public void A_closed_standard_input_is_a_usage_error_not_a_hang(string command)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempFolder();
        var (code, _, stderr) = CliRunner.Shell($"$CORPUS {command} <&-", dir.Path);
        code.Should().Be(2);
        stderr.Should().Contain("standard input is closed");
    }

    [Fact]
    public void A_named_pipe_or_device_link_in_a_folder_is_rejected_at_once()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        Article(dir, "in/a.txt");
        UnixFiles.MakeFifo(Path.Combine(dir.Path, "in", "b.jsonl"));
        UnixFiles.Link(Path.Combine(dir.Path, "in", "c.jsonl"), "/dev/zero");
        UnixFiles.Link(Path.Combine(dir.Path, "in", "d.txt"), "/dev/urandom");
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", Path.Combine(dir.Path, "in"));
        code.Should().Be(1);
        var doc = JsonDocument.Parse(stdout).RootElement;
        doc.GetProperty("articles").GetArrayLength().Should().Be(1);
        doc.GetProperty("rejected").GetArrayLength().Should().Be(3);
        stderr.Should().Contain("named pipe").And.Contain("device");
    }

    [Fact]
    public void Inspect_on_an_empty_folder_or_a_device_link_says_why_without_crashing()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));
        var (code, _, stderr) = CliRunner.Run(null, "inspect", Path.Combine(dir.Path, "empty"));
        code.Should().Be(1);
        stderr.Should().Contain("holds no article").And.NotContain("Exception");
        if (!UnixFiles.Available) return;
        string zero = UnixFiles.Link(Path.Combine(dir.Path, "zero.txt"), "/dev/zero");
        var (zeroCode, _, zeroErr) = CliRunner.Run(null, "inspect", zero);
        zeroCode.Should().Be(1);
        zeroErr.Should().Contain("device").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("9")]
    [InlineData("10")]
    [InlineData("11")]
    public void A_tiny_memory_cap_is_a_clear_failure_not_a_crash(string megabytes)
    {
        var (code, stdout, stderr) = CliRunner.Run(null, "analyze", "--max-memory", megabytes);
        code.Should().BeOneOf([2, 3], stderr);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--max-memory").And.NotContain("Unhandled");
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("INT")]
    public async Task A_signal_mid_run_ends_it_within_a_second_or_two_leaving_no_output_or_temporary_file(string signal)
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempFolder();
        for (int i = 0; i < 400; i++)
        {
            dir.Write($"in/a{i:D3}.txt", $"Report {i}\n\n" + string.Concat(Enumerable.Repeat($"At least {i + 3} people were killed in Lusk on Monday, police said. “We are still counting,” said Mara Olsen. ", 30)));
        }

        string output = Path.Combine(dir.Path, "out", "r.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Cli, "analyze", Path.Combine(dir.Path, "in"), "--out", output, "--parallel", "1" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();

        // Wait until the run is under way (its temporary output exists), then signal it.
        var waited = Stopwatch.StartNew();
        while (Directory.GetFiles(Path.GetDirectoryName(output)!).Length == 0 && waited.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(20);
        Thread.Sleep(300);
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            kill.WaitForExit();
        }

        var signalled = Stopwatch.StartNew();
        p.WaitForExit(30_000).Should().BeTrue();
        signalled.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2.5), "a cancelled run ends within its grace (0.8 s) plus start-up noise");
        string messages = await stderr;
        p.ExitCode.Should().Be(130, messages);
        messages.Should().Contain("cancelled");
        Directory.GetFiles(Path.GetDirectoryName(output)!).Should().BeEmpty("neither the output nor its temporary file is left");
    }
}
