using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- --filter '*'   (add --job short for a quick run)
var config = DefaultConfig.Instance.AddColumn(new TokensPerSecondColumn());
Console.WriteLine($"sample corpus: {SampleText.Articles.Count} articles, {SampleText.Tokens:N0} tokens per operation");
BenchmarkSwitcher.FromAssembly(typeof(TextAndEntityBenchmarks).Assembly).Run(args, config);
