namespace Corpus.Cli;

/// <summary>
/// <c>--max-memory</c>: caps the managed heap for the rest of the process. Without a cap the garbage
/// collector lets the heap run well past what is live on a large corpus (it collects less often);
/// with one it collects harder near the cap, so a run needs the result plus what the stages hold.
/// </summary>
internal static class MemoryBudget
{
    /// <summary>
    /// Runs a command under an optional cap: a cap that cannot be applied is a usage error (exit 2),
    /// and running out of memory is a failure (exit 3) with a message naming the cap, never a crash.
    /// </summary>
    public static async Task<int> RunAsync(long? megabytes, Func<Task<int>> command)
    {
        if (megabytes is { } mb && TryApply(mb) is { } error)
        {
            Console.Error.WriteLine($"corpus: {error}");
            return ExitCodes.Usage;
        }

        try
        {
            return await command();
        }
        catch (Exception e) when (e is OutOfMemoryException || e.InnerException is OutOfMemoryException)
        {
            // A type initializer (the model, the gazetteer) wraps it.
            Console.Error.WriteLine(OutOfMemory(megabytes));
            return ExitCodes.Failure;
        }
    }

    /// <summary>Applies the cap; an error message when it cannot be applied, else null.</summary>
    private static string? TryApply(long megabytes)
    {
        try
        {
            AppContext.SetData("GCHeapHardLimit", (ulong)megabytes << 20);
            GC.RefreshMemoryLimit();
            return null;
        }
        catch (InvalidOperationException)
        {
            AppContext.SetData("GCHeapHardLimit", null);
            return $"--max-memory {megabytes} MB is below what the process already holds ({GC.GetGCMemoryInfo().TotalCommittedBytes >> 20} MB); allow more.";
        }
    }

    /// <summary>What to tell the user when the analysis ran out of memory.</summary>
    private static string OutOfMemory(long? megabytes) => megabytes is { } mb
        ? $"corpus: the analysis needed more than --max-memory {mb} MB. The result grows with the corpus (docs/performance.md); allow more memory or analyze the corpus in separate runs."
        : "corpus: the analysis ran out of memory. The result grows with the corpus (docs/performance.md); run on a machine with more memory or analyze the corpus in separate runs.";
}
