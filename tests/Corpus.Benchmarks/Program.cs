using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- --filter '*'   (add --job short for a quick run)
if (args is ["--reconcile-scaling", ..])
{
    // One timed call per size after a warm-up: the growth of reconciliation from 10k to 1M figures.
    ReconciliationBenchmarks.Scaling(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

if (args is ["--ner-interleaved", ..])
{
    NerTaggerBenchmarks.Interleaved(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

var config = DefaultConfig.Instance.AddColumn(PerSecondColumn.Tokens, PerSecondColumn.SyntaxWords);
Console.WriteLine($"sample corpus: {SampleText.Articles.Count} articles, {SampleText.Tokens:N0} tokens per operation");
BenchmarkSwitcher.FromAssembly(typeof(TextAndEntityBenchmarks).Assembly).Run(args, config);
