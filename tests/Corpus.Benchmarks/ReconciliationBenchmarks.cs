using BenchmarkDotNet.Attributes;
using Corpus.Claims;
using Corpus.Quantities;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// Reconciliation of N figures in one call (the worst case: one story), against sorting the same
/// figures by metric, place and value in the same run: the n log n floor any grouping pays.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private static readonly string[] Metrics = ["killed", "injured", "arrested", "missing"];
    private static readonly Qualifier[] Qualifiers = [Qualifier.Exact, Qualifier.Exact, Qualifier.AtLeast, Qualifier.About, Qualifier.MoreThan, Qualifier.Almost];
    private Figure[] _figures = [];
    private Dictionary<string, DateOnly?> _dates = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (_figures, _dates) = Generate(N);

    /// <summary>Five figures per article; 2,000 places; a year of dates; 2% withdrawn.</summary>
    public static (Figure[], Dictionary<string, DateOnly?>) Generate(int n, int seed = 5)
    {
        var rng = new Random(seed);
        var figures = new Figure[n];
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string article = $"a{i / 5:D7}";
            if (i % 5 == 0) dates[article] = new DateOnly(2025, 1, 1).AddDays(rng.Next(365));
            double value = rng.Next(1, 5000);
            string text = $"Officials said {value} people were counted.";
            figures[i] = new Figure($"f{i}", article, Metrics[rng.Next(Metrics.Length)], value, null, null, Qualifiers[rng.Next(Qualifiers.Length)],
                $"Place {rng.Next(2000)}", "the ministry", rng.Next(50) == 0 ? FigureStatus.Retracted : FigureStatus.Asserted, text,
                new TextSpan(15, 15 + value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), new TextSpan(0, text.Length));
        }

        return (figures, dates);
    }

    [Benchmark(Baseline = true, Description = "Sort by metric, place, value (baseline)")]
    public int Sort()
    {
        var copy = (Figure[])_figures.Clone();
        Array.Sort(copy, (a, b) =>
        {
            int c = string.CompareOrdinal(a.Metric, b.Metric);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Location, b.Location);
            return c != 0 ? c : Nullable.Compare(a.Value, b.Value);
        });
        return copy.Length;
    }

    public static void Scaling(int max)
    {
        var (wf, wd) = Generate(10_000, seed: 9);
        Reconciler.Reconcile(wf, wd);
        Console.WriteLine("| figures | seconds | conflicts | µs per figure | of which GC pauses, s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (int n = 10_000; n <= max; n *= 10)
        {
            var (figures, dates) = Generate(n);
            GC.Collect();
            var pauses = GC.GetTotalPauseDuration();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            int conflicts = Reconciler.Reconcile(figures, dates).Count;
            watch.Stop();
            pauses = GC.GetTotalPauseDuration() - pauses;
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"| {n:N0} | {watch.Elapsed.TotalSeconds:0.000} | {conflicts:N0} | {watch.Elapsed.TotalMilliseconds * 1000 / n:0.00} | {pauses.TotalSeconds:0.000} |"));
        }
    }

    [Benchmark(Description = "Reconciler.Reconcile")]
    public int Reconcile() => Reconciler.Reconcile(_figures, _dates).Count;
}
