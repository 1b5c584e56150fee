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

var analyze = new Command("analyze", "Analyze articles into entities, quotes, figures and conflicts.")
{
    pathsArgument, formatOption, outOption, maxBytesOption, parallelOption,
};
analyze.SetAction((parse, ct) => Task.FromResult(Commands.Analyze(
    parse.GetValue(pathsArgument) ?? [],
    parse.GetValue(formatOption)!,
    parse.GetValue(outOption),
    new IngestionOptions { MaxArticleBytes = parse.GetValue(maxBytesOption) },
    new AnalyzerOptions { MaxDegreeOfParallelism = parse.GetValue(parallelOption) },
    ct)));

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

var root = new RootCommand("corpus: turns news articles into evidence-linked claims and reconciles them across sources.")
{
    analyze, inspect, quantities,
};

Console.OutputEncoding = new UTF8Encoding(false);
var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var error in result.Errors) Console.Error.WriteLine($"corpus: {error.Message}");
    Console.Error.WriteLine("Run 'corpus --help' for usage.");
    return ExitCodes.Usage;
}

return await result.InvokeAsync();
