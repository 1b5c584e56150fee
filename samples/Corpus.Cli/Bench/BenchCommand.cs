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
    private sealed record Measurement(int Cores, TimeSpan Elapsed, TimeSpan PerArticle, int Articles, long Tokens, long Characters, long PeakBytes, long BaselineBytes, int Figures, int Conflicts, int Stories);

    public static async Task<int> RunAsync(string? path, double sizeMb, int[] coreCounts, CancellationToken ct)
    {
        Func<IAsyncEnumerable<IngestedItem>> source = path is null
            ? () => ArticleReader.ReadAheadAsync(_ => SyntheticCorpus.Generate(sizeMb).Select(IngestedItem.Of), ct)
            : () => ArticleReader.ReadPathsAsync([path], null, ct);
        string what = path is null ? $"a generated corpus of {sizeMb.ToString("0.#", CultureInfo.InvariantCulture)} MB" : path;
        Console.WriteLine($"corpus bench: {what}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; server GC {System.Runtime.GCSettings.IsServerGC}");

        // Warm-up: loads the model and gazetteer and JIT-compiles the stages, outside the measurement.
        await new CorpusAnalyzer().AnalyzeAsync(ArticleReader.ReadAheadAsync(_ => SyntheticCorpus.Generate(2, seed: 3).Select(IngestedItem.Of), ct), null, ct);

        var results = new List<Measurement>();
        foreach (int cores in coreCounts)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(await MeasureAsync(source(), cores, ct));
        }

        Console.WriteLine();
        Console.WriteLine("| cores | seconds | per-article s | articles/s | tokens/s | MB/s | peak MB | above start MB | stories | figures | conflicts | speed-up |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var first = results[0];
        foreach (var m in results)
        {
            double s = m.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Cores} | {s:0.00} | {m.PerArticle.TotalSeconds:0.00} | {m.Articles / s:0} | {m.Tokens / s:N0} | {m.Characters / s / 1048576:0.00} | {m.PeakBytes / 1048576.0:0} | {(m.PeakBytes - m.BaselineBytes) / 1048576.0:0} | {m.Stories} | {m.Figures} | {m.Conflicts} | {first.Elapsed.TotalSeconds / s:0.00}× |"));
        }

        Console.WriteLine();
        Console.WriteLine("MB/s counts characters of article text (UTF-16 code units) as bytes. Peak MB is the process working set sampled every 20 ms.");
        return ExitCodes.Ok;
    }

    private static async Task<Measurement> MeasureAsync(IAsyncEnumerable<IngestedItem> items, int cores, CancellationToken ct)
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

        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = cores });
        var watch = Stopwatch.StartNew();
        var records = new List<ArticleRecord>();
        var rejected = new List<Ingestion.RejectedInput>();
        await foreach (var o in analyzer.AnalyzeEachAsync(items, null, ct))
        {
            if (o.Record is { } r) records.Add(r);
            else rejected.Add(o.Rejected!);
        }

        // Inputs that are not measured are still accounted for.
        foreach (var r in rejected) Console.Error.WriteLine($"corpus bench: rejected {r.Source}: {r.Reason}");

        var perArticle = watch.Elapsed;
        watch.Stop();
        // Live managed heap after a full collection: the records alone, then records and result (outside the timing).
        long recordsHeap = GC.GetTotalMemory(forceFullCollection: true);
        watch.Start();
        var result = analyzer.Combine(records);
        watch.Stop();
        long withResult = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(records);
        await stop.CancelAsync();
        await sampler;
        var m = new Measurement(cores, watch.Elapsed, perArticle, result.Articles.Count, result.Articles.Sum(a => (long)a.Tokens), result.Articles.Sum(a => (long)a.Characters),
            peak, baseline, result.Figures.Count, result.Conflicts.Count, result.Articles.Select(a => a.Story).Distinct().Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cores} core(s): {m.Articles} articles, {m.Tokens:N0} tokens in {m.Elapsed.TotalSeconds:0.00} s (per-article stages {perArticle.TotalSeconds:0.00} s); live heap: records {recordsHeap / 1048576.0:0} MB, records and result {withResult / 1048576.0:0} MB"));
        return m;
    }
}
