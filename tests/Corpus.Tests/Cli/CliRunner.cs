using System.Diagnostics;

namespace Corpus.Tests.Cli;

/// <summary>Runs the built console runner (Corpus.Cli.dll, copied beside the tests) as a real process.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
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
