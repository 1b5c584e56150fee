using System.Diagnostics;

namespace Corpus.Tests.Cli;

/// <summary>Runs the built console runner (Corpus.Cli.dll, copied beside the tests) as a real process.</summary>
internal static class CliRunner
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Finish(psi, stdin);
    }

    /// <summary>Runs a shell script (for closed standard streams and the like) with $CORPUS set to the runner.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Shell(string script, string workingDirectory)
    {
        var psi = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.Environment["CORPUS"] = $"dotnet {Dll}";
        return Finish(psi, null);
    }

    private static (int ExitCode, string Stdout, string Stderr) Finish(ProcessStartInfo psi, string? stdin)
    {
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("corpus did not finish in 120 s");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
