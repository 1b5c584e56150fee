using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Quantities;
using Corpus.Claims;
using Corpus.Entities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Reports;

/// <summary>Writes an <see cref="AnalysisResult"/> as the analysis JSON contract, and reads it back. Stateless and thread-safe.</summary>
public static class JsonReport
{
    /// <summary>Bytes the writer may hold before it passes them to the stream: output of any size is written with a small buffer.</summary>
    private const int FlushAt = 1 << 16;

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/> as UTF-8 JSON, streaming (the whole document is never held in memory).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnalysisResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();

        w.WriteStartArray("articles");
        foreach (var a in result.Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("title", a.Title);
            w.WriteString("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("outlet", a.Outlet);
            w.WriteString("url", a.Url);
            w.WriteString("source", a.Source);
            w.WriteString("story", a.Story);
            w.WriteNumber("characters", a.Characters);
            w.WriteNumber("tokens", a.Tokens);
            w.WriteNumber("sentences", a.Sentences);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in result.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", TypeName(e.Type));
            w.WriteString("name", e.Name);
            w.WriteStartArray("aliases");
            foreach (var alias in e.Aliases) w.WriteStringValue(alias);
            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                WriteMention(w, m, withText: true);
                Flush(w);
            }

            w.WriteEndArray();
            w.WriteStartArray("roles");
            foreach (var r in e.Roles) w.WriteStringValue(r);
            w.WriteEndArray();
            w.WriteStartArray("roleMentions");
            foreach (var m in e.RoleMentions)
            {
                WriteMention(w, m, withText: false);
                Flush(w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in result.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("article", q.Article);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speakerText", q.SpeakerText);
            w.WriteString("attribution", q.Attribution);
            w.WriteString("text", q.Text);
            w.WriteBoolean("direct", q.Direct);
            w.WriteNumber("start", q.Span.Start);
            w.WriteNumber("end", q.Span.End);
            w.WriteNumber("sentenceStart", q.Sentence.Start);
            w.WriteNumber("sentenceEnd", q.Sentence.End);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in result.Figures)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("article", f.Article);
            w.WriteString("metric", f.Metric);
            w.WriteString("counted", f.Counted);
            WriteNumberOrNull(w, "value", f.Value);
            WriteNumberOrNull(w, "low", f.Low);
            WriteNumberOrNull(w, "high", f.High);
            w.WriteString("qualifier", QualifierName(f.Qualifier));
            w.WriteString("location", f.Location);
            w.WriteString("source", f.Source);
            w.WriteString("sourceEntity", f.SourceEntity);
            if (f.CitedSource is { } cited) w.WriteString("citedSource", cited);
            w.WriteString("attribution", f.Attribution);
            w.WriteString("status", f.Status == FigureStatus.Retracted ? "retracted" : "asserted");
            if (!ReferenceEquals(f.Facts, FigureFacts.None) && f.Facts != FigureFacts.None)
            {
                w.WriteStartObject("facts");
                if (f.Facts.Time is { } time) w.WriteString("time", time);
                if (f.Facts.Trend != FigureTrend.None) w.WriteString("trend", f.Facts.Trend.ToString().ToLowerInvariant());
                if (f.Facts.Estimate) w.WriteBoolean("estimate", true);
                if (f.Facts.Snapshot) w.WriteBoolean("snapshot", true);
                if (f.Facts.Denied) w.WriteBoolean("denied", true);
                if (f.Facts.Alone) w.WriteBoolean("alone", true);
                if (f.Facts.Population != "all") w.WriteString("population", f.Facts.Population);
                w.WriteEndObject();
            }
            // "text" is the sentence, and start/end locate that text; the quantity's own offsets follow.
            w.WriteString("text", f.Text);
            w.WriteNumber("start", f.Sentence.Start);
            w.WriteNumber("end", f.Sentence.End);
            w.WriteNumber("quantityStart", f.Span.Start);
            w.WriteNumber("quantityEnd", f.Span.End);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("conflicts");
        foreach (var c in result.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("metric", c.Metric);
            w.WriteString("severity", c.Severity == ConflictSeverity.Hard ? "hard" : "soft");
            w.WriteStartArray("figures");
            foreach (var id in c.Figures) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteString("why", c.Why);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("rejected");
        foreach (var r in result.Rejected)
        {
            w.WriteStartObject();
            w.WriteString("source", r.Source);
            w.WriteString("reason", r.Reason);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();

        // Beyond the contract: files left out on purpose (not article files), accounted for but not errors.
        w.WriteStartArray("skipped");
        foreach (var s in result.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("source", s.Source);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Flush(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushAt) w.Flush();
    }

    /// <summary>
    /// Reads an analysis written by <see cref="Write"/> (or by <c>corpus analyze --format json</c>)
    /// back into an <see cref="AnalysisResult"/>, so a saved analysis can be loaded, filtered and
    /// rendered again (Markdown, HTML) by the library. Writing what was read gives the same JSON.
    /// Fields this version does not know are ignored; article boilerplate counts are not in the JSON and read as 0.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The input is not JSON, or not an analysis: the message names the field (<c>figures[3].value</c>) and what was expected.</exception>
    public static AnalysisResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"analysis JSON: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("analysis JSON: the document is not an object with articles, entities, quotes, figures, conflicts and rejected");
            var articles = Items(root, "articles", (a, at) => new ArticleInfo(Str(a, "id", at), OptStr(a, "title", at), Date(a, "published", at), OptStr(a, "outlet", at), OptStr(a, "url", at), OptStr(a, "source", at),
                Int(a, "characters", at), Int(a, "tokens", at), Int(a, "sentences", at), 0) { Story = OptStr(a, "story", at) ?? "s1" });
            var entities = Items(root, "entities", (e, at) => new Entity(Str(e, "id", at), EntityTypeOf(Str(e, "type", at), at + ".type"), Str(e, "name", at), Strings(e, "aliases", at),
                Items(e, "mentions", (m, mat) => Mention(m, mat, withText: true), at))
            {
                Roles = Strings(e, "roles", at),
                RoleMentions = Items(e, "roleMentions", (m, mat) => Mention(m, mat, withText: false), at),
            });
            var quotes = Items(root, "quotes", (q, at) => new Quote(Str(q, "id", at), Str(q, "article", at), OptStr(q, "speaker", at), OptStr(q, "speakerText", at), Str(q, "text", at), Bool(q, "direct", at),
                new TextSpan(Int(q, "start", at), Int(q, "end", at)), new TextSpan(Int(q, "sentenceStart", at), Int(q, "sentenceEnd", at))) { Attribution = OptStr(q, "attribution", at) });
            var figures = Items(root, "figures", (f, at) => new Figure(Str(f, "id", at), Str(f, "article", at), Str(f, "metric", at), Num(f, "value", at), Num(f, "low", at), Num(f, "high", at),
                QualifierOf(Str(f, "qualifier", at), at), OptStr(f, "location", at), OptStr(f, "source", at), Str(f, "status", at) == "retracted" ? FigureStatus.Retracted : FigureStatus.Asserted,
                Str(f, "text", at), new TextSpan(Int(f, "quantityStart", at), Int(f, "quantityEnd", at)), new TextSpan(Int(f, "start", at), Int(f, "end", at)))
            {
                Counted = OptStr(f, "counted", at),
                SourceEntity = OptStr(f, "sourceEntity", at),
                CitedSource = OptStr(f, "citedSource", at),
                Attribution = OptStr(f, "attribution", at),
                Facts = f.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Object ? FactsOf(facts, at + ".facts") : FigureFacts.None,
            });
            var conflicts = Items(root, "conflicts", (c, at) => new Conflict(Str(c, "id", at), Str(c, "metric", at), Str(c, "severity", at) == "hard" ? ConflictSeverity.Hard : ConflictSeverity.Soft,
                Strings(c, "figures", at), Str(c, "why", at)));
            var rejected = Items(root, "rejected", (r, at) => new Ingestion.RejectedInput(Str(r, "source", at), Str(r, "reason", at)));
            var skipped = root.TryGetProperty("skipped", out _) ? Items(root, "skipped", (r, at) => new Ingestion.SkippedInput(Str(r, "source", at), Str(r, "reason", at))) : [];
            return new AnalysisResult(articles, entities, quotes, figures, conflicts, rejected) { Skipped = skipped };
        }
    }

    private static FigureFacts FactsOf(JsonElement f, string at) => new(
        OptStr(f, "time", at),
        OptStr(f, "trend", at) is { } trend ? Enum.TryParse<FigureTrend>(trend, ignoreCase: true, out var t) ? t : throw Bad(at + ".trend", "a trend (rise, fall)") : FigureTrend.None,
        OptBool(f, "estimate", at), OptBool(f, "snapshot", at), OptBool(f, "denied", at), OptBool(f, "alone", at), OptStr(f, "population", at) ?? "all");

    private static EntityMention Mention(JsonElement m, string at, bool withText) =>
        new(Str(m, "article", at), new TextSpan(Int(m, "start", at), Int(m, "end", at)), withText ? Str(m, "text", at) : OptStr(m, "text", at) ?? string.Empty);

    private static EntityType EntityTypeOf(string name, string at) => name switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" => EntityType.Loc,
        "NORP" => EntityType.Norp,
        _ => Enum.TryParse<EntityType>(name, ignoreCase: true, out var t) ? t : throw Bad(at, "an entity type (PERSON, ORG, GPE, LOC, NORP)"),
    };

    private static Qualifier QualifierOf(string name, string at)
    {
        try
        {
            return QualifierNames.Parse(name);
        }
        catch (ArgumentException)
        {
            throw Bad(at + ".qualifier", "a qualifier (exact, at-least, more-than, at-most, less-than, about, almost, range)");
        }
    }

    private static List<T> Items<T>(JsonElement parent, string name, Func<JsonElement, string, T> read, string at = "")
    {
        string path = at.Length == 0 ? name : $"{at}.{name}";
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) throw Bad(path, "an array");
        var list = new List<T>(array.GetArrayLength());
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            string itemPath = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object && typeof(T) != typeof(string)) throw Bad(itemPath, "an object");
            list.Add(read(item, itemPath));
        }

        return list;
    }

    private static List<string> Strings(JsonElement parent, string name, string at)
    {
        string path = $"{at}.{name}";
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) throw Bad(path, "an array of strings");
        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray()) list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Bad(path, "an array of strings"));
        return list;
    }

    private static string Str(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Bad($"{at}.{name}", "a string");

    private static string? OptStr(JsonElement e, string name, string at) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString() : throw Bad($"{at}.{name}", "a string or null");

    private static int Int(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw Bad($"{at}.{name}", "a whole number");

    private static double? Num(JsonElement e, string name, string at) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw Bad($"{at}.{name}", "a number or null");

    private static bool Bool(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw Bad($"{at}.{name}", "true or false");

    private static bool OptBool(JsonElement e, string name, string at) => e.TryGetProperty(name, out _) && Bool(e, name, at);

    private static DateOnly? Date(JsonElement e, string name, string at) =>
        OptStr(e, name, at) is not { } s ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad($"{at}.{name}", "a date as yyyy-MM-dd");

    private static InvalidDataException Bad(string path, string expected) => new($"analysis JSON: {path}: expected {expected}");

    /// <summary>The contract's name for an entity type (PERSON, ORG, GPE, LOC, NORP).</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>The contract's name for a qualifier (exact, at-least, more-than, ...).</summary>
    public static string QualifierName(Qualifier q) => QualifierNames.Name(q);

    private static void WriteMention(Utf8JsonWriter w, EntityMention m, bool withText)
    {
        w.WriteStartObject();
        w.WriteString("article", m.Article);
        w.WriteNumber("start", m.Span.Start);
        w.WriteNumber("end", m.Span.End);
        if (withText) w.WriteString("text", m.Text);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
