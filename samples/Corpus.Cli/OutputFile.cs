using System.Collections.Concurrent;
using System.Security.Cryptography;
using Corpus.Ingestion;

namespace Corpus.Cli;

/// <summary>
/// The <c>--out</c> file. A regular file (or a new one) is written complete-or-absent: into a
/// hidden temporary file created exclusively, with a random name, beside the real target (a
/// symbolic link is written through, never replaced), with the existing file's permissions, then
/// renamed over it. A device or a named pipe is written straight, never replaced. The target is
/// checked and the temporary file created before the analysis, so an unwritable path fails in a
/// second, not after the run; a temporary file left by a run that was killed is removed later.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    // Temporary files of this process, removed on any exit (a signal, Environment.Exit).
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private const int MaxNameBytes = 255;

    private readonly FileKind _kind;
    private FileStream? _temp;
    private string? _tempPath;
    private string? _attempted;

    static OutputFile() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveLive();

    private OutputFile(string shown, string target, FileKind kind)
    {
        Shown = shown;
        Target = target;
        _kind = kind;
    }

    /// <summary>The path as the user gave it (for messages).</summary>
    public string Shown { get; }

    /// <summary>The file written: the path, or the final target of a symbolic link.</summary>
    public string Target { get; }

    /// <summary>
    /// Checks the path and, for a regular file, creates the temporary file; null, an error and
    /// its exit code (usage: a folder, the store; failure: cannot be written) when it cannot be used.
    /// </summary>
    public static OutputFile? Open(string path, string? store, out string? error, out int exitCode)
    {
        error = null;
        exitCode = ExitCodes.Usage;
        string shown = path;
        string target;
        FileKind kind;
        try
        {
            target = Path.GetFullPath(path);

            // /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open descriptor, not a file to replace:
            // written straight, like a device, even when the descriptor is a regular file.
            if (IsDescriptorPath(target)) return new OutputFile(shown, target, FileKind.Device);
            var info = new FileInfo(target);
            if (info.LinkTarget is not null) target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? target;
            kind = FileKinds.Of(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot write {shown}: {Reason(e)}";
            exitCode = ExitCodes.Failure;
            return null;
        }

        switch (kind)
        {
            case FileKind.Directory:
                error = $"cannot write {shown}: it is a folder; give a file name";
                return null;
            case FileKind.LinkLoop:
                error = $"cannot write {shown}: symbolic link loop";
                return null;
        }

        if (store is not null && SameFile(target, store))
        {
            error = $"--out {shown} is the --db store; write the report to another file";
            return null;
        }

        var output = new OutputFile(shown, target, kind);
        if (kind is FileKind.Fifo or FileKind.Device or FileKind.Socket) return output;
        string folder = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(folder))
        {
            error = $"cannot write {shown}: its folder {folder} does not exist";
            exitCode = ExitCodes.Failure;
            return null;
        }

        try
        {
            output.CreateTemp();
            return output;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Dispose();
            // The message names the output, not the temporary file the user never asked for.
            string reason = output._attempted is { } temp ? Reason(e).Replace(temp, target, StringComparison.Ordinal) : Reason(e);
            error = $"cannot write {shown}: {reason}; check that its folder is writable";
            exitCode = ExitCodes.Failure;
            return null;
        }
    }

    /// <summary>Writes the output and makes it visible; observes <paramref name="ct"/> while writing.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: a regular target is left as it was.</exception>
    /// <exception cref="IOException">The write failed: a regular target is left as it was.</exception>
    public void Write(Action<Stream> write, CancellationToken ct)
    {
        if (_temp is null)
        {
            // A pipe or device: opened only now (a FIFO's open waits for its reader), written straight.
            using var direct = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            using var guarded = new CancellableStream(direct, ct);
            write(guarded);
            return;
        }

        using (var guarded = new CancellableStream(_temp, ct))
        {
            write(guarded);
            _temp.Flush(flushToDisk: true);
        }

        _temp.Dispose();
        _temp = null;
        ct.ThrowIfCancellationRequested();
        File.Move(_tempPath!, Target, overwrite: true);
        Live.TryRemove(_tempPath!, out _);
        _tempPath = null;
    }

    /// <summary>Removes the temporary file unless the output was written.</summary>
    public void Dispose()
    {
        _temp?.Dispose();
        _temp = null;
        if (_tempPath is not null)
        {
            TryDelete(_tempPath);
            Live.TryRemove(_tempPath, out _);
            _tempPath = null;
        }
    }

    /// <summary>Removes this process's temporary files: called when a signal ends the process.</summary>
    public static void RemoveLive()
    {
        foreach (var path in Live.Keys)
        {
            TryDelete(path);
            Live.TryRemove(path, out _);
        }
    }

    /// <summary>A message from an exception, without the trailing period the runner's sentence adds.</summary>
    public static string Reason(Exception e) => e.Message.TrimEnd().TrimEnd('.');

    private void CreateTemp()
    {
        string dir = Path.GetDirectoryName(Target) ?? ".";
        string name = Path.GetFileName(Target);
        RemoveStale(dir, name);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, // O_CREAT|O_EXCL: never follows a link planted at the name
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 1 << 16,
        };
        UnixFileMode? keep = null;
        if (_kind != FileKind.Missing && !OperatingSystem.IsWindows())
        {
            keep = File.GetUnixFileMode(Target);
            options.UnixCreateMode = keep.Value & (UnixFileMode)0x1FF; // no window with wider rights
        }

        for (int attempt = 0; ; attempt++)
        {
            string temp = Path.Combine(dir, TempName(name));
            _attempted = temp;
            try
            {
                _temp = new FileStream(temp, options);
                _tempPath = temp;
                Live[temp] = 0;
                break;
            }
            catch (IOException) when (attempt < 8 && Path.Exists(temp))
            {
                // Taken (vanishingly rare with 64 random bits): try another name.
            }
        }

        if (keep is { } mode && !OperatingSystem.IsWindows()) File.SetUnixFileMode(_tempPath!, mode);
    }

    /// <summary>A hidden name beside the target, with the pid (to clean up after a killed run) and 64 random bits.</summary>
    private static string TempName(string name)
    {
        string suffix = $".{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}.corpus-tmp";
        // Keep within NAME_MAX: a long target name is shortened in the temporary name only.
        int room = MaxNameBytes - 1 - suffix.Length;
        string stem = name;
        while (System.Text.Encoding.UTF8.GetByteCount(stem) > room) stem = stem[..^1];
        return "." + stem + suffix;
    }

    private static void RemoveStale(string dir, string name)
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(dir, ".*.corpus-tmp"))
            {
                string file = Path.GetFileName(path)[..^".corpus-tmp".Length];
                int end = file.LastIndexOf('-');
                int start = file.LastIndexOf('.', end < 0 ? 0 : end);
                if (end < 0 || start < 0 || !int.TryParse(file.AsSpan(start + 1, end - start - 1), out int pid)) continue;
                string stem = file[1..start];
                if (!name.StartsWith(stem, StringComparison.Ordinal) || pid == Environment.ProcessId || IsRunning(pid)) continue;
                TryDelete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; the run goes on.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool IsDescriptorPath(string path) =>
        !OperatingSystem.IsWindows() && (path is "/dev/stdout" or "/dev/stderr" || path.StartsWith("/dev/fd/", StringComparison.Ordinal) || path.StartsWith("/proc/self/fd/", StringComparison.Ordinal));

    private static bool SameFile(string target, string store)
    {
        string full = Path.GetFullPath(store);
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null) full = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
        }

        if (string.Equals(full, target, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
        return FileKinds.Identity(target) is { } a && FileKinds.Identity(full) is { } b && a == b;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Stops a long write when the run is cancelled.</summary>
    private sealed class CancellableStream(Stream inner, CancellationToken ct) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ct.ThrowIfCancellationRequested();
            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ct.ThrowIfCancellationRequested();
            inner.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            ct.ThrowIfCancellationRequested();
            inner.WriteByte(value);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
