using Corpus.Text;

namespace Corpus.Entities;

/// <summary>The kinds of named entity the library recognizes.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: government body, company, party, armed group, alliance, outlet.</summary>
    Org,
    /// <summary>A geopolitical entity: country, city, region with a government.</summary>
    Gpe,
    /// <summary>Another place: a region, a body of water, "the West".</summary>
    Loc,
    /// <summary>A nationality, religious or political group adjective: Kazakh, Soviet, Islamist.</summary>
    Norp,
}

/// <summary>One place an entity is named.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Span">Offsets into that article's original text.</param>
/// <param name="Text">The words as written.</param>
public sealed record EntityMention(string Article, TextSpan Span, string Text);

/// <summary>A real-world referent resolved across the whole corpus.</summary>
/// <param name="Id">Stable within one analysis result (e1, e2, ...).</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The canonical (fullest) name.</param>
/// <param name="Aliases">Every distinct surface form used, canonical name included.</param>
/// <param name="Mentions">Every mention, in corpus order.</param>
public sealed record Entity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>Roles the corpus introduces this entity with, as written ("Kazakh President", "the country's president").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Role nouns that refer to this entity ("the Russian leader"); not names, so not aliases.</summary>
    public IReadOnlyList<EntityMention> RoleMentions { get; init; } = [];
}
