using System.Diagnostics;
using System.Diagnostics.Metrics;
using Corpus.Hosting;
using Corpus.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corpus.Tests.Hosting;

public class CorpusServiceTests
{
    [Fact]
    public void AddCorpus_registers_options_the_analyzer_and_the_service_once()
    {
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(new ListLoggerFactory());
        services.AddLogging();
        services.AddCorpus(o => o with { MaxDegreeOfParallelism = 2 }, o => o with { MaxArticleBytes = 4096 });
        services.AddCorpus(o => o with { MaxDegreeOfParallelism = 7 }); // kept: the first registration wins
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<AnalyzerOptions>>().Value.MaxDegreeOfParallelism.Should().Be(2);
        provider.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxArticleBytes.Should().Be(4096);
        provider.GetRequiredService<CorpusAnalyzer>().Should().BeSameAs(provider.GetRequiredService<CorpusAnalyzer>());
        provider.GetRequiredService<ICorpusService>().Should().NotBeNull();
    }

    [Fact]
    public async Task The_service_logs_rejected_and_skipped_inputs_and_the_run()
    {
        using var dir = new TempFolder();
        dir.Write("in/a.txt", "Flood in Lusk\n\nAt least 12 people were killed in Lusk on Monday, police said.");
        dir.Write("in/empty.txt", string.Empty);
        dir.Write("in/notes.md", "# notes");
        var loggers = new ListLoggerFactory();
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(loggers);
        services.AddLogging();
        services.AddCorpus();
        using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ICorpusService>().AnalyzeAsync([Path.Combine(dir.Path, "in")]);
        result.Articles.Should().ContainSingle();
        loggers.Lines.Should().Contain(l => l.StartsWith("Warning: Rejected ", StringComparison.Ordinal) && l.Contains("empty.txt"));
        loggers.Lines.Should().Contain(l => l.StartsWith("Information: Skipped ", StringComparison.Ordinal) && l.Contains("notes.md"));
        loggers.Lines.Should().Contain(l => l.StartsWith("Information: Analyzed 1 articles (1 rejected, 1 skipped)", StringComparison.Ordinal));
        loggers.Lines.Count(l => l.Contains("empty.txt")).Should().Be(1, "a rejection is logged once");
    }

    [Fact]
    public async Task Runs_report_an_activity_and_counters_to_listeners()
    {
        var activities = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == CorpusTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => { lock (activities) activities.Add(a.OperationName); },
        };
        ActivitySource.AddActivityListener(listener);
        long articles = 0, rejected = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (i, l) => { if (i.Meter.Name == CorpusTelemetry.Name) l.EnableMeasurementEvents(i); },
        };
        meters.SetMeasurementEventCallback<long>((i, v, _, _) =>
        {
            if (i.Name == "corpus.articles") Interlocked.Add(ref articles, v);
            if (i.Name == "corpus.rejected") Interlocked.Add(ref rejected, v);
        });
        meters.Start();

        var items = new[] { IngestedItem.Of(new global::Corpus.Text.Article("t1", "Nine homes burned in Brill.")), IngestedItem.Reject("bad.txt", "empty file") };
        await new CorpusAnalyzer().AnalyzeAsync(ArticleReader.ReadAheadAsync(_ => items));
        activities.Should().Contain("corpus.analyze").And.Contain("corpus.corpus-stages");
        Interlocked.Read(ref articles).Should().BeGreaterThanOrEqualTo(1);
        Interlocked.Read(ref rejected).Should().BeGreaterThanOrEqualTo(1);
    }

    /// <summary>Collects "Level: message" lines.</summary>
    private sealed class ListLoggerFactory : ILoggerFactory
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class ListLogger(ListLoggerFactory factory) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (factory.Lines) factory.Lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
