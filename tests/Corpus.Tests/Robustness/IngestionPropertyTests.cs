using System.Globalization;
using System.Text;
using Corpus.Ingestion;
using CsCheck;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Generated inputs against what ingestion promises: reading never throws and never hangs, and every
/// input is accounted for (one item per non-blank JSONL line; every file in a folder tree an article
/// or a rejection). The JSON is generated escaped (lone surrogates, control characters, escaped
/// quotes and backslashes in any field or key); the trees hold links to files, folders, their own
/// ancestors, nowhere and devices. CORPUS_FUZZ_ITER multiplies the number of cases.
/// </summary>
public class IngestionPropertyTests
{
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_FUZZ_ITER"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 1;

    /// <summary>One JSON string body, escaped: plain text, \uXXXX of any code unit (lone surrogates too), short escapes.</summary>
    private static readonly Gen<string> EscapedString =
        Gen.OneOf(
                Gen.OneOf(Gen.Const("Twelve people were hurt"), Gen.Const(" said "), Gen.Const("Lusk"), Gen.Const("“q”"), Gen.Const(" ")),
                Gen.Char[(char)0, (char)0xFFFF].Select(c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                Gen.OneOf(Gen.Const("\\ud800"), Gen.Const("\\udfff"), Gen.Const("\\ud83d\\ude00"), Gen.Const("\\u0000"), Gen.Const("\\u001b[2J")),
                Gen.OneOf(Gen.Const("\\n"), Gen.Const("\\t"), Gen.Const("\\\""), Gen.Const("\\\\"), Gen.Const("\\/"), Gen.Const("\\b"), Gen.Const("\\f"), Gen.Const("\\r")),
                Gen.Char['a', 'z'].Select(c => c.ToString()))
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Field = Gen.OneOf(Gen.Const("text"), Gen.Const("id"), Gen.Const("title"), Gen.Const("published"), Gen.Const("outlet"), Gen.Const("url"), EscapedString);

    private static readonly Gen<string> Value = Gen.OneOf(
        EscapedString.Select(v => "\"" + v + "\""),
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf(Gen.Const("null"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("\"2024-02-30\""), Gen.Const("\"2024-02-03\"")));

    /// <summary>A JSONL line: usually an object of escaped fields, sometimes broken JSON.</summary>
    private static readonly Gen<string> Line = Gen.Frequency(
        (8, Gen.Select(Field, Value).Array[0, 6].Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}")),
        (1, EscapedString.Select(v => "{\"text\":\"" + v)),
        (1, Gen.OneOf(Gen.Const(""), Gen.Const("   "), Gen.Const("[1]"), Gen.Const("\"x\""), EscapedString)));

    [Fact]
    public void Escaped_jsonl_is_read_without_throwing_and_every_non_blank_line_is_one_item() => Line.Array[1, 8].Sample(lines =>
    {
        string all = string.Join("\n", lines) + "\n";
        var items = ArticleReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(all)), "gen.jsonl").ToList();
        int nonBlank = lines.Count(l => l.Trim(' ', '\t', '\r').Length > 0);
        if (all.TrimStart(' ', '\t', '\r', '\n').StartsWith('{'))
        {
            // JSONL: one item per non-blank line (an all-blank file is one rejection).
            items.Count.Should().Be(Math.Max(nonBlank, 1));
        }
        else
        {
            items.Should().ContainSingle("a stream not starting with '{' is one text article or one rejection");
        }

        foreach (var item in items)
        {
            new object?[] { item.Article, item.Rejected, item.Skipped }.Count(x => x is not null).Should().Be(1, "exactly one of article, rejection and skip");
            if (item.Article is { } a) a.Text.Should().NotBeNullOrWhiteSpace();
            if (item.Rejected is { } r) r.Source.Should().StartWith("gen.jsonl");
        }
    }, iter: 2000 * Scale, threads: 1, print: l => string.Join("\n", l));

    /// <summary>One entry of a generated tree: a file, a folder, or a link to something.</summary>
    private enum Kind
    {
        Text,
        Jsonl,
        Folder,
        LinkToFile,
        LinkToFolder,
        LinkToAncestor,
        LinkToNowhere,
        LinkToDevice,
        LinkToItself,
    }

    [Fact]
    public void A_generated_tree_with_links_is_read_to_its_end_and_every_regular_file_is_accounted_for()
    {
        if (!UnixFiles.Available) return;
        Gen.Enum<Kind>().Array[1, 12].Array[1, 4].Sample(levels =>
        {
            using var dir = new TempFolder();
            string root = Path.Combine(dir.Path, "root");
            Directory.CreateDirectory(root);
            var folders = new List<string> { root };
            var regular = new List<string>();
            int n = 0;
            foreach (var level in levels)
            {
                var here = folders[^1];
                foreach (var kind in level)
                {
                    string path = Path.Combine(here, $"e{n++}" + kind switch { Kind.Text or Kind.LinkToFile or Kind.LinkToNowhere or Kind.LinkToItself => ".txt", Kind.Jsonl or Kind.LinkToDevice => ".jsonl", _ => string.Empty });
                    switch (kind)
                    {
                        case Kind.Text:
                            File.WriteAllText(path, $"Report {n}: {n} people were hurt in Lusk.");
                            regular.Add(path);
                            break;
                        case Kind.Jsonl:
                            File.WriteAllText(path, $"{{\"id\":\"j{n}\",\"text\":\"Line {n} \\ud800 text\"}}\n{{\"id\":\"k{n}\",\"text\":\"Fine {n}.\"}}\n");
                            regular.Add(path);
                            break;
                        case Kind.Folder:
                            Directory.CreateDirectory(path);
                            folders.Add(path);
                            break;
                        case Kind.LinkToFile when regular.Count > 0:
                            UnixFiles.Link(path, regular[^1]);
                            break;
                        case Kind.LinkToFolder:
                        case Kind.LinkToAncestor:
                            UnixFiles.Link(path, kind == Kind.LinkToAncestor ? root : folders[^1]);
                            break;
                        case Kind.LinkToNowhere:
                            UnixFiles.Link(path, Path.Combine(dir.Path, "nowhere"));
                            break;
                        case Kind.LinkToDevice:
                            UnixFiles.Link(path, "/dev/zero");
                            break;
                        case Kind.LinkToItself:
                            UnixFiles.Link(path, path);
                            break;
                    }
                }
            }

            var reading = Task.Run(() => ArticleReader.ReadPaths([root]).ToList());
            reading.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("reading a tree of links must end");
            var items = reading.Result;
            // A file may be read through a link to its folder (the first path in ordinal order): compare files, not spellings.
            static string WithoutLine(string source) => System.Text.RegularExpressions.Regex.Replace(source, ":[0-9]+$", string.Empty);
            var read = items.Select(i => FileKinds.Identity(WithoutLine(i.Article?.Source ?? i.Rejected?.Source ?? i.Skipped!.Source))).Where(id => id is not null).ToHashSet();
            foreach (var file in regular)
            {
                read.Should().Contain(FileKinds.Identity(file), $"{file} is an article or a rejection");
            }
        }, iter: 40 * Scale, threads: 1, print: t => string.Join(" / ", t.Select(l => string.Join(",", l))));
    }
}
