using Corpus.Ingestion;
using Corpus.Quantities;
using Corpus.Reports;
using Corpus.Storage;

namespace Corpus.Cli;

internal static class Commands
{
    public static Task<int> AnalyzeAsync(string[] paths, string format, FileInfo? output, FileInfo? db, IngestionOptions ingestion, AnalyzerOptions options, long? maxMemory, string progressMode, CancellationToken ct) =>
        MemoryBudget.RunAsync(maxMemory, () => AnalyzeCoreAsync(paths, format, output, db, ingestion, options, progressMode, ct));

    private static async Task<int> AnalyzeCoreAsync(string[] paths, string format, FileInfo? output, FileInfo? db, IngestionOptions ingestion, AnalyzerOptions options, string progressMode, CancellationToken ct)
    {
        if (paths.Contains("-") && StandardInput.IsClosed())
        {
            Console.Error.WriteLine($"corpus: {StandardInput.ClosedMessage}");
            return ExitCodes.Usage;
        }

        // The output is checked (and its temporary file made) before the analysis: a path that cannot be written fails at once.
        OutputFile? outFile = null;
        if (output is not null && (outFile = OutputFile.Open(output.ToString(), db?.FullName, out var outError, out int outCode)) is null)
        {
            Console.Error.WriteLine($"corpus: {outError}");
            return outCode;
        }

        using var outScope = outFile;
        var items = paths.Length == 0
            ? ArticleReader.ReadAheadAsync(_ => SampleCorpus.Read(), ct)
            : ArticleReader.ReadPathsAsync(paths, ingestion, ct);
        var analyzer = new CorpusAnalyzer(options);
        AnalysisResult result;
        IReadOnlyList<Ingestion.RejectedInput> rejected;
        using (var progress = ProgressBar.ForStandardError(paths.Length == 0 ? 0 : ProgressBar.TotalBytes(paths), progressMode))
        {
            try
            {
                if (db is null)
                {
                    result = await analyzer.AnalyzeAsync(items, progress, ct);
                    rejected = result.Rejected;
                }
                else
                {
                    using var store = CorpusStore.Open(db.FullName);
                    var run = await store.AddAsync(items, analyzer, progress, ct);
                    progress.Dispose();
                    string shared = run.SharedText > 0 ? $" ({run.SharedText} with the same text as another article, kept as separate publications)" : string.Empty;
                    Console.Error.WriteLine($"corpus: {db.FullName}: {run.Added} added{shared}, {run.Unchanged} already stored, {run.Rejected.Count} rejected; {store.ArticleCount} articles in the store.");
                    result = run.Result;
                    rejected = run.Rejected;
                }
            }
            catch (OperationCanceledException)
            {
                progress.Dispose();
                Console.Error.WriteLine(db is null
                    ? "corpus: cancelled; no output was written."
                    : "corpus: cancelled; no output was written. Batches already committed stay in the store; run the same command again to complete it.");
                return ExitCodes.Cancelled;
            }
            catch (CorpusStoreException e)
            {
                progress.Dispose();
                Console.Error.WriteLine($"corpus: {e.Message}");
                return ExitCodes.Failure;
            }
        }

        if (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("corpus: cancelled; no output was written.");
            return ExitCodes.Cancelled;
        }

        int written = WriteOutput(RunnerWords.Translate(result), format, outFile, ct);
        if (written != ExitCodes.Ok) return written;
        foreach (var r in rejected) Console.Error.WriteLine($"corpus: rejected {r.Source}: {RunnerWords.Translate(r.Reason)}");
        if (result.Skipped.Count is > 0 and <= 10)
        {
            foreach (var s in result.Skipped) Console.Error.WriteLine($"corpus: skipped {s.Source}: {RunnerWords.Translate(s.Reason)}");
        }
        else if (result.Skipped.Count > 10)
        {
            Console.Error.WriteLine($"corpus: skipped {result.Skipped.Count} files that are not articles (listed under \"skipped\" in the output).");
        }

        return rejected.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }

    public static int Report(FileInfo db, string format, FileInfo? output, CancellationToken ct)
    {
        OutputFile? outFile = null;
        if (output is not null && (outFile = OutputFile.Open(output.ToString(), db.FullName, out var outError, out int outCode)) is null)
        {
            Console.Error.WriteLine($"corpus: {outError}");
            return outCode;
        }

        using var outScope = outFile;
        AnalysisResult result;
        try
        {
            using var store = CorpusStore.Open(db.FullName, readOnly: true);
            if (store.IsStale)
            {
                Console.Error.WriteLine($"corpus: {db.FullName}: a run was interrupted; the report covers every stored article. Run 'corpus analyze --db' again to complete the store's tables.");
            }

            result = store.Load();
        }
        catch (CorpusStoreException e)
        {
            Console.Error.WriteLine($"corpus: {e.Message}");
            return ExitCodes.Failure;
        }

        return WriteOutput(RunnerWords.Translate(result), format, outFile, ct);
    }

    private static int WriteOutput(AnalysisResult result, string format, OutputFile? output, CancellationToken ct)
    {
        try
        {
            if (format == "summary")
            {
                TerminalSummary.Write(result, Console.Out, result.Articles.Count > 0 && output is null ? "analyze" : "report");
            }
            else if (output is null)
            {
                using var stdout = Console.OpenStandardOutput();
                WriteTo(result, format, stdout);
            }
            else
            {
                output.Write(stream => WriteTo(result, format, stream), ct);
            }

            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("corpus: cancelled; no output was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"corpus: cannot write {output?.Shown ?? "standard output"}: {OutputFile.Reason(ex)}. Check the path, free space and permissions.");
            return ExitCodes.Failure;
        }
    }

    public static int Inspect(FileInfo file)
    {
        // Every article of a folder or JSONL file, each with dates in ISO order; an empty folder says so.
        int articles = 0, rejected = 0;
        foreach (var item in ArticleReader.ReadPaths([file.FullName]))
        {
            if (item.Rejected is { } r)
            {
                Console.Error.WriteLine($"corpus: rejected {r.Source}: {RunnerWords.Translate(r.Reason)}");
                rejected++;
                continue;
            }

            if (item.Skipped is { } skip)
            {
                Console.Error.WriteLine($"corpus: skipped {skip.Source}: {RunnerWords.Translate(skip.Reason)}");
                continue;
            }

            var doc = Text.Document.Parse(item.Article!);
            if (articles++ > 0) Console.WriteLine();
            string published = doc.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            Console.WriteLine($"id={doc.Article.Id} title={doc.Article.Title} published={published} tokens={doc.Tokens.Count}");
            foreach (var s in doc.Sentences)
            {
                string text = doc.TextOf(s.Span).ReplaceLineEndings(" ");
                Console.WriteLine($"[{s.Index}] {s.Span} {s.Kind}: {text}");
            }
        }

        if (articles + rejected == 0)
        {
            Console.Error.WriteLine($"corpus: {file.FullName} holds no article (.txt or .jsonl)");
            return ExitCodes.SomeRejected;
        }

        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }

    /// <summary>Longest line 'quantities' reads; a longer one is reported and skipped.</summary>
    internal const int MaxQuantityLineBytes = 1 << 20;

    public static int Quantities(FileInfo? file)
    {
        // Streamed a line at a time: any size of file, bounded memory; always plain text (a line
        // starting with '{' is a sentence like any other), a NUL byte ends it as binary input.
        string source = file?.ToString() ?? "stdin";
        if (file is null && StandardInput.IsClosed())
        {
            Console.Error.WriteLine($"corpus: {StandardInput.ClosedMessage}");
            return ExitCodes.Usage;
        }

        Stream input;
        try
        {
            if (file is not null && Directory.Exists(file.FullName))
            {
                Console.Error.WriteLine($"corpus: cannot read {source}: a folder; 'quantities' reads one file");
                return ExitCodes.Failure;
            }

            input = file is null ? Console.OpenStandardInput() : new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"corpus: cannot read {source}: {OutputFile.Reason(ex)}");
            return ExitCodes.Failure;
        }

        using var stdout = Console.OpenStandardOutput();
        using var writer = new System.Text.Json.Utf8JsonWriter(stdout, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var utf8 = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        int exit = ExitCodes.Ok;
        using (input)
        {
            var lines = new ByteLineReader(input, MaxQuantityLineBytes, stopAtNul: true);
            int n = 0;
            try
            {
                while (lines.Next() is { EndOfStream: false } line)
                {
                    n++;
                    if (line.HasNul)
                    {
                        Console.Error.WriteLine($"corpus: {source}, line {n}: a NUL byte past {MaxQuantityLineBytes:N0} bytes without a line end: binary input, not text; stopped");
                        return ExitCodes.Failure;
                    }

                    var bytes = line.Bytes.Span;
                    if (n == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
                    if (line.Overflow)
                    {
                        Console.Error.WriteLine($"corpus: {source}, line {n}: longer than {MaxQuantityLineBytes:N0} bytes; skipped");
                        exit = ExitCodes.SomeRejected;
                        continue;
                    }

                    if (bytes.IndexOf((byte)0) is int nul and >= 0)
                    {
                        Console.Error.WriteLine($"corpus: {source}, line {n}: a NUL byte at byte {nul}: binary input, not text; stopped");
                        return ExitCodes.Failure;
                    }

                    string text;
                    try
                    {
                        text = utf8.GetString(bytes);
                    }
                    catch (System.Text.DecoderFallbackException e)
                    {
                        Console.Error.WriteLine($"corpus: {source}, line {n}: invalid UTF-8 at byte offset {Math.Max(0, e.Index)}; skipped");
                        exit = ExitCodes.SomeRejected;
                        continue;
                    }

                    WriteQuantities(writer, stdout, n, text.TrimEnd('\r'));
                }
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"corpus: cannot read {source} after line {n}: {OutputFile.Reason(ex)}");
                return ExitCodes.Failure;
            }
        }

        return exit;
    }

    private static void WriteQuantities(System.Text.Json.Utf8JsonWriter writer, Stream stdout, int n, string line)
    {
        writer.Reset();
        writer.WriteStartObject();
        writer.WriteNumber("line", n);
        writer.WriteStartArray("quantities");
        foreach (var q in Corpus.Quantities.QuantityRecognizer.Find(line))
        {
            writer.WriteStartObject();
            writer.WriteString("text", q.Text);
            writer.WriteNumber("start", q.Span.Start);
            writer.WriteNumber("end", q.Span.End);
            WriteNumber(writer, "value", q.Value);
            WriteNumber(writer, "low", q.Low);
            WriteNumber(writer, "high", q.High);
            writer.WriteString("qualifier", QualifierNames.Name(q.Qualifier));
            writer.WriteString("unit", q.Unit);
            writer.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Largest CoNLL-U input 'parse' reads (UD English EWT train is 14 MB).</summary>
    private const long MaxConlluBytes = 256L << 20;

    public static int Parse(string? path, string input)
    {
        bool stdin = path is null or "-";
        string source = stdin ? "stdin" : path!;
        if (stdin && StandardInput.IsClosed())
        {
            Console.Error.WriteLine($"corpus: {StandardInput.ClosedMessage}");
            return ExitCodes.Usage;
        }

        // Read at most one byte past the limit, so a device, a FIFO's endless writer or a huge file
        // cannot exhaust memory: text has the article limit, CoNLL-U (treebanks are larger) its own.
        long limit = input == "conllu" ? MaxConlluBytes : IngestionOptions.Default.MaxArticleBytes;
        byte[] bytes;
        try
        {
            if (!stdin && Directory.Exists(path))
            {
                Console.Error.WriteLine($"corpus: rejected {source}: a folder; 'parse' reads one file");
                return ExitCodes.SomeRejected;
            }

            var target = stdin ? null : new FileInfo(path!);
            if (target?.LinkTarget is not null) target = target.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? target;
            if (target is { Exists: true, Length: 0 })
            {
                // Not opened: a named pipe or a device (length 0) would block or never end.
                Console.Error.WriteLine($"corpus: rejected {source}: empty file (or not a regular file: a pipe or device); give a file with text, or - for standard input");
                return ExitCodes.SomeRejected;
            }

            if (target is { Exists: true } && target.Length > limit)
            {
                Console.Error.WriteLine($"corpus: rejected {source}: {target.Length:N0} bytes, over the limit of {limit:N0} for {input}");
                return ExitCodes.SomeRejected;
            }

            using var input0 = stdin ? Console.OpenStandardInput() : File.OpenRead(path!);
            bytes = BoundedRead.UpToOnePast(input0, limit);
            if (bytes.Length > limit)
            {
                Console.Error.WriteLine($"corpus: rejected {source}: over the limit of {limit:N0} bytes for {input}");
                return ExitCodes.SomeRejected;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"corpus: rejected {source}: cannot be read: {ex.Message}");
            return ExitCodes.SomeRejected;
        }

        var limits = new IngestionOptions { MaxArticleBytes = limit };
        var item = ArticleReader.ReadText(bytes, source, limits);
        if (item.Rejected is { } r)
        {
            Console.Error.WriteLine($"corpus: rejected {r.Source}: {RunnerWords.Translate(r.Reason)}");
            return ExitCodes.SomeRejected;
        }

        var article = item.Article!;
        var annotator = Corpus.Syntax.SyntaxAnnotator.Default;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        if (input == "conllu")
        {
            List<Corpus.Syntax.ConlluSentence> sentences;
            try
            {
                sentences = Corpus.Syntax.Conllu.Read(new StringReader(article.Text), source).ToList();
            }
            catch (Corpus.Syntax.ConlluFormatException e)
            {
                Console.Error.WriteLine($"corpus: rejected {e.SourceName}, line {e.Line}: {e.Problem}");
                return ExitCodes.SomeRejected;
            }

            foreach (var s in sentences) Corpus.Syntax.Conllu.Write(stdout, Corpus.Syntax.Conllu.Annotate(s, annotator));
            return ExitCodes.Ok;
        }

        var doc = Text.Document.Parse(article);
        string id = article.Id.Replace('\n', ' ').Replace('\r', ' ');
        for (int i = 0; i < doc.Sentences.Count; i++)
        {
            var comments = new List<string>(2);
            if (i == 0) comments.Add($"# newdoc id = {id}");
            comments.Add($"# sent_id = {id}-{i + 1}");
            Corpus.Syntax.Conllu.Write(stdout, Corpus.Syntax.Conllu.FromSyntax(doc.GetSyntax(i), doc.Text, comments));
        }

        return ExitCodes.Ok;
    }

    private static void WriteNumber(System.Text.Json.Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void WriteTo(AnalysisResult result, string format, Stream stream)
    {
        if (format is "markdown" or "html")
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            if (format == "html") HtmlReport.Write(result, writer);
            else MarkdownReport.Write(result, writer);
        }
        else
        {
            JsonReport.Write(result, stream);
            stream.WriteByte((byte)'\n');
        }
    }
}
