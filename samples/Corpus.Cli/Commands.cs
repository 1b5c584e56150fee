using Corpus.Ingestion;
using Corpus.Reports;

namespace Corpus.Cli;

internal static class Commands
{
    public static int Analyze(string[] paths, string format, FileInfo? output, IngestionOptions ingestion, AnalyzerOptions options, CancellationToken ct)
    {
        IEnumerable<IngestedItem> items = paths.Length == 0
            ? SampleCorpus.Read()
            : paths.SelectMany(p => p == "-"
                ? ArticleReader.ReadStream(Console.OpenStandardInput(), "stdin", ingestion, ct)
                : ArticleReader.ReadPaths([p], ingestion, ct));

        AnalysisResult result;
        try
        {
            result = new CorpusAnalyzer(options).Analyze(Unique(items), ct);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("corpus: cancelled; no output was written.");
            return ExitCodes.Cancelled;
        }

        try
        {
            Write(result, format, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"corpus: cannot write {output?.FullName ?? "standard output"}: {ex.Message}. Check the path, free space and permissions.");
            return ExitCodes.Failure;
        }

        foreach (var r in result.Rejected) Console.Error.WriteLine($"corpus: rejected {r.Source}: {r.Reason}");
        return result.Rejected.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }

    public static int Inspect(FileInfo file)
    {
        var item = ArticleReader.ReadPaths([file.FullName]).First();
        if (item.Rejected is { } r)
        {
            Console.Error.WriteLine($"corpus: rejected {r.Source}: {r.Reason}");
            return ExitCodes.SomeRejected;
        }

        var doc = Text.Document.Parse(item.Article!);
        Console.WriteLine($"id={doc.Article.Id} title={doc.Article.Title} published={doc.Article.Published} tokens={doc.Tokens.Count}");
        foreach (var s in doc.Sentences)
        {
            string text = doc.TextOf(s.Span).ReplaceLineEndings(" ");
            Console.WriteLine($"[{s.Index}] {s.Span} {s.Kind}: {text}");
        }

        return ExitCodes.Ok;
    }

    public static int Quantities(FileInfo? file)
    {
        string source = file?.FullName ?? "stdin";
        byte[] bytes;
        try
        {
            if (file is null)
            {
                using var input = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(file.FullName);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"corpus: cannot read {source}: {ex.Message}");
            return ExitCodes.Failure;
        }

        var item = ArticleReader.ReadStream(new MemoryStream(bytes), source).FirstOrDefault();
        string text = item?.Article?.Text ?? string.Empty;
        if (item?.Rejected is { } r && r.Reason != "empty file" && !r.Reason.Contains("only whitespace", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"corpus: {source}: {r.Reason}");
            return ExitCodes.Failure;
        }

        using var stdout = Console.OpenStandardOutput();
        using var writer = new System.Text.Json.Utf8JsonWriter(stdout, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var lines = text.Split('\n');
        int count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (int n = 1; n <= count && text.Length > 0; n++)
        {
            string line = lines[n - 1].TrimEnd('\r');
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
                writer.WriteString("qualifier", q.Qualifier);
                writer.WriteString("unit", q.Unit);
                writer.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }

        return ExitCodes.Ok;
    }

    private static void WriteNumber(System.Text.Json.Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    /// <summary>Ids must be unique across all PATH arguments, not only within one.</summary>
    private static IEnumerable<IngestedItem> Unique(IEnumerable<IngestedItem> items)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Article is { } a)
            {
                if (seen.TryGetValue(a.Id, out var first))
                {
                    yield return IngestedItem.Reject(a.Source ?? a.Id, $"duplicate article id '{a.Id}' (already used by {first}); give each article a unique id or file name");
                    continue;
                }

                seen[a.Id] = a.Source ?? a.Id;
            }

            yield return item;
        }
    }

    private static void Write(AnalysisResult result, string format, FileInfo? output)
    {
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            WriteTo(result, format, stdout);
            return;
        }

        // Write beside the target, then rename: the output is complete or absent, never half-written.
        string dir = output.DirectoryName ?? ".";
        string temp = Path.Combine(dir, $".{output.Name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                WriteTo(result, format, stream);
            }

            File.Move(temp, output.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteTo(AnalysisResult result, string format, Stream stream)
    {
        if (format is "markdown" or "html")
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(format == "html" ? HtmlReport.Render(result) : MarkdownReport.Render(result));
        }
        else
        {
            JsonReport.Write(result, stream);
            stream.WriteByte((byte)'\n');
        }
    }
}
