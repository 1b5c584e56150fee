using System.Diagnostics;
using System.Globalization;
using Corpus.Ingestion;

namespace Corpus.Cli.Bench;

/// <summary>
/// <c>corpus bench</c>: runs the whole pipeline (ingestion, per-article stages, corpus stages) over a
/// corpus streamed from disk or generated on the fly, once on one core and once on all cores, and
/// prints throughput, peak memory and the speed-up.
/// </summary>
internal static class BenchCommand
{
    private sealed record Measurement(int Cores, TimeSpan Elapsed, TimeSpan PerArticle, int Articles, long Tokens, long Characters, long PeakBytes, long BaselineBytes, long ResultBytes, int Figures, int Conflicts, int Stories);

    /// <summary>Calls back on the reporting thread (Progress&lt;T&gt; would post to the thread pool and report late).</summary>
    private sealed class InlineProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    public static Task<int> RunAsync(string? path, double sizeMb, int[] coreCounts, long? maxMemory, string text, bool syntax, CancellationToken ct) =>
        MemoryBudget.RunAsync(maxMemory, () => RunCoreAsync(path, sizeMb, coreCounts, maxMemory, text, syntax, ct));

    private static async Task<int> RunCoreAsync(string? path, double sizeMb, int[] coreCounts, long? maxMemory, string text, bool syntax, CancellationToken ct)
    {
        string gmb = GmbCorpus.DefaultPath;
        if (path is null && text == "gmb" && !File.Exists(gmb))
        {
            Console.Error.WriteLine($"corpus: bench --text gmb reads {gmb}, which is not there; run from the project folder with ../shared beside it, or give a PATH.");
            return ExitCodes.Usage;
        }

        Func<IAsyncEnumerable<IngestedItem>> source = path is not null
            ? () => ArticleReader.ReadPathsAsync([path], null, ct)
            : text == "gmb"
                ? () => ArticleReader.ReadAheadAsync(_ => GmbCorpus.Read(gmb, sizeMb).Select(IngestedItem.Of), ct)
                : () => ArticleReader.ReadAheadAsync(_ => SyntheticCorpus.Generate(sizeMb).Select(IngestedItem.Of), ct);
        string size = sizeMb.ToString("0.#", CultureInfo.InvariantCulture);
        string what = path ?? (text == "gmb" ? $"{size} MB of real news (pseudo-articles of {GmbCorpus.SentencesPerArticle} GMB sentences)" : $"a generated corpus of {size} MB");
        Console.WriteLine($"corpus bench: {what}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; server GC {System.Runtime.GCSettings.IsServerGC}; managed heap cap {(maxMemory is { } cap ? $"{cap} MB" : "none")}");

        // Warm-up: loads the model and gazetteer and JIT-compiles the stages, outside the measurement.
        await new CorpusAnalyzer().AnalyzeAsync(ArticleReader.ReadAheadAsync(_ => SyntheticCorpus.Generate(2, seed: 3).Select(IngestedItem.Of), ct), null, ct);

        var results = new List<Measurement>();
        foreach (int cores in coreCounts)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(await MeasureAsync(source(), cores, syntax, ct));
        }

        Console.WriteLine();
        Console.WriteLine("| cores | seconds | last article s | articles/s | tokens/s | MB/s | peak MB | result MB | beyond result MB | stories | figures | conflicts | speed-up |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var first = results[0];
        foreach (var m in results)
        {
            double s = m.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Cores} | {s:0.00} | {m.PerArticle.TotalSeconds:0.00} | {m.Articles / s:0} | {m.Tokens / s:N0} | {m.Characters / s / 1048576:0.00} | {m.PeakBytes / 1048576.0:0} | {m.ResultBytes / 1048576.0:0} | {(m.PeakBytes - m.ResultBytes) / 1048576.0:0} | {m.Stories} | {m.Figures} | {m.Conflicts} | {first.Elapsed.TotalSeconds / s:0.00}× |"));
        }

        Console.WriteLine();
        Console.WriteLine("MB/s counts characters of article text (UTF-16 code units) as bytes. Peak MB is the process working set sampled every 20 ms (runtime, model and gazetteer included).");
        Console.WriteLine("Result MB is the live managed heap the result holds; beyond result = peak minus result.");
        return ExitCodes.Ok;
    }

    private static async Task<Measurement> MeasureAsync(IAsyncEnumerable<IngestedItem> items, int cores, bool syntax, CancellationToken ct)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long baseline = process.WorkingSet64, peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);

        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = cores, ClaimsFromSyntax = syntax });
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var lastArticle = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        // The library's own streaming path: each record is folded into the corpus stages as it arrives.
        var result = await analyzer.AnalyzeAsync(items, new InlineProgress(p => lastArticle = watch.Elapsed), ct);
        watch.Stop();
        var perArticle = lastArticle;

        // Inputs that are not measured are still accounted for.
        foreach (var r in result.Rejected) Console.Error.WriteLine($"corpus bench: rejected {r.Source}: {RunnerWords.Translate(r.Reason)}");
        foreach (var s in result.Skipped.Take(10)) Console.Error.WriteLine($"corpus bench: skipped {s.Source}: {RunnerWords.Translate(s.Reason)}");

        // The result's own size: the live heap after a full collection, less the heap before the run.
        long resultBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(result);
        await stop.CancelAsync();
        await sampler;
        var m = new Measurement(cores, watch.Elapsed, perArticle, result.Articles.Count, result.Articles.Sum(a => (long)a.Tokens), result.Articles.Sum(a => (long)a.Characters),
            peak, baseline, resultBytes, result.Figures.Count, result.Conflicts.Count, result.Articles.Select(a => a.Story).Distinct().Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cores} core(s): {m.Articles} articles, {m.Tokens:N0} tokens in {m.Elapsed.TotalSeconds:0.00} s (last article analyzed at {perArticle.TotalSeconds:0.00} s); result {resultBytes / 1048576.0:0} MB live heap, peak working set {peak / 1048576.0:0} MB, {(peak - resultBytes) / 1048576.0:0} MB beyond the result; working set at start {baseline / 1048576.0:0} MB"));
        return m;
    }
}
