using System.Runtime.InteropServices;

namespace Corpus.Ingestion;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a symbolic link whose target is missing).</summary>
    Missing,

    /// <summary>A regular file: safe to open, with a meaningful size.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it blocks until a writer comes.</summary>
    Fifo,

    /// <summary>A character or block device (<c>/dev/zero</c> never ends).</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>Symbolic links that never reach a file (a loop, or too many levels).</summary>
    LinkLoop,

    /// <summary>The type cannot be told on this platform: it exists and is not a folder.</summary>
    Unknown,
}

/// <summary>
/// Tells a regular file from a pipe, a device or a socket without opening it (opening a FIFO
/// blocks; reading a device may never end). .NET exposes no file type, so on Linux this asks
/// <c>statx</c>, whose layout is the same on every architecture; elsewhere it answers
/// <see cref="FileKind.Unknown"/> for anything that exists and is not a folder.
/// </summary>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int StatxType = 0x1, StatxIno = 0x100;
    private const int Enoent = 2, Enotdir = 20, Eloop = 40, Enosys = 38;

    private static bool _statxMissing = !OperatingSystem.IsLinux();

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (!_statxMissing)
        {
            try
            {
                return Statx(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
        }

        try
        {
            if (Directory.Exists(path)) return FileKind.Directory;
            var file = new FileInfo(path);
            if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true }) return FileKind.Missing;
            return file.Exists ? FileKind.Unknown : FileKind.Missing;
        }
        catch (IOException)
        {
            // "Too many levels of symbolic links" surfaces here.
            return FileKind.LinkLoop;
        }
    }

    /// <summary>
    /// The device and inode a path names (links followed), or null where it cannot be told: two
    /// paths with the same identity are one file, however they are spelled (links, hard links).
    /// </summary>
    public static unsafe (ulong Device, ulong Inode)? Identity(string path)
    {
        if (_statxMissing) return null;
        try
        {
            byte* buffer = stackalloc byte[256];
            if (statx(AtFdCwd, path, 0, StatxIno, buffer) != 0) return null;
            ulong device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
            return (device, *(ulong*)(buffer + 32));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _statxMissing = true;
            return null;
        }
    }

    /// <summary>A regular file, or a type this platform cannot tell apart from one.</summary>
    public static bool MayRead(FileKind kind) => kind is FileKind.Regular or FileKind.Unknown;

    /// <summary>How a kind is named in a message.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.LinkLoop => "a symbolic link loop",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    private static unsafe FileKind Statx(string path)
    {
        // struct statx is 256 bytes; stx_mode is the 16-bit field at offset 28.
        byte* buffer = stackalloc byte[256];
        int rc = statx(AtFdCwd, path, 0, StatxType, buffer);
        if (rc != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno switch
            {
                Eloop => FileKind.LinkLoop,
                Enoent or Enotdir => FileKind.Missing,
                Enosys => Fallback(path),
                _ => File.Exists(path) ? FileKind.Unknown : FileKind.Missing,
            };
        }

        int mode = *(ushort*)(buffer + 28) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    private static FileKind Fallback(string path)
    {
        _statxMissing = true;
        return Of(path);
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern unsafe int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte* buffer);
}
