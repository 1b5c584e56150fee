using System.Runtime.InteropServices;

namespace Corpus.Cli;

/// <summary>
/// How the runner ends when asked to or when something unexpected happens. Ctrl+C, SIGTERM and
/// SIGHUP cancel the run's token; a run that has not wound down within a short grace is ended
/// with exit 130 after its temporary output files are removed (a long article or corpus stage
/// does not hold the user). An unexpected exception is exit 3, never 1 (which means "output
/// written, some inputs rejected") and never an abort.
/// </summary>
internal static class Shutdown
{
    /// <summary>How long a cancelled run may take to wind down on its own.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(800);

    private static readonly CancellationTokenSource Cancelled = new();
    private static int _signals;

    /// <summary>Cancelled by Ctrl+C, SIGTERM or SIGHUP.</summary>
    public static CancellationToken Token => Cancelled.Token;

    /// <summary>Starts turning signals into cancellation; dispose to stop.</summary>
    public static IDisposable Listen()
    {
        var registrations = new List<PosixSignalRegistration>
        {
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        };
        if (!OperatingSystem.IsWindows()) registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal));
        return new Registrations(registrations);
    }

    /// <summary>Reports an exception nothing else handled; the exit code to return.</summary>
    public static int Report(Exception? e)
    {
        OutputFile.RemoveLive();
        Console.Error.WriteLine($"corpus: unexpected error{(e is null ? string.Empty : $" ({e.GetType().Name}): {OutputFile.Reason(e)}")}. No output was written; please report this with the input that caused it.");
        return ExitCodes.Failure;
    }

    /// <summary>For an exception on a background thread: report it and end the process with exit 3 instead of an abort.</summary>
    public static void Crash(Exception? e) => Environment.Exit(Report(e));

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the run winds down itself; the grace below bounds it
        if (Interlocked.Increment(ref _signals) > 1)
        {
            End(); // a second Ctrl+C: at once
            return;
        }

        Cancelled.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => End(), TaskScheduler.Default);
    }

    private static void End()
    {
        OutputFile.RemoveLive();
        Console.Error.WriteLine("corpus: cancelled; no output was written.");
        Environment.Exit(ExitCodes.Cancelled);
    }

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var r in registrations) r.Dispose();
        }
    }
}
