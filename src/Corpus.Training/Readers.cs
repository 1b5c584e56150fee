using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Training;

/// <summary>Readers for the annotated corpora in ../shared/data, each mapped onto PER/ORG/PLACE/NORP.</summary>
internal static class Readers
{
    /// <summary>GMB: per, org, geo, gpe (nationality words become NORP, the rest PLACE); tim, art, eve, nat are dropped.</summary>
    public static List<TrainingSentence> Gmb(string zipPath, Gazetteer gaz)
    {
        var result = new List<TrainingSentence>();
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries.Single(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)).Open(), Encoding.Latin1);
        reader.ReadLine();
        var tokens = new List<string>();
        var tags = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            // Sentence #,Word,POS,Tag  — the word itself may be a quoted comma.
            string first = line[..line.IndexOf(',')];
            string rest = line[(first.Length + 1)..];
            int lastComma = rest.LastIndexOf(',');
            string tag = rest[(lastComma + 1)..];
            string wordPos = rest[..lastComma];
            int posComma = wordPos.LastIndexOf(',');
            string word = wordPos[..posComma];
            if (word.Length >= 2 && word[0] == '"' && word[^1] == '"') word = word[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            if (first.StartsWith("Sentence:", StringComparison.Ordinal) && tokens.Count > 0)
            {
                result.Add(FromGmb(tokens, tags, gaz));
                tokens.Clear();
                tags.Clear();
            }

            tokens.Add(word);
            tags.Add(tag);
        }

        if (tokens.Count > 0) result.Add(FromGmb(tokens, tags, gaz));
        return result;
    }

    private static TrainingSentence FromGmb(List<string> tokens, List<string> tags, Gazetteer gaz)
    {
        var labels = new NerLabel[tokens.Count];
        int i = 0;
        while (i < tokens.Count)
        {
            string t = tags[i];
            if (t == "O" || t.Length < 3)
            {
                i++;
                continue;
            }

            string type = t[2..];
            int j = i + 1;
            while (j < tokens.Count && tags[j] == "I-" + type) j++;
            NerType nt = type switch
            {
                "per" => NerType.Person,
                "org" => NerType.Org,
                "geo" => NerType.Place,
                "gpe" => IsNationality(tokens, i, j, gaz) ? NerType.Norp : NerType.Place,
                _ => NerType.None,
            };
            Label(labels, i, j, nt);
            i = j;
        }

        return new TrainingSentence(tokens.ToArray(), labels, "gmb");
    }

    private static bool IsNationality(List<string> tokens, int i, int j, Gazetteer gaz)
    {
        Span<ulong> keys = stackalloc ulong[Math.Min(j - i, Gazetteer.MaxTokens)];
        for (int k = 0; k < keys.Length; k++) keys[k] = Gazetteer.TokenKey(tokens[i + k]);
        var cat = gaz.Lookup(keys);
        if ((cat & GazCategory.Demonym) != 0) return true;
        if ((cat & GazCategory.Country) != 0) return false;
        string last = tokens[j - 1];
        return last.EndsWith("an", StringComparison.Ordinal) || last.EndsWith("ans", StringComparison.Ordinal) || last.EndsWith("ese", StringComparison.Ordinal)
            || last.EndsWith("ish", StringComparison.Ordinal) || last.EndsWith("i", StringComparison.Ordinal) || last.EndsWith("ic", StringComparison.Ordinal);
    }

    /// <summary>CoNLL-style "token tag" or IOB2 "id token tag ..." files.</summary>
    public static List<TrainingSentence> Iob(string path, string source, Func<string, NerType> map, bool idColumn)
    {
        var result = new List<TrainingSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith('#') && idColumn) continue;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            var parts = line.Split(idColumn ? '\t' : (line.Contains('\t') ? '\t' : ' '));
            if (idColumn)
            {
                if (parts.Length < 3 || parts[0].Contains('-') || parts[0].Contains('.')) continue;
                tokens.Add(parts[1]);
                tags.Add(parts[2]);
            }
            else
            {
                if (parts.Length < 2) continue;
                tokens.Add(parts[0]);
                tags.Add(parts[^1]);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (tokens.Count == 0) return;
            var labels = new NerLabel[tokens.Count];
            int i = 0;
            while (i < tokens.Count)
            {
                string t = tags[i];
                if (t.Length < 3 || t == "B-O" || t == "I-O")
                {
                    i++;
                    continue;
                }

                string type = t[2..];
                int j = i + 1;
                while (j < tokens.Count && tags[j] == "I-" + type) j++;
                Label(labels, i, j, map(type));
                i = j;
            }

            result.Add(new TrainingSentence(tokens.ToArray(), labels, source));
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>re3d: documents with character-offset entities; tokenized and split with our own tokenizer.</summary>
    public static List<TrainingSentence> Re3d(string folder)
    {
        var result = new List<TrainingSentence>();
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var docs = new Dictionary<string, string>();
            foreach (var line in File.ReadLines(Path.Combine(dir, "documents.json")))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var d = JsonDocument.Parse(line);
                docs[d.RootElement.GetProperty("_id").GetString()!] = d.RootElement.GetProperty("text").GetString()!;
            }

            var ents = new Dictionary<string, List<(int B, int E, NerType T)>>();
            foreach (var line in File.ReadLines(Path.Combine(dir, "entities.json")))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var d = JsonDocument.Parse(line);
                var r = d.RootElement;
                NerType t = r.GetProperty("type").GetString() switch
                {
                    "Person" => NerType.Person,
                    "Organisation" => NerType.Org,
                    "Location" => NerType.Place,
                    "Nationality" => NerType.Norp,
                    _ => NerType.None,
                };
                if (t == NerType.None) continue;
                string id = r.GetProperty("documentId").GetString()!;
                if (!ents.TryGetValue(id, out var list)) ents[id] = list = new();
                list.Add((r.GetProperty("begin").GetInt32(), r.GetProperty("end").GetInt32(), t));
            }

            foreach (var (id, text) in docs.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                var tokens = Tokenizer.Tokenize(text);
                var labels = new NerLabel[tokens.Length];
                foreach (var (b, e, t) in (ents.GetValueOrDefault(id) ?? []).OrderByDescending(x => x.E - x.B))
                {
                    int first = Array.FindIndex(tokens, x => x.Start >= b);
                    if (first < 0) continue;
                    int last = first;
                    while (last < tokens.Length && tokens[last].End <= e) last++;
                    if (last == first) continue;
                    bool free = true;
                    for (int k = first; k < last; k++) free &= labels[k] == NerLabel.O;
                    if (!free) continue;
                    while (first < last && tokens[first].Span.Of(text) is "the" or "The") first++;
                    Label(labels, first, last, t);
                }

                foreach (var s in SentenceSplitter.Split(text, tokens))
                {
                    var toks = new string[s.TokenCount];
                    var labs = new NerLabel[s.TokenCount];
                    for (int k = 0; k < s.TokenCount; k++)
                    {
                        toks[k] = tokens[s.FirstToken + k].Span.Of(text);
                        labs[k] = labels[s.FirstToken + k];
                    }

                    if (NerLabels.IsInside(labs[0])) labs[0] = NerLabels.Begin(NerLabels.TypeOf(labs[0]));
                    result.Add(new TrainingSentence(toks, labs, "re3d"));
                }
            }
        }

        return result;
    }

    private static readonly HashSet<string> Bridges = new(StringComparer.Ordinal) { "of", "and", "&", "de", "for", "the", "la", "du", "von", "van", "del", "al" };

    /// <summary>GUM: every mention is annotated; keep person, organization and place mentions, reduced to their proper-name run.</summary>
    public static List<TrainingSentence> Gum(string folder, Func<string, bool>? fileFilter = null)
    {
        var result = new List<TrainingSentence>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
        {
            if (fileFilter is not null && !fileFilter(Path.GetFileName(file))) continue;
            var tokens = new List<string>();
            var upos = new List<string>();
            var spans = new List<(int S, int E, NerType T)>();
            var open = new Dictionary<string, Stack<(int Start, NerType T)>>();
            foreach (var raw in File.ReadLines(file))
            {
                if (raw.StartsWith('#')) continue;
                if (string.IsNullOrWhiteSpace(raw))
                {
                    if (tokens.Count > 0) result.Add(FromGum(tokens, upos, spans));
                    tokens.Clear();
                    upos.Clear();
                    spans.Clear();
                    open.Clear();
                    continue;
                }

                var cols = raw.Split('\t');
                if (cols.Length < 10 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
                int index = tokens.Count;
                tokens.Add(cols[1]);
                upos.Add(cols[4] is "NNP" or "NNPS" ? "PROPN" : cols[3]); // GUM's XPOS marks proper names its UPOS calls VERB ("United")
                string? ent = cols[9].Split('|').FirstOrDefault(p => p.StartsWith("Entity=", StringComparison.Ordinal))?[7..];
                if (ent is null) continue;
                int i = 0;
                while (i < ent.Length)
                {
                    if (ent[i] == '(')
                    {
                        int j = i + 1;
                        while (j < ent.Length && char.IsDigit(ent[j])) j++;
                        string id = ent[(i + 1)..j];
                        int k = j + 1;
                        while (k < ent.Length && char.IsLetter(ent[k])) k++;
                        string etype = j + 1 <= k ? ent[(j + 1)..k] : string.Empty;
                        while (k < ent.Length && ent[k] != '(' && ent[k] != ')') k++;
                        NerType t = etype switch { "person" => NerType.Person, "organization" => NerType.Org, "place" => NerType.Place, _ => NerType.None };
                        if (k < ent.Length && ent[k] == ')')
                        {
                            if (t != NerType.None) spans.Add((index, index + 1, t));
                            i = k + 1;
                        }
                        else
                        {
                            if (!open.TryGetValue(id, out var st)) open[id] = st = new();
                            st.Push((index, t));
                            i = k;
                        }
                    }
                    else if (char.IsDigit(ent[i]))
                    {
                        int j = i;
                        while (j < ent.Length && char.IsDigit(ent[j])) j++;
                        string id = ent[i..j];
                        if (open.TryGetValue(id, out var st) && st.Count > 0)
                        {
                            var (s, t) = st.Pop();
                            if (t != NerType.None) spans.Add((s, index + 1, t));
                        }

                        i = j + 1;
                    }
                    else
                    {
                        i++;
                    }
                }
            }

            if (tokens.Count > 0) result.Add(FromGum(tokens, upos, spans));
        }

        return result;
    }

    private static TrainingSentence FromGum(List<string> tokens, List<string> upos, List<(int S, int E, NerType T)> spans)
    {
        var labels = new NerLabel[tokens.Count];
        foreach (var (s, e, t) in spans.OrderByDescending(x => x.E - x.S))
        {
            // The proper-name run: PROPN tokens, bridged by "of", "and", "the"...; it must end the mention.
            int last = e - 1;
            // A possessive ending ("Malaysia 's") is outside the name, as punctuation is.
            while (last >= s && (upos[last] == "PUNCT" || (upos[last] == "PART" && tokens[last] is "'s" or "’s" or "'" or "’"))) last--;
            if (last < s || upos[last] != "PROPN") continue;
            int first = last;
            while (first - 1 >= s && (InName(first - 1) || (Bridges.Contains(tokens[first - 1]) && first - 2 >= s && InName(first - 2)))) first--;
            bool free = true;
            for (int k = first; k <= last; k++) free &= labels[k] == NerLabel.O;
            if (free) Label(labels, first, last + 1, t);
        }

        return new TrainingSentence(tokens.ToArray(), labels, "gum");

        // GUM tags some name words as adjectives or nouns ("United States", "Prime Minister"): a capitalized one inside a mention is part of the name.
        bool InName(int k) => upos[k] == "PROPN" || (upos[k] is "ADJ" or "NOUN" && tokens[k].Length > 1 && char.IsUpper(tokens[k][0]));
    }

    /// <summary>Wikigold (IOB1, PER/ORG/LOC/MISC): for evaluation only.</summary>
    public static List<(string[] Tokens, List<(int S, int E, string T)> Spans)> Wikigold(string path)
    {
        var result = new List<(string[], List<(int, int, string)>)>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(string.Empty))
        {
            if (raw.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (tokens.Count > 0)
                {
                    var spans = new List<(int, int, string)>();
                    int i = 0;
                    while (i < tokens.Count)
                    {
                        if (tags[i] == "O")
                        {
                            i++;
                            continue;
                        }

                        string type = tags[i][2..];
                        int j = i + 1;
                        while (j < tokens.Count && tags[j] == "I-" + type) j++;
                        spans.Add((i, j, type));
                        i = j;
                    }

                    result.Add((tokens.ToArray(), spans));
                }

                tokens.Clear();
                tags.Clear();
                continue;
            }

            var parts = raw.Split(' ');
            tokens.Add(parts[0]);
            tags.Add(parts[^1]);
        }

        return result;
    }

    /// <summary>
    /// Re-DocRED (Wikipedia introductions): mentions typed PER, ORG, LOC, MISC, TIME, NUM with token spans
    /// per sentence. PER, ORG and LOC are kept (a LOC that is a nationality word becomes NORP in the
    /// harmonizer); the rest are O. Overlapping mentions: the longest wins.
    /// </summary>
    public static List<TrainingSentence> ReDocred(string folder)
    {
        var result = new List<TrainingSentence>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var d in doc.RootElement.EnumerateArray())
            {
                var sents = d.GetProperty("sents").EnumerateArray().Select(x => x.EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToArray()).ToList();
                var spans = sents.Select(_ => new List<(int S, int E, NerType T)>()).ToList();
                foreach (var entity in d.GetProperty("vertexSet").EnumerateArray())
                {
                    foreach (var m in entity.EnumerateArray())
                    {
                        NerType t = m.GetProperty("type").GetString() switch { "PER" => NerType.Person, "ORG" => NerType.Org, "LOC" => NerType.Place, _ => NerType.None };
                        var pos = m.GetProperty("pos");
                        int sid = m.GetProperty("sent_id").GetInt32();
                        if (t != NerType.None && sid < spans.Count) spans[sid].Add((pos[0].GetInt32(), pos[1].GetInt32(), t));
                    }
                }

                for (int k = 0; k < sents.Count; k++) result.Add(new TrainingSentence(sents[k], LabelLongestFirst(sents[k].Length, spans[k]), "re-docred"));
            }
        }

        return result;
    }

    /// <summary>
    /// LitBank (fiction): brat mentions over space-separated tokens, one sentence a line. Only proper-name
    /// mentions (PROP_) of people, places and organisations; facilities, vehicles, common nouns and pronouns are O.
    /// </summary>
    public static List<TrainingSentence> LitBank(string bratFolder)
    {
        var result = new List<TrainingSentence>();
        foreach (var ann in Directory.EnumerateFiles(bratFolder, "*.ann").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"));
            var mentions = new List<(int S, int E, NerType T)>();
            foreach (var line in File.ReadLines(ann))
            {
                var cols = line.Split('\t');
                if (cols.Length < 2) continue;
                var head = cols[1].Split(' ');
                if (head.Length != 3) continue;
                NerType t = head[0] switch { "PROP_PER" => NerType.Person, "PROP_GPE" or "PROP_LOC" => NerType.Place, "PROP_ORG" => NerType.Org, _ => NerType.None };
                if (t != NerType.None) mentions.Add((int.Parse(head[1], CultureInfo.InvariantCulture), int.Parse(head[2], CultureInfo.InvariantCulture), t));
            }

            int lineStart = 0;
            foreach (var line in text.Split('\n'))
            {
                int lineEnd = lineStart + line.Length;
                var tokens = new List<string>();
                var starts = new List<int>();
                int p = 0;
                while (p < line.Length)
                {
                    if (line[p] == ' ')
                    {
                        p++;
                        continue;
                    }

                    int q = line.IndexOf(' ', p);
                    if (q < 0) q = line.Length;
                    tokens.Add(line[p..q]);
                    starts.Add(lineStart + p);
                    p = q;
                }

                if (tokens.Count > 0)
                {
                    var spans = new List<(int S, int E, NerType T)>();
                    foreach (var (ms, me, mt) in mentions)
                    {
                        if (ms < lineStart || me > lineEnd) continue;
                        int first = starts.IndexOf(ms);
                        int last = starts.FindLastIndex(x => x < me);
                        if (first >= 0 && last >= first) spans.Add((first, last + 1, mt));
                    }

                    result.Add(new TrainingSentence(tokens.ToArray(), LabelLongestFirst(tokens.Count, spans), "litbank"));
                }

                lineStart = lineEnd + 1;
            }
        }

        return result;
    }

    private static NerLabel[] LabelLongestFirst(int n, List<(int S, int E, NerType T)> spans)
    {
        var labels = new NerLabel[n];
        foreach (var (s, e, t) in spans.OrderByDescending(x => x.E - x.S).ThenBy(x => x.S))
        {
            if (s < 0 || e > n || s >= e) continue;
            bool free = true;
            for (int k = s; k < e; k++) free &= labels[k] == NerLabel.O;
            if (free) Label(labels, s, e, t);
        }

        return labels;
    }

    private static void Label(NerLabel[] labels, int start, int end, NerType type)
    {
        if (type == NerType.None || end <= start) return;
        labels[start] = NerLabels.Begin(type);
        for (int k = start + 1; k < end; k++) labels[k] = NerLabels.Inside(type);
    }

    public static string Describe(IEnumerable<TrainingSentence> sentences) =>
        string.Create(CultureInfo.InvariantCulture, $"{sentences.Count()} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
}
