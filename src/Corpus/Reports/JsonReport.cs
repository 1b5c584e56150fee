using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Entities;
using Corpus.Quantities;

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

        // The fields of each item are those of the contract records (JsonContract.cs); items are
        // serialized one at a time, so the document is never built whole.
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var json = ContractJsonContext.Default;
        w.WriteStartObject();
        Items(w, "articles", result.Articles, a => JsonSerializer.Serialize(w, ArticleJson.From(a), json.ArticleJson));
        Items(w, "entities", result.Entities, e => JsonSerializer.Serialize(w, EntityJson.From(e), json.EntityJson));
        Items(w, "quotes", result.Quotes, q => JsonSerializer.Serialize(w, QuoteJson.From(q), json.QuoteJson));
        Items(w, "figures", result.Figures, f => JsonSerializer.Serialize(w, FigureJson.From(f), json.FigureJson));
        Items(w, "conflicts", result.Conflicts, c => JsonSerializer.Serialize(w, ConflictJson.From(c), json.ConflictJson));
        Items(w, "rejected", result.Rejected, r => JsonSerializer.Serialize(w, new InputJson(r.Source, r.Reason), json.InputJson));

        // Beyond the contract: files left out on purpose (not article files), accounted for but not errors.
        Items(w, "skipped", result.Skipped, s => JsonSerializer.Serialize(w, new InputJson(s.Source, s.Reason), json.InputJson));
        w.WriteEndObject();
        w.Flush();
    }

    private static void Flush(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushAt) w.Flush();
    }

    private static void Items<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
            Flush(w);
        }

        w.WriteEndArray();
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
        AnalysisJson? doc;
        try
        {
            doc = JsonSerializer.Deserialize(stream, ContractJsonContext.Default.AnalysisJson);
        }
        catch (JsonException e)
        {
            string where = e.Path is null or "$" ? "the document" : e.Path.TrimStart('$').TrimStart('.');
            throw new InvalidDataException($"analysis JSON: {where}: {Expected(e)}", e);
        }

        if (doc is null) throw new InvalidDataException("analysis JSON: the document is null, not an object with articles, entities, quotes, figures, conflicts and rejected");
        static List<T> Each<TJson, T>(List<TJson>? list, string name, Func<TJson, string, T> convert) =>
            (list ?? throw Need.Bad(name, "an array")).Select((item, i) => item is null ? throw Need.Bad($"{name}[{i}]", "an object") : convert(item, $"{name}[{i}]")).ToList();
        return new AnalysisResult(
            Each(doc.Articles, "articles", (a, at) => a.ToInfo(at)),
            Each(doc.Entities, "entities", (e, at) => e.ToEntity(at)),
            Each(doc.Quotes, "quotes", (q, at) => q.ToQuote(at)),
            Each(doc.Figures, "figures", (f, at) => f.ToFigure(at)),
            Each(doc.Conflicts, "conflicts", (c, at) => c.ToConflict(at)),
            Each(doc.Rejected, "rejected", (r, at) => r.ToRejected(at)))
        {
            Skipped = doc.Skipped is null ? [] : Each(doc.Skipped, "skipped", (r, at) => r.ToSkipped(at)),
        };
    }

    /// <summary>What a JSON exception says was expected, in the contract's words: by the field's name (.NET names the record holding it).</summary>
    private static string Expected(JsonException e)
    {
        if (!e.Message.Contains("could not be converted", StringComparison.Ordinal)) return $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine})";
        string path = e.Path ?? "$";
        if (path == "$") return "expected an object with articles, entities, quotes, figures, conflicts and rejected";
        if (path.EndsWith(']')) return "expected an object";
        string field = path[(path.LastIndexOf('.') + 1)..];
        return field switch
        {
            "characters" or "tokens" or "sentences" or "start" or "end" or "quantityStart" or "quantityEnd" or "sentenceStart" or "sentenceEnd" => "expected a whole number",
            "value" or "low" or "high" => "expected a number or null",
            "direct" or "estimate" or "snapshot" or "denied" or "alone" => "expected true or false",
            "articles" or "entities" or "quotes" or "figures" or "conflicts" or "rejected" or "skipped" or "aliases" or "mentions" or "roles" or "roleMentions" => "expected an array",
            "facts" => "expected an object",
            _ => "expected a string",
        };
    }

    internal static EntityType EntityTypeOf(string name, string at) => name switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" => EntityType.Loc,
        "NORP" => EntityType.Norp,
        _ => Enum.TryParse<EntityType>(name, ignoreCase: true, out var t) ? t : throw Need.Bad(at, "an entity type (PERSON, ORG, GPE, LOC, NORP)"),
    };

    internal static Qualifier QualifierOf(string name, string at)
    {
        try
        {
            return QualifierNames.Parse(name);
        }
        catch (ArgumentException)
        {
            throw Need.Bad(at, "a qualifier (exact, at-least, more-than, at-most, less-than, about, almost, range)");
        }
    }

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
}
