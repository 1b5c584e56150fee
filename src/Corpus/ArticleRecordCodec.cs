using Corpus.Claims;
using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Quantities;
using Corpus.Text;

namespace Corpus;

/// <summary>
/// Binary form of an <see cref="ArticleAnalysis"/>: a version byte, then the fields in order.
/// Bump <see cref="Version"/> whenever a field is added, removed or reinterpreted; readers refuse
/// other versions rather than guess, and stores re-analyze such articles.
/// </summary>
internal static class ArticleRecordCodec
{
    public const byte Version = 3;

    public static byte[] Write(ArticleAnalysis a)
    {
        using var stream = new MemoryStream(256 + a.Mentions.Mentions.Count * 32);
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            var i = a.Info;
            w.Write(i.Id);
            Opt(w, i.Title);
            w.Write(i.Published is { } d ? d.DayNumber : -1);
            Opt(w, i.Outlet);
            Opt(w, i.Url);
            Opt(w, i.Source);
            w.Write(i.Characters);
            w.Write(i.Tokens);
            w.Write(i.Sentences);
            w.Write(i.BoilerplateSpans);

            var m = a.Mentions;
            w.Write(m.Mentions.Count);
            for (int k = 0; k < m.Mentions.Count; k++)
            {
                Write(w, m.Mentions[k]);
                w.Write(m.Texts[k]);
            }

            w.Write(m.AcronymLinks.Count);
            foreach (var (index, acr) in m.AcronymLinks)
            {
                w.Write(index);
                w.Write(acr);
            }

            w.Write(a.Roles.Count);
            foreach (var r in a.Roles)
            {
                Opt(w, r.Role.Of);
                w.Write(r.Role.Head);
                Write(w, r.Span);
                w.Write(r.Text);
                w.Write(r.Sentence);
                w.Write(r.Person.HasValue);
                if (r.Person is { } p) Write(w, p);
            }

            w.Write(a.Figures.Count);
            for (int k = 0; k < a.Figures.Count; k++)
            {
                var f = a.Figures[k];
                w.Write(f.Metric);
                var q = f.Quantity;
                Write(w, q.Span);
                w.Write(q.Text);
                Opt(w, q.Value);
                Opt(w, q.Low);
                Opt(w, q.High);
                w.Write((byte)q.Qualifier);
                Opt(w, q.Unit);
                w.Write((byte)q.Kind);
                Write(w, q.NumberSpan);
                w.Write(q.EndToken);
                w.Write(q.NumberToken);
                Write(w, f.Sentence);
                Opt(w, f.Location);
                w.Write(f.SourceSpan.HasValue);
                if (f.SourceSpan is { } s) Write(w, s);
                Opt(w, f.SourceText);
                w.Write(f.Retracted);
                Opt(w, f.Counted);
                Opt(w, f.SourceAttribution);
                Opt(w, f.PlaceKey);
                Opt(w, f.CitedSource);
                w.Write((byte)f.PlaceFrom);
                Opt(w, f.Region);
                Opt(w, f.Predicate);
                var facts = f.Facts;
                Opt(w, facts.Time);
                w.Write((byte)facts.Trend);
                w.Write((byte)((facts.Estimate ? 1 : 0) | (facts.Snapshot ? 2 : 0) | (facts.Denied ? 4 : 0) | (facts.Alone ? 8 : 0)));
                w.Write(facts.Population);
                w.Write(facts.Year ?? 0);
                w.Write(facts.When is not null);
                if (facts.When is { } when)
                {
                    w.Write((byte)when.Rule);
                    w.Write(when.Value);
                    w.Write((byte)when.Part);
                    w.Write(when.Shift);
                }
                w.Write(a.FigureSentences[k]);
            }

            w.Write(a.Quotes.Count);
            foreach (var q in a.Quotes)
            {
                Write(w, q.Span);
                w.Write(q.Text);
                w.Write(q.Direct);
                w.Write(q.Speaker.HasValue);
                if (q.Speaker is { } sp)
                {
                    Write(w, sp.Span);
                    w.Write(sp.Text);
                }

                w.Write(q.Attribution);

                Write(w, q.Sentence);
            }
        }

        return stream.ToArray();
    }

    public static ArticleAnalysis Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes[0] != Version) throw new FormatException($"Not an article record of version {Version} (first byte {(bytes.Length == 0 ? "missing" : bytes[0].ToString(System.Globalization.CultureInfo.InvariantCulture))}).");
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8);
        try
        {
            r.ReadByte();
            string id = r.ReadString();
            string? title = OptString(r);
            int day = r.ReadInt32();
            var info = new ArticleInfo(id, title, day < 0 ? null : DateOnly.FromDayNumber(day), OptString(r), OptString(r), OptString(r),
                r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32());

            int n = Count(r);
            var mentions = new List<Mention>(n);
            var texts = new List<string>(n);
            for (int k = 0; k < n; k++)
            {
                mentions.Add(ReadMention(r));
                texts.Add(r.ReadString());
            }

            n = Count(r);
            var links = new List<(int, string)>(n);
            for (int k = 0; k < n; k++) links.Add((r.ReadInt32(), r.ReadString()));

            n = Count(r);
            var roles = new List<RoleUse>(n);
            for (int k = 0; k < n; k++)
            {
                var role = new Role(OptString(r), r.ReadString());
                var span = ReadSpan(r);
                string text = r.ReadString();
                int sentence = r.ReadInt32();
                Mention? person = r.ReadBoolean() ? ReadMention(r) : null;
                roles.Add(new RoleUse(role, span, text, sentence, person));
            }

            n = Count(r);
            var figures = new List<FigureDraft>(n);
            var sentences = new List<string>(n);
            for (int k = 0; k < n; k++)
            {
                string metric = r.ReadString();
                var qspan = ReadSpan(r);
                string qtext = r.ReadString();
                double? value = OptDouble(r), low = OptDouble(r), high = OptDouble(r);
                var qualifier = (Quantities.Qualifier)r.ReadByte();
                string? unit = OptString(r);
                var kind = (QuantityKind)r.ReadByte();
                var q = new Quantity(qspan, qtext, value, low, high, qualifier, unit, kind) { NumberSpan = ReadSpan(r), EndToken = r.ReadInt32(), NumberToken = r.ReadInt32() };
                var sentence = ReadSpan(r);
                string? location = OptString(r);
                TextSpan? source = r.ReadBoolean() ? ReadSpan(r) : null;
                figures.Add(new FigureDraft(metric, q, sentence, location, source, OptString(r), r.ReadBoolean(), OptString(r), OptString(r)) { PlaceKey = OptString(r), CitedSource = OptString(r), PlaceFrom = (Claims.FigurePlaceFrom)r.ReadByte(), Region = OptString(r), Predicate = OptString(r), Facts = ReadFacts(r) });
                sentences.Add(r.ReadString());
            }

            n = Count(r);
            var quotes = new List<QuoteDraft>(n);
            for (int k = 0; k < n; k++)
            {
                var span = ReadSpan(r);
                string text = r.ReadString();
                bool direct = r.ReadBoolean();
                SpeakerRef? speaker = r.ReadBoolean() ? new SpeakerRef(ReadSpan(r), r.ReadString()) : null;
                string attribution = r.ReadString();
                quotes.Add(new QuoteDraft(span, text, direct, speaker, ReadSpan(r), attribution));
            }

            if (stream.Position != stream.Length) throw new FormatException("Trailing bytes after an article record.");
            return new ArticleAnalysis(info, new ArticleMentions(id, mentions, texts, links), roles, figures, sentences, quotes);
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException("The article record is truncated.", e);
        }
    }

    private static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > r.BaseStream.Length) throw new FormatException($"Corrupt article record: a count of {n}.");
        return n;
    }

    private static void Write(BinaryWriter w, TextSpan s)
    {
        w.Write(s.Start);
        w.Write(s.End);
    }

    private static TextSpan ReadSpan(BinaryReader r)
    {
        int start = r.ReadInt32(), end = r.ReadInt32();
        if (start < 0 || end < start) throw new FormatException($"Corrupt article record: a span [{start}, {end}).");
        return new TextSpan(start, end);
    }

    private static void Write(BinaryWriter w, Mention m)
    {
        w.Write(m.FirstToken);
        w.Write(m.EndToken);
        Write(w, m.Span);
        w.Write((byte)m.Type);
        w.Write(m.Sentence);
    }

    private static Mention ReadMention(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32(), ReadSpan(r), (EntityType)r.ReadByte(), r.ReadInt32());

    private static void Opt(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static void Opt(BinaryWriter w, double? d)
    {
        w.Write(d.HasValue);
        if (d is { } v) w.Write(v);
    }

    private static Claims.FigureFacts ReadFacts(BinaryReader r)
    {
        string? time = OptString(r);
        var trend = (Claims.FigureTrend)r.ReadByte();
        int flags = r.ReadByte();
        string population = r.ReadString();
        var facts = new Claims.FigureFacts(time, trend, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, population);
        int year = r.ReadInt32();
        if (year != 0) facts = facts with { Year = year };
        if (r.ReadBoolean()) facts = facts with { When = new Claims.FigureWhen((Claims.FigureDayRule)r.ReadByte(), r.ReadInt32(), (Claims.DayPart)r.ReadByte(), r.ReadInt32()) };
        return facts == Claims.FigureFacts.None ? Claims.FigureFacts.None : facts;
    }

    private static string? OptString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static double? OptDouble(BinaryReader r) => r.ReadBoolean() ? r.ReadDouble() : null;
}
