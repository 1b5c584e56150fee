using System.Globalization;
using System.Text.Json.Serialization;
using Corpus.Claims;
using Corpus.Entities;
using Corpus.Ingestion;
using Corpus.Quantities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Reports;

// The analysis JSON contract (../shared/eval/CONTRACT.md plus this library's extras), defined once:
// these records fix every field's name, order and when it is left out, and System.Text.Json source
// generation writes and reads them (no reflection, trimming- and AOT-safe). JsonReport streams one
// item at a time through them; Corpus.Storage stores its JSON columns through the same context.

internal sealed record ArticleJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("characters")] int Characters,
    [property: JsonPropertyName("tokens")] int Tokens,
    [property: JsonPropertyName("sentences")] int Sentences)
{
    public static ArticleJson From(ArticleInfo a) => new(a.Id, a.Title, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Outlet, a.Url, a.Source, a.Story, a.Characters, a.Tokens, a.Sentences);

    public ArticleInfo ToInfo(string at) => new(Need.Text(Id, at, "id"), Title, Published is null ? null
        : DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Need.Bad($"{at}.published", "a date as yyyy-MM-dd"),
        Outlet, Url, Source, Characters, Tokens, Sentences, 0) { Story = Story ?? "s1" };
}

internal sealed record MentionJson(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text)
{
    public static MentionJson From(EntityMention m, bool withText) => new(m.Article, m.Span.Start, m.Span.End, withText ? m.Text : null);

    public EntityMention ToMention(string at) => new(Need.Text(Article, at, "article"), new TextSpan(Start, End), Text ?? string.Empty);
}

internal sealed record EntityJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("mentions")] IReadOnlyList<MentionJson> Mentions,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles,
    [property: JsonPropertyName("roleMentions")] IReadOnlyList<MentionJson> RoleMentions)
{
    public static EntityJson From(Entity e) => new(e.Id, JsonReport.TypeName(e.Type), e.Name, e.Aliases,
        e.Mentions.Select(m => MentionJson.From(m, withText: true)).ToList(), e.Roles, e.RoleMentions.Select(m => MentionJson.From(m, withText: false)).ToList());

    public Entity ToEntity(string at) => new(Need.Text(Id, at, "id"), JsonReport.EntityTypeOf(Need.Text(Type, at, "type"), $"{at}.type"), Need.Text(Name, at, "name"),
        Need.List(Aliases, at, "aliases"), Need.List(Mentions, at, "mentions").Select((m, i) => m.ToMention($"{at}.mentions[{i}]")).ToList())
    {
        Roles = Roles ?? [],
        RoleMentions = (RoleMentions ?? []).Select((m, i) => m.ToMention($"{at}.roleMentions[{i}]")).ToList(),
    };
}

internal sealed record QuoteJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speakerText")] string? SpeakerText,
    [property: JsonPropertyName("attribution")] string? Attribution,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("direct")] bool Direct,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("sentenceStart")] int SentenceStart,
    [property: JsonPropertyName("sentenceEnd")] int SentenceEnd)
{
    public static QuoteJson From(Quote q) => new(q.Id, q.Article, q.Speaker, q.SpeakerText, q.Attribution, q.Text, q.Direct, q.Span.Start, q.Span.End, q.Sentence.Start, q.Sentence.End);

    public Quote ToQuote(string at) => new(Need.Text(Id, at, "id"), Need.Text(Article, at, "article"), Speaker, SpeakerText, Need.Text(Text, at, "text"), Direct, new TextSpan(Start, End), new TextSpan(SentenceStart, SentenceEnd)) { Attribution = Attribution };
}

internal sealed record FactsJson(
    [property: JsonPropertyName("time"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Time,
    [property: JsonPropertyName("trend"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Trend,
    [property: JsonPropertyName("estimate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Estimate,
    [property: JsonPropertyName("snapshot"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Snapshot,
    [property: JsonPropertyName("denied"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Denied,
    [property: JsonPropertyName("alone"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Alone,
    [property: JsonPropertyName("population"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Population,
    [property: JsonPropertyName("when"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WhenJson? When = null,
    [property: JsonPropertyName("year"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Year = null)
{
    /// <summary>Null when the figure's sentence says nothing beyond the number (the field is then left out).</summary>
    public static FactsJson? From(FigureFacts f) => ReferenceEquals(f, FigureFacts.None) || f == FigureFacts.None ? null
        : new(f.Time, f.Trend == FigureTrend.None ? null : f.Trend.ToString().ToLowerInvariant(), f.Estimate, f.Snapshot, f.Denied, f.Alone, f.Population == "all" ? null : f.Population,
            WhenJson.From(f.When), f.Year);

    public FigureFacts ToFacts(string at) => new(Time, Trend is null ? FigureTrend.None : Enum.TryParse<FigureTrend>(Trend, ignoreCase: true, out var t) ? t : throw Need.Bad($"{at}.trend", "a trend (rise, fall)"),
        Estimate, Snapshot, Denied, Alone, Population ?? "all") { When = When?.ToWhen($"{at}.when"), Year = Year };
}

/// <summary>A figure's time as a rule over the publication date: "weekday" 2 (Tuesday), "publication" -1 (the day before), "calendar" 803 (3 August).</summary>
internal sealed record WhenJson(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("part"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Part,
    [property: JsonPropertyName("shift"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Shift)
{
    public static WhenJson? From(FigureWhen? w) => w is null ? null
        : new(w.Rule.ToString().ToLowerInvariant(), w.Value, w.Part == DayPart.None ? null : w.Part.ToString().ToLowerInvariant(), w.Shift);

    public FigureWhen ToWhen(string at) => new(
        Enum.TryParse<FigureDayRule>(Rule, ignoreCase: true, out var r) ? r : throw Need.Bad($"{at}.rule", "a day rule (publication, weekday, calendar)"),
        Value,
        Part is null ? DayPart.None : Enum.TryParse<DayPart>(Part, ignoreCase: true, out var p) ? p : throw Need.Bad($"{at}.part", "a part of the day (morning, afternoon, evening, night)"),
        Shift);
}

internal sealed record FigureJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("counted")] string? Counted,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("qualifier")] string Qualifier,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("sourceEntity")] string? SourceEntity,
    [property: JsonPropertyName("citedSource"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CitedSource,
    [property: JsonPropertyName("attribution")] string? Attribution,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("facts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FactsJson? Facts,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("quantityStart")] int QuantityStart,
    [property: JsonPropertyName("quantityEnd")] int QuantityEnd,
    [property: JsonPropertyName("placeFrom"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PlaceFrom = null,
    [property: JsonPropertyName("predicate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Predicate = null)
{
    // "text" is the sentence, and start/end locate it; the quantity's own offsets follow.
    public static FigureJson From(Figure f) => new(f.Id, f.Article, f.Metric, f.Counted, Finite(f.Value), Finite(f.Low), Finite(f.High), QualifierNames.Name(f.Qualifier),
        f.Location, f.Source, f.SourceEntity, f.CitedSource, f.Attribution, f.Status == FigureStatus.Retracted ? "retracted" : "asserted", FactsJson.From(f.Facts),
        f.Text, f.Sentence.Start, f.Sentence.End, f.Span.Start, f.Span.End, f.PlaceFrom == FigurePlaceFrom.Text ? null : f.PlaceFrom.ToString().ToLowerInvariant(), f.Predicate);

    public Figure ToFigure(string at) => new(Need.Text(Id, at, "id"), Need.Text(Article, at, "article"), Need.Text(Metric, at, "metric"), Value, Low, High,
        JsonReport.QualifierOf(Need.Text(Qualifier, at, "qualifier"), $"{at}.qualifier"), Location, Source, Status == "retracted" ? FigureStatus.Retracted : FigureStatus.Asserted,
        Need.Text(Text, at, "text"), new TextSpan(QuantityStart, QuantityEnd), new TextSpan(Start, End))
    {
        Counted = Counted,
        SourceEntity = SourceEntity,
        CitedSource = CitedSource,
        Attribution = Attribution,
        Facts = Facts?.ToFacts($"{at}.facts") ?? FigureFacts.None,
        Predicate = Predicate,
        PlaceFrom = PlaceFrom is null ? FigurePlaceFrom.Text : Enum.TryParse<FigurePlaceFrom>(PlaceFrom, ignoreCase: true, out var from) ? from : throw Need.Bad($"{at}.placeFrom", "text, scope, source or article"),
    };

    private static double? Finite(double? v) => v is { } d && double.IsFinite(d) ? d : null;
}

internal sealed record ConflictJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("figures")] IReadOnlyList<string> Figures,
    [property: JsonPropertyName("why")] string Why)
{
    public static ConflictJson From(Conflict c) => new(c.Id, c.Metric, c.Severity == ConflictSeverity.Hard ? "hard" : "soft", c.Figures, c.Why);

    public Conflict ToConflict(string at) => new(Need.Text(Id, at, "id"), Need.Text(Metric, at, "metric"), Severity == "hard" ? ConflictSeverity.Hard : ConflictSeverity.Soft, Need.List(Figures, at, "figures"), Need.Text(Why, at, "why"));
}

internal sealed record InputJson(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("reason")] string Reason)
{
    public RejectedInput ToRejected(string at) => new(Need.Text(Source, at, "source"), Need.Text(Reason, at, "reason"));

    public SkippedInput ToSkipped(string at) => new(Need.Text(Source, at, "source"), Need.Text(Reason, at, "reason"));
}

/// <summary>Fields a reader cannot do without: missing or null is an error naming the field.</summary>
internal static class Need
{
    public static string Text(string? value, string at, string field) => value ?? throw Bad($"{at}.{field}", "a string");

    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? value, string at, string field) => value ?? throw Bad($"{at}.{field}", "an array");

    public static InvalidDataException Bad(string path, string expected) => new($"analysis JSON: {path}: expected {expected}");
}

/// <summary>The whole document, for reading; writing streams its arrays one item at a time.</summary>
internal sealed record AnalysisJson(
    [property: JsonPropertyName("articles")] List<ArticleJson> Articles,
    [property: JsonPropertyName("entities")] List<EntityJson> Entities,
    [property: JsonPropertyName("quotes")] List<QuoteJson> Quotes,
    [property: JsonPropertyName("figures")] List<FigureJson> Figures,
    [property: JsonPropertyName("conflicts")] List<ConflictJson> Conflicts,
    [property: JsonPropertyName("rejected")] List<InputJson> Rejected,
    [property: JsonPropertyName("skipped")] List<InputJson>? Skipped);

[JsonSerializable(typeof(AnalysisJson))]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(EntityJson))]
[JsonSerializable(typeof(QuoteJson))]
[JsonSerializable(typeof(FigureJson))]
[JsonSerializable(typeof(ConflictJson))]
[JsonSerializable(typeof(InputJson))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
