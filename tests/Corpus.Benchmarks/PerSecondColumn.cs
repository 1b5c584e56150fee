using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

/// <summary>
/// Units of text per second of one operation (one thread): a count of the text a benchmark runs on,
/// divided by its mean time. <paramref name="count"/> gives the count for a case, or null to leave it blank.
/// </summary>
internal sealed class PerSecondColumn(string id, string name, string legend, int priority, Func<BenchmarkCase, long?> count) : IColumn
{
    /// <summary>Tokens per second: of the real news for <see cref="PipelineBenchmarks"/>, of the sample corpus for the others.</summary>
    public static PerSecondColumn Tokens { get; } = new(
        "TokensPerSecondColumn", "Tokens/s", "Tokens per second of the benchmark's text (pipeline: the dev sets' real news; others: the sample corpus), one thread", 0,
        c => c.Descriptor.Type == typeof(PipelineBenchmarks) ? PipelineText.Tokens : SampleText.Tokens);

    /// <summary>Words of <see cref="SyntaxText"/> per second, for <see cref="SyntaxBenchmarks"/> only.</summary>
    public static PerSecondColumn SyntaxWords { get; } = new(
        "WordsPerSecondColumn", "Words/s", "Syntax benchmarks: words of the text per second (one operation on one thread)", 1,
        c => c.Descriptor.Type == typeof(SyntaxBenchmarks) ? SyntaxText.Words : null);

    public string Id => id;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (count(benchmarkCase) is not { } n || summary[benchmarkCase]?.ResultStatistics is not { } stats) return "-";
        return (n / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
