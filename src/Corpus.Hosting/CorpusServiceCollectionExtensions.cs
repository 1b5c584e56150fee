using Corpus.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Corpus.Hosting;

/// <summary>Registers Corpus in a service collection.</summary>
public static class CorpusServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOptions{TOptions}"/> of <see cref="AnalyzerOptions"/> and
    /// <see cref="IngestionOptions"/>, a singleton <see cref="CorpusAnalyzer"/> built from them, and
    /// <see cref="ICorpusService"/>, which analyzes paths or streams and logs through
    /// <c>ILogger</c>. Options are immutable records: each configure function returns the options to use.
    /// Registrations already present are kept (call it once; a second call changes nothing).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="analyzer">Turns the default analyzer options into the ones to use, e.g. <c>o =&gt; o with { MaxDegreeOfParallelism = 2 }</c>.</param>
    /// <param name="ingestion">Turns the default ingestion options into the ones to use.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCorpus(this IServiceCollection services, Func<AnalyzerOptions, AnalyzerOptions>? analyzer = null, Func<IngestionOptions, IngestionOptions>? ingestion = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(Options.Create((analyzer ?? (o => o))(AnalyzerOptions.Default)));
        services.TryAddSingleton(Options.Create((ingestion ?? (o => o))(IngestionOptions.Default)));
        services.TryAddSingleton(sp => new CorpusAnalyzer(sp.GetRequiredService<IOptions<AnalyzerOptions>>().Value));
        services.TryAddSingleton<ICorpusService, CorpusService>();
        return services;
    }
}
