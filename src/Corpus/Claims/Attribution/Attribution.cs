using Corpus.Entities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Claims.Attribution;

/// <summary>Who says something, before corpus-level resolution: a mention, a role noun, a pronoun's antecedent, or a phrase as written.</summary>
internal readonly record struct SpeakerRef(TextSpan Span, string Text);

/// <summary>Who says so, as a sieve decided it.</summary>
/// <param name="Source">The source as it stands in the text: a mention, a role noun, a pronoun's antecedent, or a noun phrase ("police").</param>
/// <param name="Sieve">The name of the sieve that decided, for explanations and debugging.</param>
/// <param name="Cited">A source the first cites ("the agency, citing the health ministry"), when the text names one.</param>
internal sealed record AttributionResult(SpeakerRef Source, string Sieve, SpeakerRef? Cited = null);

/// <summary>What the sieves read: one parsed sentence of a document, with the article's mentions and role nouns.</summary>
internal sealed class AttributionContext(Document doc, Sentence sentence, SentenceSyntax syntax, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> roles, AttributionLexicon lexicon)
{
    public Document Doc => doc;

    public Sentence Sentence => sentence;

    public SentenceSyntax Syntax => syntax;

    /// <summary>All mentions of the article, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>All role nouns of the article.</summary>
    public IReadOnlyList<RoleUse> Roles => roles;

    public AttributionLexicon Lexicon => lexicon;


    public static string Lemma(SyntaxWord w) => w.LowerLemma;
}

/// <summary>One way of finding who says what a sentence's word belongs to. A sieve returns null when it cannot decide.</summary>
internal interface IAttributionSieve
{
    /// <summary>The name recorded on what this sieve decides.</summary>
    string Name { get; }

    /// <summary>The source of the content at word <paramref name="target"/> of the context's sentence, or null.</summary>
    AttributionResult? Decide(AttributionContext context, int target);
}

/// <summary>
/// Answers "who says so" for a word of a parsed sentence (a figure's number, a statement's head) with an
/// ordered list of sieves; the first that decides wins and is recorded. The same sieves serve quotes and
/// figures. Pure and thread-safe.
/// </summary>
internal sealed class Attributor(IReadOnlyList<IAttributionSieve> sieves)
{
    /// <summary>
    /// According to X; the owner of a statement the word's own phrase names (cited by whoever reports it); the subject of a
    /// reporting predicate over the word; the issuer of a statement noun over it; an institution acting.
    /// </summary>
    public static Attributor Default { get; } = new([new AccordingToSieve(), new CitedStatementSieve(), new ReportingClauseSieve(), new StatementOwnerSieve(), new ActingInstitutionSieve()]);

    public IReadOnlyList<IAttributionSieve> Sieves => sieves;

    public AttributionResult? Attribute(AttributionContext context, int target)
    {
        foreach (var sieve in sieves)
        {
            if (sieve.Decide(context, target) is { } decided) return decided;
        }

        return null;
    }
}
