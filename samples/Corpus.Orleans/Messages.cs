using Corpus.Claims;
using Corpus.Quantities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Orleans;

/// <summary>An article as it travels to a worker grain.</summary>
[GenerateSerializer, Immutable]
public sealed record ArticleMessage(
    [property: Id(0)] string Id, [property: Id(1)] string Text, [property: Id(2)] string? Title, [property: Id(3)] int PublishedDay,
    [property: Id(4)] string? Outlet, [property: Id(5)] string? Url, [property: Id(6)] string? Source)
{
    public static ArticleMessage From(Article a) => new(a.Id, a.Text, a.Title, a.Published?.DayNumber ?? -1, a.Outlet, a.Url, a.Source);

    public Article ToArticle() => new(Id, Text)
    {
        Title = Title, Published = PublishedDay < 0 ? null : DateOnly.FromDayNumber(PublishedDay), Outlet = Outlet, Url = Url, Source = Source,
    };
}

/// <summary>A figure as it travels to its story's grain: every field the reconciler reads, so a cluster finds the conflicts a single process does.</summary>
[GenerateSerializer, Immutable]
public sealed record FigureMessage(
    [property: Id(0)] string Id, [property: Id(1)] string Article, [property: Id(2)] string Metric, [property: Id(3)] double? Value,
    [property: Id(4)] double? Low, [property: Id(5)] double? High, [property: Id(6)] int Qualifier, [property: Id(7)] string? Location,
    [property: Id(8)] string? Source, [property: Id(9)] int Status, [property: Id(10)] string Text, [property: Id(11)] int Start,
    [property: Id(12)] int End, [property: Id(13)] int SentenceStart, [property: Id(14)] int SentenceEnd, [property: Id(15)] int PublishedDay,
    [property: Id(16)] string? Counted, [property: Id(17)] string? SourceEntity, [property: Id(18)] string? CitedSource, [property: Id(19)] string? Attribution,
    [property: Id(20)] int PlaceFrom, [property: Id(21)] string? Predicate, [property: Id(22)] FactsMessage Facts)
{
    public static FigureMessage From(Figure f, DateOnly? published) => new(f.Id, f.Article, f.Metric, f.Value, f.Low, f.High, (int)f.Qualifier, f.Location, f.Source,
        (int)f.Status, f.Text, f.Span.Start, f.Span.End, f.Sentence.Start, f.Sentence.End, published?.DayNumber ?? -1,
        f.Counted, f.SourceEntity, f.CitedSource, f.Attribution, (int)f.PlaceFrom, f.Predicate, FactsMessage.From(f.Facts));

    public Figure ToFigure() => new(Id, Article, Metric, Value, Low, High, (Qualifier)Qualifier, Location, Source, (FigureStatus)Status, Text,
        new TextSpan(Start, End), new TextSpan(SentenceStart, SentenceEnd))
    {
        Counted = Counted, SourceEntity = SourceEntity, CitedSource = CitedSource, Attribution = Attribution, PlaceFrom = (FigurePlaceFrom)PlaceFrom,
        Predicate = Predicate, Facts = Facts.ToFacts(),
    };
}

/// <summary>A figure's typed facts on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record FactsMessage(
    [property: Id(0)] string? Time, [property: Id(1)] int Trend, [property: Id(2)] bool Estimate, [property: Id(3)] bool Snapshot, [property: Id(4)] bool Denied,
    [property: Id(5)] bool Alone, [property: Id(6)] string Population, [property: Id(7)] int? Year, [property: Id(8)] bool HasWhen, [property: Id(9)] int WhenRule,
    [property: Id(10)] int WhenValue, [property: Id(11)] int WhenPart, [property: Id(12)] int WhenShift)
{
    public static FactsMessage From(FigureFacts f) => new(f.Time, (int)f.Trend, f.Estimate, f.Snapshot, f.Denied, f.Alone, f.Population, f.Year,
        f.When is not null, (int)(f.When?.Rule ?? 0), f.When?.Value ?? 0, (int)(f.When?.Part ?? 0), f.When?.Shift ?? 0);

    public FigureFacts ToFacts()
    {
        var facts = new FigureFacts(Time, (FigureTrend)Trend, Estimate, Snapshot, Denied, Alone, Population)
        {
            Year = Year, When = HasWhen ? new FigureWhen((FigureDayRule)WhenRule, WhenValue, (DayPart)WhenPart, WhenShift) : null,
        };
        return facts == FigureFacts.None ? FigureFacts.None : facts;
    }
}

/// <summary>A conflict as a story grain returns it (numbered by the caller).</summary>
[GenerateSerializer, Immutable]
public sealed record ConflictMessage([property: Id(0)] string Metric, [property: Id(1)] int Severity, [property: Id(2)] string[] Figures, [property: Id(3)] string Why)
{
    public static ConflictMessage From(Conflict c) => new(c.Metric, (int)c.Severity, [.. c.Figures], c.Why);

    public Conflict ToConflict(string id) => new(id, Metric, (ConflictSeverity)Severity, Figures, Why);
}
