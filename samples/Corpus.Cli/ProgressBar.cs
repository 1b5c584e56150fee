using System.Globalization;

namespace Corpus.Cli;

/// <summary>How progress is shown on standard error.</summary>
internal enum ProgressStyle
{
    /// <summary>Nothing, so logs stay clean.</summary>
    Off,

    /// <summary>One line redrawn in place at most ten times a second and erased at the end: for a terminal.</summary>
    Redraw,

    /// <summary>A new line at most once a second: for a log that a person or program follows (<c>--progress always</c> when standard error is not a terminal).</summary>
    Lines,
}

/// <summary>
/// Progress on standard error (articles, MB/s, ETA when the input size is known), once the run has taken
/// more than a second. By default (<c>--progress auto</c>) it is a bar shown only when standard error is a terminal.
/// </summary>
internal sealed class ProgressBar : IProgress<AnalysisProgress>, IDisposable
{
    private readonly long _totalBytes;
    private readonly TextWriter _out;
    private readonly ProgressStyle _style;
    private readonly object _gate = new();
    private TimeSpan? _lastDraw;
    private bool _drawn;

    public ProgressBar(long totalBytes, TextWriter output, ProgressStyle style)
    {
        _totalBytes = totalBytes;
        _out = output;
        _style = style;
    }

    /// <summary>Progress on the console's standard error for a <c>--progress</c> value (auto, always, never).</summary>
    public static ProgressBar ForStandardError(long totalBytes, string mode = "auto") => new(totalBytes, Console.Error is SafeErrorWriter safe ? safe.Raw : Console.Error, StyleFor(mode, Console.IsErrorRedirected));

    internal static ProgressStyle StyleFor(string mode, bool redirected) => mode switch
    {
        "never" => ProgressStyle.Off,
        "always" => redirected ? ProgressStyle.Lines : ProgressStyle.Redraw,
        _ => redirected ? ProgressStyle.Off : ProgressStyle.Redraw,
    };

    public void Report(AnalysisProgress value)
    {
        if (_style == ProgressStyle.Off || value.Elapsed < TimeSpan.FromSeconds(1)) return;
        var interval = TimeSpan.FromMilliseconds(_style == ProgressStyle.Lines ? 1000 : 100);
        lock (_gate)
        {
            if (_lastDraw is { } last && value.Elapsed - last < interval) return;
            _lastDraw = value.Elapsed;
            if (_style == ProgressStyle.Lines)
            {
                _out.WriteLine("corpus: " + Line(value, _totalBytes));
                _out.Flush();
                return;
            }

            _out.Write('\r' + Line(value, _totalBytes) + "\u001b[K");
            _drawn = true;
        }
    }

    /// <summary>The bar's text: "[#####.....] 1,234 articles (5 rejected)  3.2 MB/s  ETA 0:41".</summary>
    internal static string Line(AnalysisProgress p, long totalBytes)
    {
        double seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
        double rate = p.Characters / seconds;
        string bar = string.Empty, eta = string.Empty;
        if (totalBytes > 0)
        {
            double done = Math.Clamp((double)p.Characters / totalBytes, 0, 1);
            int filled = (int)Math.Round(done * 20);
            bar = "[" + new string('#', filled) + new string('.', 20 - filled) + "] ";
            if (rate > 0 && done < 1)
            {
                var left = TimeSpan.FromSeconds((totalBytes - p.Characters) / rate);
                eta = "  ETA " + left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
            }
        }

        string rejected = p.Rejected > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({p.Rejected:N0} rejected)") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{bar}{p.Articles:N0} articles{rejected}  {rate / 1048576:0.0} MB/s{eta}");
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn) _out.Write("\r\u001b[K");
            _drawn = false;
        }
    }

    /// <summary>Total size of the files under the paths, for the ETA; 0 when unknown (standard input).</summary>
    public static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var p in paths)
        {
            try
            {
                if (File.Exists(p)) total += new FileInfo(p).Length;
                else if (Directory.Exists(p))
                {
                    foreach (var f in new DirectoryInfo(p).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })) total += f.Length;
                }
                else return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return 0;
            }
        }

        return total;
    }
}
