using Corpus.Ingestion;
using Corpus.Orleans;
using Corpus.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A one-silo cluster on localhost with an in-process client: the same grains run unchanged on a
// real cluster (see docs/scaling.md). Usage: dotnet run --project samples/Corpus.Orleans -- PATH...
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Corpus.Orleans PATH...   (files or folders of .txt / .jsonl articles)");
    return 2;
}

var builder = Host.CreateApplicationBuilder();
// Logs go to standard error: standard output carries the JSON.
builder.Logging.ClearProviders();
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo.UseLocalhostClustering());
using var host = builder.Build();
await host.StartAsync();
var analyzer = new ClusterAnalyzer(host.Services.GetRequiredService<IGrainFactory>());
var result = await analyzer.AnalyzeAsync(ArticleReader.ReadPathsAsync(args));
using (var stdout = Console.OpenStandardOutput()) JsonReport.Write(result, stdout);
Console.WriteLine();
await host.StopAsync();
return result.Rejected.Count > 0 ? 1 : 0;
