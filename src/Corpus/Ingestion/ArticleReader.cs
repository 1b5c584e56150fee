using System.Globalization;
using System.Text.Json;
using Corpus.Text;

namespace Corpus.Ingestion;

/// <summary>
/// Reads articles from files, folders and streams. Every input becomes exactly one
/// <see cref="IngestedItem"/> (a JSONL file: one per non-blank line): an article, or a
/// rejection naming the file, the line or byte offset, and the reason.
/// </summary>
/// <remarks>
/// <c>.txt</c> (and <c>.text</c>) files are one article each: the id is the file name without
/// extension, the title the first non-blank line, and a date-only line near the top becomes the
/// publication date. <c>.jsonl</c> (and <c>.ndjson</c>) files hold one JSON object per line with
/// <c>text</c> (required), <c>id</c>, <c>title</c>, <c>published</c>, <c>outlet</c>, <c>url</c>.
/// Ids are unique across one read: a later duplicate is rejected. Enumeration is lazy; reading
/// never throws for bad input. Not thread-safe per enumeration; separate calls are independent.
/// </remarks>
public static class ArticleReader
{
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] JsonlExtensions = [".jsonl", ".ndjson"];

    /// <summary>
    /// Reads every file or folder in <paramref name="paths"/>, in the order given (folder contents in
    /// ordinal order); <c>-</c> reads standard input. Article ids are unique across all paths: a
    /// repeated id is rejected, naming the input that used it first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<IngestedItem> ReadPaths(IEnumerable<string> paths, IngestionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= IngestionOptions.Default;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var items = path == "-" ? ReadStreamCore(Console.OpenStandardInput(), "stdin", options, cancellationToken) : ReadPath(path, options, cancellationToken);
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Deduplicate(item, ids);
            }
        }
    }

    /// <summary>
    /// <see cref="ReadPaths"/> as an asynchronous stream: files are read on a background task a few
    /// articles ahead of the consumer (a bounded buffer), so reading overlaps analysis without
    /// loading the corpus into memory.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<IngestedItem> ReadPathsAsync(IEnumerable<string> paths, IngestionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        return ReadAheadAsync(ct => ReadPaths(list, options, ct), cancellationToken);
    }

    /// <summary>
    /// Turns a blocking source of inputs (a reader, a generator, a database cursor) into an
    /// asynchronous stream: <paramref name="read"/> runs on a background task at most 16 items ahead
    /// of the consumer. Its exceptions surface to the consumer.
    /// </summary>
    /// <param name="read">Produces the items; it is given a token that is cancelled when the consumer stops.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public static IAsyncEnumerable<IngestedItem> ReadAheadAsync(Func<CancellationToken, IEnumerable<IngestedItem>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return ReadAheadCore(read, cancellationToken);
    }

    private static async IAsyncEnumerable<IngestedItem> ReadAheadCore(Func<CancellationToken, IEnumerable<IngestedItem>> read,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var buffer = System.Threading.Channels.Channel.CreateBounded<IngestedItem>(new System.Threading.Channels.BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var item in read(stop.Token)) await buffer.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                buffer.Writer.TryComplete();
            }
            catch (Exception e)
            {
                buffer.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in buffer.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false)) yield return item;
            await reader.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Reads standard input or any stream: JSONL when its first non-blank character is <c>{</c>,
    /// otherwise one text article with id <paramref name="sourceName"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<IngestedItem> ReadStream(Stream stream, string sourceName, IngestionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= IngestionOptions.Default;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in ReadStreamCore(stream, sourceName, options, cancellationToken))
        {
            yield return Deduplicate(item, ids);
        }
    }

    /// <summary>
    /// Reads <paramref name="bytes"/> as one plain-text article (never JSONL), with the checks a
    /// <c>.txt</c> file gets: size limit, empty, binary, invalid UTF-8, only whitespace.
    /// </summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="sourceName">Where it came from (a path or "stdin"); the id is its name without extension.</param>
    /// <param name="options">Limits; <see cref="IngestionOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IngestedItem ReadText(byte[] bytes, string sourceName, IngestionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sourceName);
        return FromBytes(bytes, Path.GetFileNameWithoutExtension(sourceName), sourceName, options ?? IngestionOptions.Default);
    }

    /// <summary>Builds a text article the way a <c>.txt</c> file is read (title from the first line, date from a dateline).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Article FromText(string id, string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        string? title = null, outlet = null;
        DateOnly? published = null;
        int seen = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, end - pos).Trim();
            pos = end + 1;
            if (line.IsEmpty) continue;
            if (published is null && Dateline.TryParseDate(line, out var date)) published = date;
            else if (title is null) title = line.Length > 300 ? line[..300].ToString() : line.ToString();
            else if (seen < 3) outlet ??= MastheadOutlet(line);
            if (++seen >= 6) break;
        }

        return new Article(id, text) { Title = title, Published = published, Source = source, Outlet = outlet };
    }

    /// <summary>
    /// The outlet a masthead or breadcrumb line under the title names: "The Harbour Gazette | Analysis | 6 min read",
    /// "Harbour Today » News": a first segment of one to five capitalized words (short joining words allowed) before a bar or
    /// a guillemet. Null for any
    /// other line (a byline, a dateline, a sentence).
    /// </summary>
    internal static string? MastheadOutlet(ReadOnlySpan<char> line)
    {
        int bar = line.IndexOfAny('|', '\u00BB');
        if (bar <= 0 || line.Length > 160) return null;
        string name = line[..bar].Trim().ToString();
        if (name.Length is 0 or > 60 || !char.IsUpper(name[0])) return null;
        int words = 0;
        foreach (string w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && w.Length > 3) return null; // "of", "the", "de" may join a name's words
        }

        // One plain word is more often a section ("Politics | World") than a masthead; a one-word brand is written apart
        // (all capitals, an inner capital or a digit: "KOLB", "Radio7Go").
        if (words == 1 && !name.Skip(1).Any(ch => char.IsUpper(ch) || char.IsDigit(ch))) return null;
        return words is >= 1 and <= 5 && !name.StartsWith("By ", StringComparison.Ordinal) ? name : null;
    }

    private static IngestedItem Deduplicate(IngestedItem item, Dictionary<string, string> ids)
    {
        if (item.Article is not { } a) return item;
        string source = a.Source ?? a.Id;
        if (ids.TryGetValue(a.Id, out var first))
        {
            return IngestedItem.Reject(source, $"duplicate article id '{a.Id}' (already used by {first}); give each article a unique id or file name");
        }

        ids[a.Id] = source;
        return item;
    }

    /// <summary>Folders nested deeper than this are rejected rather than walked (a guard beside loop detection).</summary>
    private const int MaxFolderDepth = 64;

    private const string NotUtf8Name = "its name is not valid UTF-8 (shown with \uFFFD), and .NET cannot open such a name; rename it in UTF-8";

    private static IEnumerable<IngestedItem> ReadPath(string path, IngestionOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            yield return IngestedItem.Reject("(empty path)", "an empty path was given");
            yield break;
        }

        FileKind kind;
        string? error = null;
        string full = path;
        try
        {
            full = Path.GetFullPath(path);
            kind = FileKinds.Of(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            kind = FileKind.Missing;
            error = ex.Message;
        }

        error ??= kind switch
        {
            FileKind.Missing when path.Contains('\uFFFD') => NotUtf8Name,
            FileKind.Missing when IsLink(path) => "broken symbolic link",
            FileKind.Missing => "no such file or folder",
            FileKind.LinkLoop => "symbolic link loop (too many levels of links); fix the link",
            _ => null,
        };
        if (error is not null)
        {
            yield return IngestedItem.Reject(path, error);
            yield break;
        }

        if (kind == FileKind.Directory)
        {
            var dir = new DirectoryInfo(full);
            var visited = new HashSet<string>(StringComparer.Ordinal) { Canonical(dir) };
            foreach (var item in ReadFolder(dir, Canonical(dir), visited, 0, options, ct)) yield return item;
        }
        else
        {
            foreach (var item in ReadFile(new FileInfo(full), kind, options, ct)) yield return item;
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A folder's path with its own link resolved: two ways to one folder compare equal.</summary>
    private static string Canonical(DirectoryInfo dir)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator((dir.LinkTarget is null ? dir : dir.ResolveLinkTarget(returnFinalTarget: true) ?? dir).FullName);
        }
        catch (IOException)
        {
            return Path.TrimEndingDirectorySeparator(dir.FullName);
        }
    }

    private static IEnumerable<IngestedItem> ReadFolder(DirectoryInfo dir, string canonical, HashSet<string> visited, int depth, IngestionOptions options, CancellationToken ct)
    {
        List<FileSystemInfo> entries;
        string? error = null;
        try
        {
            entries = dir.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 })
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            entries = [];
            error = $"folder cannot be read: {ex.Message}";
        }

        if (error is not null)
        {
            yield return IngestedItem.Reject(dir.FullName, error);
            yield break;
        }

        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            if (entry.Name.Contains('\uFFFD'))
            {
                yield return IngestedItem.Reject(entry.FullName, NotUtf8Name);
                continue;
            }

            // The entry's own type says whether it is a link; what it names decides what is read.
            var kind = FileKinds.Of(entry.FullName);
            bool link = entry.LinkTarget is not null;
            if (kind == FileKind.Directory)
            {
                if (!options.Recursive)
                {
                    yield return IngestedItem.Skip(entry.FullName, "a folder inside a folder, and IngestionOptions.Recursive is off; give it as its own path");
                    continue;
                }

                var sub = new DirectoryInfo(entry.FullName);
                string subCanonical = link ? Canonical(sub) : Path.Combine(canonical, entry.Name);
                if (!visited.Add(subCanonical))
                {
                    // A link back up the tree (a loop) or to a folder read already: its files are read once.
                    yield return IngestedItem.Skip(entry.FullName, $"symbolic link to a folder already read ({subCanonical}); its files are read once, through the first path");
                    continue;
                }

                if (depth + 1 > MaxFolderDepth)
                {
                    yield return IngestedItem.Reject(entry.FullName, $"folders nested more than {MaxFolderDepth} deep; give the deeper folder as its own path");
                    continue;
                }

                foreach (var item in ReadFolder(sub, subCanonical, visited, depth + 1, options, ct)) yield return item;
                continue;
            }

            switch (kind)
            {
                case FileKind.Missing when link:
                    yield return IngestedItem.Reject(entry.FullName, "broken symbolic link: its target does not exist; fix the link or remove it");
                    break;
                case FileKind.Missing:
                    yield return IngestedItem.Reject(entry.FullName, "the file disappeared while the folder was read");
                    break;
                case FileKind.LinkLoop:
                    yield return IngestedItem.Reject(entry.FullName, "symbolic link loop (too many levels of links); fix the link or remove it");
                    break;
                default:
                    // Inside a folder, what is not an article file is left out, not an error (a README, an image).
                    if (!IsArticleFile(entry.Name))
                    {
                        yield return IngestedItem.Skip(entry.FullName, $"not an article file ('{(Path.GetExtension(entry.Name) is { Length: > 0 } e ? e : entry.Name)}'): only .txt, .text, .jsonl and .ndjson are read");
                    }
                    else if (options.Include.Count > 0 && !options.Include.Any(p => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(p, entry.Name, ignoreCase: false)))
                    {
                        yield return IngestedItem.Skip(entry.FullName, $"not matched by IngestionOptions.Include ({string.Join(", ", options.Include)})");
                    }
                    else
                    {
                        foreach (var item in ReadFile(new FileInfo(entry.FullName), kind, options, ct)) yield return item;
                    }

                    break;
            }
        }
    }

    private static bool IsArticleFile(string name)
    {
        string ext = Path.GetExtension(name).ToLowerInvariant();
        return TextExtensions.Contains(ext) || JsonlExtensions.Contains(ext);
    }

    private static IEnumerable<IngestedItem> ReadFile(FileInfo file, FileKind kind, IngestionOptions options, CancellationToken ct)
    {
        string ext = file.Extension.ToLowerInvariant();
        string display = file.FullName;
        bool jsonl = JsonlExtensions.Contains(ext);
        if (!jsonl && !TextExtensions.Contains(ext))
        {
            yield return IngestedItem.Reject(display, $"unsupported file type '{(ext.Length == 0 ? file.Name : ext)}': expected .txt or .jsonl");
            yield break;
        }

        // Never opened unless regular: opening a FIFO blocks, and a device (/dev/zero) never ends.
        if (!FileKinds.MayRead(kind))
        {
            yield return IngestedItem.Reject(display, $"not a regular file but {FileKinds.Describe(kind)}{(file.LinkTarget is not null ? " (through a symbolic link)" : string.Empty)}; it was not opened. Give a regular file, or - for standard input");
            yield break;
        }

        // The size of what is read, not of a link to it.
        long length;
        try
        {
            var target = file.LinkTarget is not null ? file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file : file;
            length = target.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            length = -1;
        }

        if (length == 0)
        {
            // Where the type is unknown, zero length may be a pipe or device: not opened.
            yield return IngestedItem.Reject(display, kind == FileKind.Regular
                ? "empty file: nothing to analyze; remove it or give it text"
                : "empty file (or not a regular file): nothing to analyze; remove it or give it text");
            yield break;
        }

        if (jsonl)
        {
            Stream? stream = null;
            string? error = null;
            try
            {
                stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = $"file cannot be read: {ex.Message}";
            }

            if (stream is null)
            {
                yield return IngestedItem.Reject(display, error!);
                yield break;
            }

            using (stream)
            {
                foreach (var item in ReadJsonl(stream, display, Path.GetFileNameWithoutExtension(file.Name), options, ct)) yield return item;
            }

            yield break;
        }

        yield return ReadTextFile(file, length, display, options);
    }

    private static IngestedItem ReadTextFile(FileInfo file, long length, string display, IngestionOptions options)
    {
        if (length > options.MaxArticleBytes)
        {
            return IngestedItem.Reject(display, $"file is {length:N0} bytes, over the limit of {options.MaxArticleBytes:N0}; raise the limit (IngestionOptions.MaxArticleBytes) or split the file");
        }

        byte[] bytes;
        try
        {
            // A file that grows while it is read is read only to one byte past the limit.
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            bytes = BoundedRead.UpToOnePast(stream, options.MaxArticleBytes, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return IngestedItem.Reject(display, $"file cannot be read: {ex.Message} Check its permissions, or leave it out.");
        }

        return FromBytes(bytes, Path.GetFileNameWithoutExtension(file.Name), display, options);
    }

    private static IngestedItem FromBytes(ReadOnlySpan<byte> bytes, string id, string display, IngestionOptions options)
    {
        if (bytes.Length > options.MaxArticleBytes)
        {
            return IngestedItem.Reject(display, $"input is {bytes.Length:N0} bytes, over the limit of {options.MaxArticleBytes:N0}");
        }

        if (bytes.IsEmpty) return IngestedItem.Reject(display, "empty file: nothing to analyze; remove it or give it text");
        if (!TextDecoder.TryDecode(bytes, out var text, out var error)) return IngestedItem.Reject(display, error!);
        if (string.IsNullOrWhiteSpace(text)) return IngestedItem.Reject(display, "the file holds only whitespace: nothing to analyze; remove it or give it text");
        return IngestedItem.Of(FromText(id, text, display));
    }

    private static IEnumerable<IngestedItem> ReadStreamCore(Stream stream, string sourceName, IngestionOptions options, CancellationToken ct)
    {
        // Peek for the first non-blank byte to choose JSONL or plain text, then replay what was read.
        var head = new MemoryStream();
        int b;
        int first = -1;
        string? error = null;
        try
        {
            while ((b = stream.ReadByte()) >= 0)
            {
                head.WriteByte((byte)b);
                if (b is ' ' or '\t' or '\r' or '\n' || (head.Length <= 3 && b is 0xEF or 0xBB or 0xBF)) continue;
                first = b;
                break;
            }
        }
        catch (IOException ex)
        {
            error = ex.Message;
        }

        if (error is not null)
        {
            yield return IngestedItem.Reject(sourceName, $"input cannot be read: {error}");
            yield break;
        }

        head.Position = 0;
        using var joined = new ConcatStream(head, stream);
        if (first == '{')
        {
            foreach (var item in ReadJsonl(joined, sourceName, sourceName, options, ct)) yield return item;
            yield break;
        }

        var all = BoundedRead.UpToOnePast(joined, options.MaxArticleBytes);
        if (all.Length > options.MaxArticleBytes)
        {
            yield return IngestedItem.Reject(sourceName, $"input is over the limit of {options.MaxArticleBytes:N0} bytes; raise the limit (IngestionOptions.MaxArticleBytes) or split it");
            yield break;
        }

        yield return FromBytes(all, sourceName, sourceName, options);
    }

    private static IEnumerable<IngestedItem> ReadJsonl(Stream stream, string display, string fileId, IngestionOptions options, CancellationToken ct)
    {
        var reader = new ByteLineReader(stream, options.MaxArticleBytes);
        int lineNo = 0;
        int articles = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            ByteLine line;
            string? ioError = null;
            try
            {
                line = reader.Next();
            }
            catch (IOException ex)
            {
                line = default;
                ioError = ex.Message;
            }

            if (ioError is not null)
            {
                yield return IngestedItem.Reject($"{display}:{lineNo + 1}", $"read failed after line {lineNo}: {ioError}");
                yield break;
            }

            if (line.EndOfStream) break;
            lineNo++;
            string where = $"{display}:{lineNo}";
            if (line.Overflow)
            {
                yield return IngestedItem.Reject(where, $"line {lineNo} is {line.Length:N0} bytes, over the limit of {options.MaxArticleBytes:N0}; raise the limit (IngestionOptions.MaxArticleBytes)");
                continue;
            }

            var bytes = line.Bytes.Span;
            if (lineNo == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            if (ByteLineReader.IsBlank(bytes)) continue;
            var item = ParseJsonLine(bytes, where, lineNo, fileId);
            if (item.Article is not null) articles++;
            yield return item;
        }

        if (lineNo == 0 || (articles == 0 && reader.BlankOnly))
        {
            yield return IngestedItem.Reject(display, "empty file: no JSONL records");
        }
    }

    private static IngestedItem ParseJsonLine(ReadOnlySpan<byte> bytes, string where, int lineNo, string fileId)
    {
        if (!TextDecoder.TryDecode(bytes, out var json, out var decodeError))
        {
            return IngestedItem.Reject(where, $"line {lineNo}: {decodeError}");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            string msg = ex.Message;
            int cut = msg.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut < 0) cut = msg.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) msg = msg[..cut];
            string col = ex.BytePositionInLine is { } pos ? $" at byte {pos}" : string.Empty;
            return IngestedItem.Reject(where, $"line {lineNo} is not valid JSON{col}: {msg}");
        }

        using (doc)
        {
            try
            {
                return FromJsonObject(doc.RootElement, where, lineNo, fileId);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json parses "\ud800" (a lone surrogate) but cannot turn it into a string.
                return IngestedItem.Reject(where, $"line {lineNo}: a string holds an escaped lone surrogate (\\uD800 to \\uDFFF without its pair), which is not text; remove or pair it");
            }
        }
    }

    private static IngestedItem FromJsonObject(JsonElement root, string where, int lineNo, string fileId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return IngestedItem.Reject(where, $"line {lineNo} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, expected an object with a \"text\" field");
        }

        if (!root.TryGetProperty("text", out var textEl))
        {
            return IngestedItem.Reject(where, $"line {lineNo} has no \"text\" field");
        }

        if (textEl.ValueKind != JsonValueKind.String)
        {
            return IngestedItem.Reject(where, $"line {lineNo}: \"text\" is a {textEl.ValueKind.ToString().ToLowerInvariant()}, expected a string");
        }

        string text = textEl.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) return IngestedItem.Reject(where, $"line {lineNo}: \"text\" is empty");

        string id = $"{fileId}:{lineNo}";
        if (root.TryGetProperty("id", out var idEl))
        {
            switch (idEl.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(idEl.GetString()):
                    id = idEl.GetString()!;
                    break;
                case JsonValueKind.Number:
                    id = idEl.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    return IngestedItem.Reject(where, $"line {lineNo}: \"id\" must be a non-empty string or a number");
            }
        }

        string? error = null;
        string? title = OptionalString(root, "title", lineNo, ref error);
        string? outlet = OptionalString(root, "outlet", lineNo, ref error);
        string? url = OptionalString(root, "url", lineNo, ref error);
        string? publishedText = OptionalString(root, "published", lineNo, ref error);
        if (error is not null) return IngestedItem.Reject(where, error);
        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (TryParseDate(publishedText, out var date)) published = date;
            else return IngestedItem.Reject(where, $"line {lineNo}: \"published\" is '{Truncate(publishedText, 40)}', expected a date such as 2022-01-10");
        }

        var article = FromText(id, text, where);
        return IngestedItem.Of(article with
        {
            Title = title ?? article.Title,
            Outlet = outlet ?? article.Outlet,
            Url = url,
            Published = published ?? article.Published,
        });
    }

    private static string? OptionalString(JsonElement root, string name, int lineNo, ref string? error)
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind == JsonValueKind.String) return el.GetString();
        error ??= $"line {lineNo}: \"{name}\" is a {el.ValueKind.ToString().ToLowerInvariant()}, expected a string";
        return null;
    }

    private static bool TryParseDate(string s, out DateOnly date)
    {
        s = s.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }

        return Dateline.TryParseDate(s, out date);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    /// <summary>Replays a peeked head, then the rest of the stream.</summary>
    private sealed class ConcatStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = first.Read(buffer, offset, count);
            return n > 0 ? n : second.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
