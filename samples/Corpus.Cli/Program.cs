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
var maxBytesOption = new Option<long>("--max-bytes")
{
    Description = "Largest article accepted, in bytes (a .txt file or one JSONL line).",
    DefaultValueFactory = _ => IngestionOptions.Default.MaxArticleBytes,
};
maxBytesOption.Validators.Add(r =>
{
    if (r.GetValueOrDefault<long>() < 1) r.AddError("--max-bytes must be at least 1.");
});
var parallelOption = new Option<int>("--parallel", "-j")
{
    Description = "Articles analyzed at once (default: one per core).",
    DefaultValueFactory = _ => Environment.ProcessorCount,
};
parallelOption.Validators.Add(r =>
{
    if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1.");
});

var dbOption = new Option<FileInfo?>("--db")
{
    Description = "Keep the analysis in this SQLite store: only articles it does not hold yet are analyzed, and the output covers the whole store.",
};
var timeoutOption = new Option<double>("--article-timeout")
{
    Description = "Seconds the analysis of one article may take before it is rejected instead.",
    DefaultValueFactory = _ => AnalyzerOptions.Default.ArticleTimeout.TotalSeconds,
};
timeoutOption.Validators.Add(r =>
{
    if (r.GetValueOrDefault<double>() is not (> 0 and < 86400)) r.AddError("--article-timeout must be more than 0 and less than 86400 seconds.");
});

Option<long?> MaxMemoryOption() => new("--max-memory")
{
    Description = "Cap the managed heap at this many MB: the collector works harder near the cap instead of growing the process (default: no cap beyond the machine's or container's).",
    Validators = { r => { if (r.GetValueOrDefault<long?>() is < 1) r.AddError("--max-memory must be at least 1 MB."); } },
};
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

var analyze = new Command("analyze", "Analyze articles into entities, quotes, figures and conflicts.")
{
    pathsArgument, formatOption, outOption, maxBytesOption, parallelOption, dbOption, timeoutOption, maxMemoryOption, progressOption, noSyntaxOption,
};
analyze.Validators.Add(r =>
{
    // A store keeps each article's analysis for later runs; mixing analyses made with and without syntax would mix two kinds of claims.
    if (r.GetValue(noSyntaxOption) && r.GetValue(dbOption) is not null) r.AddError("--no-syntax cannot be combined with --db: a store keeps analyses made with syntax.");
});
analyze.SetAction((parse, ct) => Commands.AnalyzeAsync(
    parse.GetValue(pathsArgument) ?? [],
    parse.GetValue(formatOption)!,
    parse.GetValue(outOption),
    parse.GetValue(dbOption),
    new IngestionOptions { MaxArticleBytes = parse.GetValue(maxBytesOption) },
    new AnalyzerOptions { MaxDegreeOfParallelism = parse.GetValue(parallelOption), ArticleTimeout = TimeSpan.FromSeconds(parse.GetValue(timeoutOption)), ClaimsFromSyntax = !parse.GetValue(noSyntaxOption) },
    parse.GetValue(maxMemoryOption),
    parse.GetValue(progressOption)!,
    ct));

var reportDb = new Option<FileInfo>("--db") { Description = "The store to render.", Required = true };
var reportFormat = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
reportFormat.AcceptOnlyFromAmong("json", "markdown", "html");
var reportOut = new Option<FileInfo?>("--out", "-o") { Description = "Write the output to this file (atomically) instead of standard output." };
var report = new Command("report", "Render a store written by 'analyze --db' as JSON, Markdown or HTML.")
{
    reportDb, reportFormat, reportOut,
};
report.SetAction(parse => Commands.Report(parse.GetValue(reportDb)!, parse.GetValue(reportFormat)!, parse.GetValue(reportOut)));

var benchPath = new Argument<string?>("PATH") { Description = "A file or folder of articles to measure on. Default: a generated corpus.", Arity = ArgumentArity.ZeroOrOne };
var benchSize = new Option<double>("--size") { Description = "Size of the generated corpus in MB.", DefaultValueFactory = _ => 20 };
benchSize.Validators.Add(r =>
{
    if (r.GetValueOrDefault<double>() is not (> 0 and <= 100_000)) r.AddError("--size must be more than 0 and at most 100000 MB.");
});
var benchCores = new Option<int[]>("--cores") { Description = "Core counts to measure (default: 1 and all).", AllowMultipleArgumentsPerToken = true };
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
    parse.GetValue(benchCores) is { Length: > 0 } cores ? cores : Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1], parse.GetValue(benchMaxMemory), parse.GetValue(benchText)!, !parse.GetValue(benchNoSyntax), ct));

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

var root = new RootCommand("corpus: turns news articles into evidence-linked claims and reconciles them across sources.")
{
    analyze, report, bench, inspect, quantities, parse,
};

Console.OutputEncoding = new UTF8Encoding(false);
var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var error in result.Errors) Console.Error.WriteLine($"corpus: {error.Message}");
    Console.Error.WriteLine("Run 'corpus --help' for usage.");
    return ExitCodes.Usage;
}

// System.CommandLine 2.0.0 leaves Ctrl+C to the runtime, which kills the process at once
// (dotnet/command-line-api#2739): turn it into cancellation so outputs are complete or absent.
return await result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(2) });
