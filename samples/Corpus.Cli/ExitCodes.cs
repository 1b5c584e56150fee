namespace Corpus.Cli;

/// <summary>The runner's documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analyzed.</summary>
    public const int Ok = 0;

    /// <summary>The output was written, but some inputs were rejected (listed under "rejected").</summary>
    public const int SomeRejected = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>The run failed (an output could not be written, or an unexpected error).</summary>
    public const int Failure = 3;

    /// <summary>Cancelled (Ctrl+C); no partial output was left.</summary>
    public const int Cancelled = 130;
}
