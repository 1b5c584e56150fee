using System.Diagnostics;

namespace Corpus.Tests;

/// <summary>Special files for tests of hostile inputs: named pipes (via mkfifo) and symbolic links.</summary>
internal static class UnixFiles
{
    /// <summary>True where FIFOs and /dev/zero exist (not Windows).</summary>
    public static bool Available => !OperatingSystem.IsWindows() && File.Exists("/dev/zero");

    public static string MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed");
        return path;
    }

    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
