using System.Diagnostics;

namespace Corpus;

/// <summary>Prints how long each corpus-level stage took to standard error when CORPUS_STAGE_TIMES=1: a profiling aid for large corpora.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch? _watch;

    private StageTimer(bool enabled) => _watch = enabled ? Stopwatch.StartNew() : null;

    public static StageTimer FromEnvironment() => new(Environment.GetEnvironmentVariable("CORPUS_STAGE_TIMES") == "1");

    public void Lap(string stage)
    {
        if (_watch is null) return;
        Console.Error.WriteLine($"stage {stage}: {_watch.Elapsed.TotalMilliseconds:0} ms");
        _watch.Restart();
    }
}
