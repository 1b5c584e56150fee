using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Quantities;
using Corpus.Claims;
using Corpus.Entities;
using Corpus.Reconciliation;

namespace Corpus.Reports;

/// <summary>Writes an <see cref="AnalysisResult"/> as the analysis JSON contract. Stateless and thread-safe.</summary>
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
