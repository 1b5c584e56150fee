namespace Corpus.Cli;

/// <summary>
/// Tells a closed standard input (<c>corpus analyze - &lt;&amp;-</c>) from an open one. When fd 0 is
/// closed at start, the runtime's own first pipe or event descriptor takes the number, and reading
/// "standard input" then waits forever on a pipe only this process writes. On Linux that shows in
/// /proc: fd 0 is an anonymous inode, or a pipe whose write end this process holds (the runtime
/// duplicates a real standard input too, but only its read end is ever here).
/// </summary>
internal static class StandardInput
{
    /// <summary>True when standard input was closed when the process started (Linux; false elsewhere).</summary>
    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            string? zero = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (zero is null) return true;
            if (zero.StartsWith("anon_inode:", StringComparison.Ordinal)) return true;
            if (!zero.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (var fd in new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos())
            {
                if (fd.Name != "0" && fd.LinkTarget == zero && Writes(fd.Name)) return true;
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Writes(string fd)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                int flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                return (flags & 3) != 0; // O_WRONLY or O_RDWR
            }
        }

        return false;
    }

    /// <summary>The message for a command that was told to read a closed standard input.</summary>
    public const string ClosedMessage = "standard input is closed; give files or folders, or pipe articles in";
}
