using System.Text;
using Corpus.Ingestion;

namespace Corpus.Tests.Ingestion;

public class ArticleReaderTests
{
    private static List<IngestedItem> Read(params string[] paths) => ArticleReader.ReadPaths(paths, new IngestionOptions { MaxArticleBytes = 4096 }).ToList();

    private static RejectedInput SingleRejection(string path)
    {
        var items = Read(path);
        items.Should().ContainSingle();
        return items[0].Rejected ?? throw new Xunit.Sdk.XunitException("expected a rejection, got an article");
    }

    // A masthead or breadcrumb line under the title names the outlet; bylines, datelines and sentences do not.
    [Theory]
    [InlineData("The Harbour Gazette | Analysis | 6 min read", "The Harbour Gazette")]
    [InlineData("Harbour Today » News » Lusk", "Harbour Today")]
    [InlineData("Voice of the Fjords | Live", "Voice of the Fjords")]
    [InlineData("By Ada Varga · Updated 6:40 pm", null)]
    [InlineData("LUSK, March 3 - The ferry sank | two died", null)]
    [InlineData("Ferries stopped running because the storm | came back", null)]
    [InlineData("No separator here at all", null)]
    [InlineData("Politics | World", null)]
    [InlineData("KQRB | Local news", "KQRB")]
    public void A_masthead_line_names_the_outlet(string line, string? outlet)
    {
        ArticleReader.FromText("a", "Ferries stop in Lusk\n2026-03-03\n" + line + "\n\nThe ferries stopped.").Outlet.Should().Be(outlet);
    }

    [Fact]
    public void A_masthead_deep_in_the_body_is_no_outlet()
    {
        ArticleReader.FromText("a", "Ferries stop in Lusk\n2026-03-03\nOne.\nTwo.\nThe Harbour Gazette | Analysis\n").Outlet.Should().BeNull();
    }

    [Fact]
    public void A_text_file_becomes_an_article_with_title_and_dateline_date()
    {
        using var dir = new TempFolder();
        string path = dir.Write("story.txt", "Headline of the story\n\nMonday, January 10, 2022\n\nBody text.");
        var a = Read(path).Single().Article!;
        a.Id.Should().Be("story");
        a.Title.Should().Be("Headline of the story");
        a.Published.Should().Be(new DateOnly(2022, 1, 10));
        a.Text.Should().Be("Headline of the story\n\nMonday, January 10, 2022\n\nBody text.");
        a.Source.Should().Be(path);
    }

    [Fact]
    public void A_utf8_bom_is_dropped_and_offsets_count_from_the_text_after_it()
    {
        using var dir = new TempFolder();
        string path = dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Tokáyev spoke.")]);
        Read(path).Single().Article!.Text.Should().Be("Tokáyev spoke.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read(bool bigEndian)
    {
        using var dir = new TempFolder();
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        string path = dir.Write("u16.txt", [.. enc.GetPreamble(), .. enc.GetBytes("Almaty, «quoted».")]);
        Read(path).Single().Article!.Text.Should().Be("Almaty, «quoted».");
    }

    [Fact]
    public void Utf16_without_bom_is_recognized_from_its_zero_bytes()
    {
        using var dir = new TempFolder();
        string path = dir.Write("u16.txt", new UnicodeEncoding(false, false).GetBytes("Plain English text in UTF-16 without a byte order mark."));
        Read(path).Single().Article!.Text.Should().StartWith("Plain English");
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        using var dir = new TempFolder();
        SingleRejection(dir.Write("empty.txt", [])).Reason.Should().StartWith("empty file").And.Contain("remove it");
    }

    [Fact]
    public void A_whitespace_only_file_is_rejected()
    {
        using var dir = new TempFolder();
        SingleRejection(dir.Write("blank.txt", " \n\t\r\n ")).Reason.Should().Contain("only whitespace");
    }

    [Fact]
    public void A_binary_file_is_rejected_with_the_offset_of_its_first_nul()
    {
        using var dir = new TempFolder();
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var r = SingleRejection(dir.Write("image.txt", bytes));
        r.Reason.Should().StartWith("binary file: NUL byte at byte offset 8");
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_byte_offset_and_line()
    {
        using var dir = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\nline two \u00e9\nbad: "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" rest")];
        var r = SingleRejection(dir.Write("bad.txt", bytes));
        r.Reason.Should().Be($"invalid UTF-8 at byte offset {bytes.Length - 7} (line 3); save the file as UTF-8");
        r.Source.Should().EndWith("bad.txt");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_being_read()
    {
        using var dir = new TempFolder();
        var r = SingleRejection(dir.Write("huge.txt", new string('a', 5000)));
        r.Reason.Should().Contain("over the limit of 4,096");
    }

    [Fact]
    public void An_unsupported_file_type_is_rejected_by_name()
    {
        using var dir = new TempFolder();
        SingleRejection(dir.Write("notes.pdf", "x")).Reason.Should().Contain("unsupported file type '.pdf'");
    }

    [Fact]
    public void A_missing_path_is_rejected()
    {
        SingleRejection("/no/such/place/article.txt").Reason.Should().Be("no such file or folder");
    }

    [Fact]
    public void A_broken_symlink_in_a_folder_is_rejected()
    {
        if (OperatingSystem.IsWindows()) return; // symlinks need privileges there
        using var dir = new TempFolder();
        dir.Write("good.txt", "A good article.");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "dangling.txt"), Path.Combine(dir.Path, "missing-target.txt"));
        var items = Read(dir.Path);
        items.Should().HaveCount(2);
        items.Single(i => i.Rejected is not null).Rejected!.Reason.Should().StartWith("broken symbolic link").And.Contain("fix the link");
    }

    [Theory]
    [InlineData("pipe.jsonl")]
    [InlineData("pipe.txt")]
    public void A_named_pipe_is_rejected_without_being_opened(string name)
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string fifo = UnixFiles.MakeFifo(Path.Combine(dir.Path, name));

        // Given directly and inside a folder: opening a FIFO with no writer would block forever.
        SingleRejection(fifo).Reason.Should().Contain("named pipe").And.Contain("not opened");
        SingleRejection(dir.Path).Reason.Should().Contain("named pipe");
    }

    [Theory]
    [InlineData("zero.jsonl")]
    [InlineData("zero.txt")]
    public void A_symlink_to_a_device_is_rejected_without_being_read(string name)
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string link = UnixFiles.Link(Path.Combine(dir.Path, name), "/dev/zero");
        SingleRejection(link).Reason.Should().Contain("a device (through a symbolic link)");
    }

    [Fact]
    public void A_symlink_to_a_large_file_is_measured_by_its_target()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        string big = dir.Write("big.dat", new byte[10_000]);
        string link = UnixFiles.Link(Path.Combine(dir.Path, "small-looking.txt"), big);
        SingleRejection(link).Reason.Should().Contain("10,000 bytes, over the limit of 4,096");
    }

    [Fact]
    public void A_symlinked_subfolder_is_read_once_and_a_loop_back_up_is_named()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        dir.Write("top/a.txt", "A article.");
        dir.Write("elsewhere/b.txt", "B article.");
        UnixFiles.Link(Path.Combine(dir.Path, "top", "linked"), Path.Combine(dir.Path, "elsewhere"));
        UnixFiles.Link(Path.Combine(dir.Path, "top", "up"), Path.Combine(dir.Path, "top"));
        var items = Read(Path.Combine(dir.Path, "top"));
        items.Where(i => i.Article is not null).Select(i => i.Article!.Id).Should().Equal("a", "b");
        items.Should().ContainSingle(i => i.Skipped != null).Which.Skipped!.Reason.Should().Contain("folder already read");
    }

    [Fact]
    public void A_symlink_loop_in_a_folder_is_rejected_not_a_crash()
    {
        if (!UnixFiles.Available) return;
        using var dir = new TempFolder();
        UnixFiles.Link(Path.Combine(dir.Path, "a.txt"), Path.Combine(dir.Path, "b.txt"));
        UnixFiles.Link(Path.Combine(dir.Path, "b.txt"), Path.Combine(dir.Path, "a.txt"));
        var items = Read(dir.Path);
        items.Should().HaveCount(2).And.OnlyContain(i => i.Rejected != null && i.Rejected.Reason.Contains("symbolic link loop"));
        SingleRejection(Path.Combine(dir.Path, "a.txt")).Reason.Should().Contain("symbolic link loop");
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_rejected_saying_so()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempFolder();

        // .NET cannot name such a file; the shell can.
        using (var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", "printf 'Some text here.' > \"$(printf 'lat1\\351.txt')\"" ]) { WorkingDirectory = dir.Path, UseShellExecute = false })!)
        {
            p.WaitForExit();
        }

        SingleRejection(dir.Path).Reason.Should().Contain("not valid UTF-8").And.Contain("rename");
    }

    [Fact]
    public void Include_patterns_narrow_what_a_folder_contributes_and_the_rest_is_skipped()
    {
        using var dir = new TempFolder();
        dir.Write("2024-a.txt", "A article.");
        dir.Write("2023-b.txt", "B article.");
        dir.Write("notes.jsonl", "{\"text\":\"C article.\"}\n");
        var items = ArticleReader.ReadPaths([dir.Path, Path.Combine(dir.Path, "2023-b.txt")], new IngestionOptions { Include = ["2024-*", "*.jsonl"] }).ToList();
        items.Where(i => i.Article is not null).Select(i => i.Article!.Id).Should().Equal("2024-a", "notes:1", "2023-b");
        items.Should().ContainSingle(i => i.Skipped != null).Which.Skipped!.Reason.Should().Contain("not matched by IngestionOptions.Include");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(IngestionOptions.LargestArticleBytes + 1)]
    public void A_size_limit_dotnet_cannot_hold_is_refused_naming_the_option(long bytes)
    {
        var act = () => new IngestionOptions { MaxArticleBytes = bytes };
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*IngestionOptions.MaxArticleBytes*");
    }

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_order_and_every_file_is_accounted_for()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "B article.");
        dir.Write("a.txt", "A article.");
        dir.Write("sub/c.txt", "C article.");
        dir.Write("zz.bin", [0, 1, 2]);
        var items = Read(dir.Path);
        items.Where(i => i.Article is not null).Select(i => i.Article!.Id).Should().Equal("a", "b", "c");
        items.Where(i => i.Rejected is not null).Should().BeEmpty();
        items.Should().ContainSingle(i => i.Skipped != null, "a file that is not an article type is skipped, not rejected")
            .Which.Skipped!.Reason.Should().Contain("not an article file ('.bin')");
    }

    [Fact]
    public void Jsonl_lines_become_articles_with_their_fields()
    {
        using var dir = new TempFolder();
        string path = dir.Write("feed.jsonl", """
            {"id": "a1", "title": "T1", "text": "First text.", "published": "2022-01-10", "outlet": "Wire", "url": "https://x.org/1"}

            {"text": "Second text without id."}
            """);
        var items = Read(path);
        items.Should().HaveCount(2);
        var a = items[0].Article!;
        (a.Id, a.Title, a.Text, a.Published, a.Outlet, a.Url, a.Source).Should().Be(("a1", "T1", "First text.", new DateOnly(2022, 1, 10), "Wire", "https://x.org/1", path + ":1"));
        items[1].Article!.Id.Should().Be("feed:3");
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"text\": \"trunc", "line 1 is not valid JSON")]
    [InlineData("[1, 2]", "line 1 is a JSON array, expected an object")]
    [InlineData("{\"id\": \"x\"}", "line 1 has no \"text\" field")]
    [InlineData("{\"text\": 42}", "line 1: \"text\" is a number, expected a string")]
    [InlineData("{\"text\": \"  \"}", "line 1: \"text\" is empty")]
    [InlineData("{\"text\": \"ok\", \"title\": 5}", "line 1: \"title\" is a number, expected a string")]
    [InlineData("{\"text\": \"ok\", \"id\": {}}", "line 1: \"id\" must be a non-empty string or a number")]
    [InlineData("{\"text\": \"ok\", \"published\": \"yesterday\"}", "line 1: \"published\" is 'yesterday', expected a date")]
    [InlineData("{\"id\": \"a\", \"text\": \"x \\ud800 y\"}", "line 1: a string holds an escaped lone surrogate")]
    [InlineData("{\"text\": \"ok\", \"title\": \"\\udfff\"}", "line 1: a string holds an escaped lone surrogate")]
    [InlineData("{\"\\ud800\": 1, \"text\": \"ok\"}", "line 1: a string holds an escaped lone surrogate")]
    public void A_malformed_jsonl_line_is_rejected_with_its_line_number(string line, string reason)
    {
        using var dir = new TempFolder();
        string path = dir.Write("bad.jsonl", line + "\n");
        var r = SingleRejection(path);
        r.Source.Should().Be(path + ":1");
        r.Reason.Should().StartWith(reason);
    }

    [Fact]
    public void A_duplicate_jsonl_id_is_rejected_and_names_the_first_use()
    {
        using var dir = new TempFolder();
        string path = dir.Write("dup.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\n{\"id\":\"x\",\"text\":\"two\"}\n");
        var items = Read(path);
        items[0].Article!.Text.Should().Be("one");
        items[1].Rejected!.Reason.Should().Be($"duplicate article id 'x' (already used by {path}:1); give each article a unique id or file name");
    }

    [Fact]
    public void An_over_long_jsonl_line_is_rejected_and_the_next_line_still_read()
    {
        using var dir = new TempFolder();
        string path = dir.Write("long.jsonl", "{\"text\": \"" + new string('x', 5000) + "\"}\n{\"text\": \"short\"}\n");
        var items = Read(path);
        items.Should().HaveCount(2);
        items[0].Rejected!.Reason.Should().StartWith("line 1 is 5,012 bytes, over the limit");
        items[1].Article!.Text.Should().Be("short");
    }

    [Fact]
    public void Invalid_utf8_inside_a_jsonl_line_rejects_only_that_line()
    {
        using var dir = new TempFolder();
        string path = dir.Write("enc.jsonl", [.. Encoding.UTF8.GetBytes("{\"text\":\"ok\"}\n{\"text\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n")]);
        var items = Read(path);
        items[0].Article.Should().NotBeNull();
        items[1].Rejected!.Reason.Should().StartWith("line 2: invalid UTF-8 at byte offset 9");
    }

    [Fact]
    public void An_empty_jsonl_file_is_rejected()
    {
        using var dir = new TempFolder();
        SingleRejection(dir.Write("none.jsonl", "\n\n")).Reason.Should().Be("empty file: no JSONL records");
    }

    [Fact]
    public void Standard_input_holding_jsonl_is_read_as_records()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("  {\"id\":\"s1\",\"text\":\"From a pipe.\"}\n"));
        var items = ArticleReader.ReadStream(input, "stdin").ToList();
        items.Single().Article!.Id.Should().Be("s1");
        items.Single().Article!.Source.Should().Be("stdin:1");
    }

    [Fact]
    public void Standard_input_holding_plain_text_is_one_article()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("A headline\n\nSome text."));
        var a = ArticleReader.ReadStream(input, "stdin").Single().Article!;
        (a.Id, a.Title, a.Text).Should().Be(("stdin", "A headline", "A headline\n\nSome text."));
    }
}
