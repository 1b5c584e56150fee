using Corpus.Claims;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus;

/// <summary>
/// Everything the per-article stages found in one article, built without reference to any other
/// article. It keeps no text beyond the snippets claims quote, so a corpus's worth of them stays small.
/// </summary>
internal sealed record ArticleAnalysis(
    ArticleInfo Info,
    ArticleMentions Mentions,
    IReadOnlyList<RoleUse> Roles,
    IReadOnlyList<FigureDraft> Figures,
    IReadOnlyList<string> FigureSentences,
    IReadOnlyList<QuoteDraft> Quotes)
{
    public string Id => Info.Id;
}

/// <summary>The per-article stages, in order. Pure: the same article always gives the same analysis.</summary>
internal sealed class ArticlePipeline(EntityRecognizer recognizer, RoleFinder roles, FigureExtractor figures, QuoteExtractor quotes)
{
    /// <param name="article">The article.</param>
    /// <param name="budget">Cancelled when the article's time budget runs out; checked between stages and inside the long ones.</param>
    public ArticleAnalysis Run(Article article, CancellationToken budget = default)
    {
        var document = Document.Parse(article);
        budget.ThrowIfCancellationRequested();
        IReadOnlyList<Mention> mentions = recognizer.Recognize(document, budget);
        budget.ThrowIfCancellationRequested();
        var roleUses = roles.Find(document, mentions);
        budget.ThrowIfCancellationRequested();
        var figureDrafts = figures.Extract(document, mentions, roleUses, budget);
        budget.ThrowIfCancellationRequested();
        var quoteDrafts = quotes.Extract(document, mentions, roleUses, budget);
        // Names of speakers and sources the recognizer missed join the mentions, so their claims name an entity.
        var speakers = quoteDrafts.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value.Span)
            .Concat(figureDrafts.Where(f => f.SourceSpan is not null).Select(f => f.SourceSpan!.Value));
        mentions = SpeakerNames.Add(document, mentions, speakers);
        var info = new ArticleInfo(article.Id, article.Title, article.Published, article.Outlet, article.Url, article.Source,
            document.Text.Length, document.Tokens.Count, document.Sentences.Count, document.Boilerplate.Count);
        return new ArticleAnalysis(info, ArticleMentions.Of(article.Id, document, mentions), roleUses, figureDrafts,
            figureDrafts.Select(f => f.Sentence.Of(document.Text)).ToList(), quoteDrafts);
    }
}
