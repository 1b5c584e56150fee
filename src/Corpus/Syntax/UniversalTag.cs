namespace Corpus.Syntax;

/// <summary>The 17 universal part-of-speech tags of Universal Dependencies (UPOS).</summary>
public enum UniversalTag : byte
{
    /// <summary>ADJ: adjective.</summary>
    Adj,
    /// <summary>ADP: adposition.</summary>
    Adp,
    /// <summary>ADV: adverb.</summary>
    Adv,
    /// <summary>AUX: auxiliary.</summary>
    Aux,
    /// <summary>CCONJ: coordinating conjunction.</summary>
    Cconj,
    /// <summary>DET: determiner.</summary>
    Det,
    /// <summary>INTJ: interjection.</summary>
    Intj,
    /// <summary>NOUN: noun.</summary>
    Noun,
    /// <summary>NUM: numeral.</summary>
    Num,
    /// <summary>PART: particle.</summary>
    Part,
    /// <summary>PRON: pronoun.</summary>
    Pron,
    /// <summary>PROPN: proper noun.</summary>
    Propn,
    /// <summary>PUNCT: punctuation.</summary>
    Punct,
    /// <summary>SCONJ: subordinating conjunction.</summary>
    Sconj,
    /// <summary>SYM: symbol.</summary>
    Sym,
    /// <summary>VERB: verb.</summary>
    Verb,
    /// <summary>X: other.</summary>
    X,
}

/// <summary>Conversions between <see cref="UniversalTag"/> and the upper-case names CoNLL-U uses.</summary>
public static class UniversalTags
{
    private static readonly string[] Names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    /// <summary>The CoNLL-U name of <paramref name="tag"/> ("NOUN").</summary>
    public static string ToConllu(this UniversalTag tag) => Names[(int)tag];

    /// <summary>Parses a CoNLL-U UPOS name; false for anything else.</summary>
    public static bool TryParse(string? name, out UniversalTag tag)
    {
        int i = name is null ? -1 : Array.IndexOf(Names, name);
        tag = i < 0 ? UniversalTag.X : (UniversalTag)i;
        return i >= 0;
    }
}
