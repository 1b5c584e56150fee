using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Corpus;

/// <summary>
/// The names under which the library reports what it does, for OpenTelemetry or any
/// <see cref="ActivityListener"/> / <see cref="MeterListener"/>: an activity per run
/// (<c>corpus.analyze</c>) and per corpus stage (<c>corpus.corpus-stages</c>), and counters of
/// articles analyzed, inputs rejected and skipped, with a histogram of each article's analysis time.
/// Nothing is recorded unless something listens.
/// </summary>
/// <example><code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(CorpusTelemetry.Name))
///     .WithMetrics(m => m.AddMeter(CorpusTelemetry.Name));
/// </code></example>
public static class CorpusTelemetry
{
    /// <summary>The name of the library's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "Corpus";

    internal static readonly ActivitySource Source = new(Name, typeof(CorpusTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(CorpusTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Articles = Meter.CreateCounter<long>("corpus.articles", "{article}", "Articles analyzed.");

    internal static readonly Counter<long> Rejected = Meter.CreateCounter<long>("corpus.rejected", "{input}", "Inputs rejected (ingestion, a failed or timed-out analysis, a duplicate id).");

    internal static readonly Counter<long> Skipped = Meter.CreateCounter<long>("corpus.skipped", "{input}", "Inputs left out on purpose (files that are not articles).");

    internal static readonly Histogram<double> ArticleDuration = Meter.CreateHistogram<double>("corpus.article.duration", "ms", "Time to analyze one article (per-article stages).");
}
