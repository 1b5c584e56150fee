using Corpus.Entities;

namespace Corpus.Syntax;

/// <summary>
/// Dictionary forms learned from a treebank: suffix edit rules per Penn tag ("VBD" + "-ied" → "-y"),
/// chosen by the longest suffix seen, plus an exception table holding exactly the (form, tag) pairs
/// the rules get wrong ("went" → "go", "n't" → "not"). Deterministic; immutable and thread-safe.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 6;
    private readonly Dictionary<ulong, string> _exceptions;
    private readonly Dictionary<ulong, (byte Strip, string Append)> _rules;

    private Lemmatizer(Dictionary<ulong, string> exceptions, Dictionary<ulong, (byte, string)> rules)
    {
        _exceptions = exceptions;
        _rules = rules;
    }

    private static readonly ulong PastKey = TextHash.Of("VBD"), ParticipleKey = TextHash.Of("VBN");

    public int ExceptionCount => _exceptions.Count;

    public int RuleCount => _rules.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>: lower case, except that proper nouns keep theirs.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, UniversalTag tag) => Lemmatize(form, TextHash.Of(xpos), tag);

    /// <param name="form">The word.</param>
    /// <param name="tagKey"><see cref="TextHash.Of"/> of the Penn tag (callers cache it per tag class).</param>
    /// <param name="tag">The universal tag.</param>
    public string Lemmatize(ReadOnlySpan<char> form, ulong tagKey, UniversalTag tag)
    {
        ulong formKey = TextHash.Of(form, foldDigits: false);
        if (_exceptions.TryGetValue(TextHash.Combine(tagKey, formKey), out var lemma)) return lemma;

        bool keepCase = tag == UniversalTag.Propn;
        ulong other = tagKey == PastKey ? ParticipleKey : tagKey == ParticipleKey ? PastKey : 0;

        // An irregular past form the treebank did not show under this tag: the irregular-verb table, before suffix rules that
        // would read "fled" as "flead".
        if (other != 0 && IrregularVerbs.LemmaOf(form) is { } irregular) return irregular;

        // A suffix has a rule only if every shorter suffix has one (its examples are theirs too), so
        // the search climbs from the empty suffix and stops at the first length without a rule.
        (byte Strip, string Append) best = (0, "");
        int reached = 0;
        for (int k = 0; k <= Math.Min(MaxSuffix, form.Length); k++)
        {
            if (!_rules.TryGetValue(RuleKey(tagKey, form[^k..]), out var rule)) break;
            if (rule.Strip <= form.Length) (best, reached) = (rule, k);
        }

        // An irregular past seen only as a participle, or only as a past tense ("shot", "fled"), shares its lemma with the
        // other, when its own tag knows the word only by a shorter suffix.
        if (other != 0 && reached < form.Length)
        {
            if (_exceptions.TryGetValue(TextHash.Combine(other, formKey), out lemma)) return lemma;
            if (form.Length <= MaxSuffix && _rules.TryGetValue(RuleKey(other, form), out var whole) && whole.Strip <= form.Length) return Build(form[..^whole.Strip], whole.Append, keepCase);
        }

        return Build(form[..^best.Strip], best.Append, keepCase);
    }

    /// <summary>stem + append as one new string, lower-cased unless <paramref name="keepCase"/>.</summary>
    private static string Build(ReadOnlySpan<char> stem, string append, bool keepCase)
    {
        int n = stem.Length + append.Length;
        Span<char> buffer = n <= 128 ? stackalloc char[n] : new char[n];
        stem.CopyTo(buffer);
        append.AsSpan().CopyTo(buffer[stem.Length..]);
        if (!keepCase)
        {
            for (int i = 0; i < n; i++)
            {
                char c = buffer[i];
                buffer[i] = c < 128 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            }
        }

        return new string(buffer);
    }

    private static ulong RuleKey(ulong tagKey, ReadOnlySpan<char> suffix) => TextHash.Combine(tagKey ^ 0x5851F42D4C957F2DUL, TextHash.Of(suffix, foldDigits: false) ^ (ulong)suffix.Length);

    /// <summary>
    /// Learns rules and exceptions from (form, xpos, upos, lemma) examples: for each tag and suffix the
    /// most frequent edit seen at least <paramref name="minRuleCount"/> times, then every form whose
    /// most frequent lemma the rules miss.
    /// </summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string XPos, UniversalTag Tag, string Lemma)> examples, int minRuleCount = 2)
    {
        var byForm = new Dictionary<(string Form, string XPos), Dictionary<string, int>>();
        var tagOf = new Dictionary<(string, string), UniversalTag>();
        foreach (var (form, xpos, tag, lemma) in examples)
        {
            if (string.IsNullOrEmpty(lemma) || lemma == "_") continue;
            var key = (form, xpos);
            if (!byForm.TryGetValue(key, out var counts)) byForm[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
            tagOf[key] = tag;
        }

        // Edit counts per (tag, suffix), weighted by token frequency; ordinal order keeps ties deterministic.
        var edits = new Dictionary<(string XPos, string Suffix), Dictionary<(byte, string), int>>();
        foreach (var ((form, xpos), counts) in byForm.OrderBy(kv => kv.Key.Form, StringComparer.Ordinal).ThenBy(kv => kv.Key.XPos, StringComparer.Ordinal))
        {
            var (lemma, n) = Best(counts);
            if (Edit(form, lemma, tagOf[(form, xpos)] == UniversalTag.Propn) is not { } edit) continue;
            for (int k = 0; k <= Math.Min(MaxSuffix, form.Length); k++)
            {
                var key = (xpos, form[^k..].ToLowerInvariant());
                if (!edits.TryGetValue(key, out var e)) edits[key] = e = [];
                e[edit] = e.GetValueOrDefault(edit) + n;
            }
        }

        var rules = new Dictionary<ulong, (byte, string)>();
        foreach (var ((xpos, suffix), e) in edits.OrderBy(kv => kv.Key.XPos, StringComparer.Ordinal).ThenBy(kv => kv.Key.Suffix, StringComparer.Ordinal))
        {
            var best = e.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).First();
            if (best.Value < minRuleCount && suffix.Length > 0) continue;
            rules[RuleKey(TextHash.Of(xpos), suffix)] = best.Key;
        }

        var model = new Lemmatizer([], rules);
        var exceptions = new Dictionary<ulong, string>();
        foreach (var ((form, xpos), counts) in byForm)
        {
            var (lemma, _) = Best(counts);
            var tag = tagOf[(form, xpos)];
            string predicted = model.Lemmatize(form, xpos, tag);
            if (!string.Equals(predicted, lemma, StringComparison.OrdinalIgnoreCase))
            {
                exceptions[TextHash.Combine(TextHash.Of(xpos), TextHash.Of(form, foldDigits: false))] = tag == UniversalTag.Propn ? lemma : lemma.ToLowerInvariant();
            }
        }

        return new Lemmatizer(exceptions, rules);
    }

    private static (string Lemma, int Count) Best(Dictionary<string, int> counts)
    {
        string best = "";
        int n = -1, total = 0;
        foreach (var (lemma, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            total += c;
            if (c > n)
            {
                best = lemma;
                n = c;
            }
        }

        return (best, total);
    }

    /// <summary>The (strip, append) that turns form into lemma, compared case-insensitively unless <paramref name="keepCase"/>.</summary>
    private static (byte, string)? Edit(string form, string lemma, bool keepCase)
    {
        string f = keepCase ? form : form.ToLowerInvariant();
        string l = keepCase ? lemma : lemma.ToLowerInvariant();
        int common = 0;
        while (common < f.Length && common < l.Length && f[common] == l[common]) common++;
        int strip = f.Length - common;
        if (strip > 255 || common == 0 && f.Length > 0 && l.Length > 0 && strip > MaxSuffix) return null;
        return ((byte)strip, l[common..]);
    }

    public void Save(BinaryWriter w)
    {
        w.Write(_exceptions.Count);
        foreach (var (k, v) in _exceptions.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }

        w.Write(_rules.Count);
        foreach (var (k, (strip, append)) in _rules.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(strip);
            w.Write(append);
        }
    }

    public static Lemmatizer Load(BinaryReader r)
    {
        int n = r.ReadInt32();
        var exceptions = new Dictionary<ulong, string>(n);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            ulong k = r.ReadUInt64();
            string v = r.ReadString();
            if (!pool.TryGetValue(v, out var shared)) pool[v] = shared = v;
            exceptions[k] = shared;
        }

        int m = r.ReadInt32();
        var rules = new Dictionary<ulong, (byte, string)>(m);
        for (int i = 0; i < m; i++) rules[r.ReadUInt64()] = (r.ReadByte(), r.ReadString());
        return new Lemmatizer(exceptions, rules);
    }
}
