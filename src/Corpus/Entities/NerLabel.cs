namespace Corpus.Entities;

/// <summary>BIO labels of the recognizer. PLACE covers GPE and LOC; the gazetteer splits them afterwards.</summary>
internal enum NerLabel : byte
{
    O = 0,
    BPer,
    IPer,
    BOrg,
    IOrg,
    BPlace,
    IPlace,
    BNorp,
    INorp,
}

internal enum NerType : byte
{
    None = 0,
    Person,
    Org,
    Place,
    Norp,
}

internal static class NerLabels
{
    public const int Count = 9;

    public static NerType TypeOf(NerLabel label) => label == NerLabel.O ? NerType.None : (NerType)(((int)label + 1) / 2);

    public static bool IsBegin(NerLabel label) => label != NerLabel.O && ((int)label & 1) == 1;

    public static bool IsInside(NerLabel label) => label != NerLabel.O && ((int)label & 1) == 0;

    public static NerLabel Begin(NerType type) => (NerLabel)((int)type * 2 - 1);

    public static NerLabel Inside(NerType type) => (NerLabel)((int)type * 2);

    /// <summary>BIO consistency: I-X only after B-X or I-X.</summary>
    public static bool Allowed(NerLabel prev, NerLabel cur) => !IsInside(cur) || (prev != NerLabel.O && TypeOf(prev) == TypeOf(cur));

    public static string Name(NerLabel label) => label switch
    {
        NerLabel.O => "O",
        _ => (IsBegin(label) ? "B-" : "I-") + TypeOf(label) switch { NerType.Person => "PER", NerType.Org => "ORG", NerType.Place => "LOC", _ => "NORP" },
    };
}
