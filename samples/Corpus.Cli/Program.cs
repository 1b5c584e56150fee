using System.CommandLine;
using System.Text;
using Corpus;
using Corpus.Cli;
using Corpus.Ingestion;

var pathsArgument = new Argument<string[]>("PATH")
{
    Description = "Files or folders of articles (.txt, .jsonl), or - for standard input. Default: the embedded sample corpus.",
    Arity = ArgumentArity.ZeroOrMore,
};
pathsArgument.Validators.Add(r =>
{
    foreach (var token in r.Tokens)
    {
        if (token.Value.StartsWith('-') && token.Value != "-") r.AddError($"Unrecognized option '{token.Value}'.");
    }
});
var formatOption = new Option<string>("--format", "-f")
{
    Description = "Output format.",
    DefaultValueFactory = _ => "json",
};
formatOption.AcceptOnlyFromAmong("json", "markdown", "html");
var outOption = new Option<FileInfo?>("--out", "-o")
{
    Description = "Write the output to this file (atomically) instead of standard output.",
};
var maxBytesOption = NumberOptions.Create("--max-bytes", "Largest article accepted, in bytes (a .txt file or one JSONL line); at most 1,073,741,791, the longest text .NET holds.",
    1L, IngestionOptions.LargestArticleBytes, () => IngestionOptions.Default.MaxArticleBytes);
var parallelOption = NumberOptions.Create("--parallel", "Articles analyzed at once (default: one per core).", 1, 4096, () => Environment.ProcessorCount, "-j");

var dbOption = new Option<FileInfo?>("--db")
{
    Description = "Keep the analysis in this SQLite store: only articles it does not hold yet are analyzed, and the output covers the whole store.",
};
var timeoutOption = NumberOptions.Create("--article-timeout", "Seconds the analysis of one article may take before it is rejected instead.",
    0.001, 86_399.0, () => AnalyzerOptions.Default.ArticleTimeout.TotalSeconds);

Option<long?> MaxMemoryOption() => NumberOptions.Optional("--max-memory",
    "Cap the managed heap at this many MB: the collector works harder near the cap instead of growing the process (default: no cap beyond the machine's or container's).",
    1L, 1L << 30);
var maxMemoryOption = MaxMemoryOption();
var progressOption = new Option<string>("--progress")
{
    Description = "Progress on standard error: auto (a bar when it is a terminal), always (a line a second when it is not), never.",
    DefaultValueFactory = _ => "auto",
};
progressOption.AcceptOnlyFromAmong("auto", "always", "never");

Option<bool> NoSyntaxOption() => new("--no-syntax")
{
    Description = "Do not read claims off a dependency parse: word-window rules only. Several times faster; lower recall and no 'other' figures.",
};
var noSyntaxOption = NoSyntaxOption();

var includeOption = new Option<string[]>("--include")
{
    Description = "Read only files in folders whose name matches this pattern (* and ?, e.g. '*.txt'); repeat for more. Others are listed as skipped. Files given by path are always read.",
    AllowMultipleArgumentsPerToken = false,
};
var analyze = new Command("analyze", "Analyze articles into entities, quotes, figures and conflicts.")
{
    pathsArgument, formatOption, outOption, maxBytesOption, parallelOption, dbOption, timeoutOption, maxMemoryOption, progressOption, noSyntaxOption, includeOption,
};
analyze.Validators.Add(r =>
{
    // A store keeps each article's analysis for later runs; mixing analyses made with and without syntax would mix two kinds of claims.
    if (r.GetValue(noSyntaxOption) && r.GetValue(dbOption) is not null) r.AddError("--no-syntax cannot be combined with --db: a store keeps analyses made with syntax.");
});
// On a terminal, with no --format and no --out, a person reads the output: a summary, not JSON.
bool Summary(ParseResult parse, Option<string> format, Option<FileInfo?> output) =>
    parse.GetResult(format) is null or { Implicit: true } && parse.GetValue(output) is null && !Console.IsOutputRedirected;
analyze.SetAction((parse, ct) => Commands.AnalyzeAsync(
    parse.GetValue(pathsArgument) ?? [],
    Summary(parse, formatOption, outOption) ? "summary" : parse.GetValue(formatOption)!,
    parse.GetValue(outOption),
    parse.GetValue(dbOption),
    new IngestionOptions { MaxArticleBytes = parse.GetValue(maxBytesOption), Include = parse.GetValue(includeOption) ?? [] },
    new AnalyzerOptions { MaxDegreeOfParallelism = parse.GetValue(parallelOption), ArticleTimeout = TimeSpan.FromSeconds(parse.GetValue(timeoutOption)), ClaimsFromSyntax = !parse.GetValue(noSyntaxOption) },
    parse.GetValue(maxMemoryOption),
    parse.GetValue(progressOption)!,
    Shutdown.Token));

var reportDb = new Option<FileInfo>("--db") { Description = "The store to render.", Required = true };
var reportFormat = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
reportFormat.AcceptOnlyFromAmong("json", "markdown", "html");
var reportOut = new Option<FileInfo?>("--out", "-o") { Description = "Write the output to this file (atomically) instead of standard output." };
var report = new Command("report", "Render a store written by 'analyze --db' as JSON, Markdown or HTML.")
{
    reportDb, reportFormat, reportOut,
};
report.SetAction(parse => Commands.Report(parse.GetValue(reportDb)!, Summary(parse, reportFormat, reportOut) ? "summary" : parse.GetValue(reportFormat)!, parse.GetValue(reportOut), Shutdown.Token));

var benchPath = new Argument<string?>("PATH") { Description = "A file or folder of articles to measure on. Default: a generated corpus.", Arity = ArgumentArity.ZeroOrOne };
var benchSize = NumberOptions.Create("--size", "Size of the generated corpus in MB.", 0.001, 100_000.0, () => 20.0);
var benchCores = NumberOptions.Many("--cores", "Core counts to measure (default: 1 and all).", 1, 4096);
var benchMaxMemory = MaxMemoryOption();
var benchText = new Option<string>("--text")
{
    Description = "Without PATH: generated (invented articles) or gmb (real news: 25-sentence pseudo-articles from ../shared/data/gmb).",
    DefaultValueFactory = _ => "generated",
};
benchText.AcceptOnlyFromAmong("generated", "gmb");
var benchNoSyntax = NoSyntaxOption();
var bench = new Command("bench", "Run the whole pipeline on 1 and on all cores and print tokens/s, MB/s, articles/s, peak memory and the speed-up.")
{
    benchPath, benchSize, benchCores, benchMaxMemory, benchText, benchNoSyntax,
};
bench.SetAction((parse, ct) => Corpus.Cli.Bench.BenchCommand.RunAsync(parse.GetValue(benchPath), parse.GetValue(benchSize),
    parse.GetValue(benchCores) is { Length: > 0 } cores ? cores : Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1], parse.GetValue(benchMaxMemory), parse.GetValue(benchText)!, !parse.GetValue(benchNoSyntax), Shutdown.Token));

var inspectPath = new Argument<FileInfo>("FILE") { Description = "A .txt article." };
var inspect = new Command("inspect", "Show how an article is split into sentences, with headline, dateline and boilerplate flags.")
{
    inspectPath,
};
inspect.SetAction(parse => Commands.Inspect(parse.GetValue(inspectPath)!));

var quantitiesFile = new Argument<FileInfo?>("FILE")
{
    Description = "A UTF-8 text file with one sentence a line. Default: standard input.",
    Arity = ArgumentArity.ZeroOrOne,
};
var quantities = new Command("quantities", "Find every quantity (counts, money, percentages, measures) in each line; one JSON object per line.")
{
    quantitiesFile,
};
quantities.SetAction(parse => Commands.Quantities(parse.GetValue(quantitiesFile)));

var parseFile = new Argument<string?>("FILE")
{
    Description = "A UTF-8 text file (or CoNLL-U with --input conllu), or - for standard input. Default: standard input.",
    Arity = ArgumentArity.ZeroOrOne,
};
var parseInput = new Option<string>("--input")
{
    Description = "text: split raw text into sentences and words; conllu: keep the given words and sentences and fill in tags, lemmas and trees.",
    DefaultValueFactory = _ => "text",
};
parseInput.AcceptOnlyFromAmong("text", "conllu");
var parse = new Command("parse", "Tag, lemmatize and dependency-parse text and write CoNLL-U to standard output (word offsets in MISC as TokenRange=start:end).")
{
    parseFile, parseInput,
};
parse.SetAction(parse => Commands.Parse(parse.GetValue(parseFile), parse.GetValue(parseInput)!));

// A plain command named "corpus" as the root: RootCommand takes its name from the executable
// (Corpus.Cli), so usage lines would say one name and error messages another.
var root = new Command("corpus", "Turns news articles into evidence-linked claims and reconciles them across sources.")
{
    analyze, report, bench, inspect, quantities, parse, new System.CommandLine.Help.HelpOption(), new VersionOption(),
};

Console.OutputEncoding = new UTF8Encoding(false);
SafeErrorWriter.Install();
AppDomain.CurrentDomain.UnhandledException += (_, e) => Shutdown.Crash(e.ExceptionObject as Exception);
var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    // One line, however many errors: a script's log stays readable.
    Console.Error.WriteLine($"corpus: {string.Join(" ", result.Errors.Select(e => e.Message))} See 'corpus --help'.");
    return ExitCodes.Usage;
}

// Ctrl+C, SIGTERM and SIGHUP cancel the run (outputs complete or absent) and end it within a second.
using var signals = Shutdown.Listen();
try
{
    // No default exception handler: it exits 1, which means "some inputs rejected".
    return await result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException) when (Shutdown.Token.IsCancellationRequested)
{
    Console.Error.WriteLine("corpus: cancelled; no output was written.");
    return ExitCodes.Cancelled;
}
catch (Exception e)
{
    return Shutdown.Report(e);
}
