using System.Diagnostics;

namespace Corpus;

/// <summary>
/// Prints how long each corpus-level stage took, with the managed heap and the process's working
/// set after it, to standard error when CORPUS_STAGE_TIMES=1: a profiling aid for large corpora.
/// </summary>
internal sealed class StageTimer
{
    private readonly Stopwatch? _watch;
    private readonly bool _live;

    private StageTimer(bool enabled, bool live)
    {
        _watch = enabled ? Stopwatch.StartNew() : null;
        _live = live;
    }

    /// <summary>On when CORPUS_STAGE_TIMES is 1; at 2 each lap also collects garbage to print the live heap (slower; changes the working set).</summary>
    public static StageTimer FromEnvironment()
    {
        string? value = Environment.GetEnvironmentVariable("CORPUS_STAGE_TIMES");
        return new(value is "1" or "2", value == "2");
    }

    public void Lap(string stage)
    {
        if (_watch is null) return;
        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine($"stage {stage}: {_watch.Elapsed.TotalMilliseconds:0} ms; heap {GC.GetTotalMemory(_live) >> 20} MB{(_live ? " live" : "")}, working set {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB");
        _watch.Restart();
    }
}
